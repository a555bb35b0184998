package nl.leercultuur.hub.pilots;

/** The role of an organisation in a pilot. */
public enum ParticipantRole {
    EXECUTING, PARTICIPATING, EDUCATION_PARTNER, FUNDER
}
