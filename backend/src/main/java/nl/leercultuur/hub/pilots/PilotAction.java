package nl.leercultuur.hub.pilots;

/** What the caller may do with a pilot (besides reading it): change it, move it through its statuses. */
public enum PilotAction {
    UPDATE, CHANGE_STATUS
}
