package nl.leercultuur.hub.evaluations;

/** What the programme decides after evaluating a pilot. */
public enum Decision {
    SCALE_UP, ADJUST, STOP
}
