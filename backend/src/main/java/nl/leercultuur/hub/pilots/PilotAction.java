package nl.leercultuur.hub.pilots;

/** What the caller may do with a pilot (besides reading it): change it, move it through its statuses, read and write its journal. */
public enum PilotAction {
    UPDATE, CHANGE_STATUS, JOURNAL
}
