package nl.leercultuur.hub.evaluations;

/** The kind of measurement: the baseline before the intervention, or a follow-up after (compared with the baseline). */
public enum Wave {
    BASELINE, FOLLOW_UP
}
