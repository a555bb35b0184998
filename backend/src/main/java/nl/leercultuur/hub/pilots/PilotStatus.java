package nl.leercultuur.hub.pilots;

/** Where a pilot stands: IDEA → PREPARING → RUNNING → EVALUATING → COMPLETED, and STOPPED from any open state. */
public enum PilotStatus {
    IDEA, PREPARING, RUNNING, EVALUATING, COMPLETED, STOPPED;

    public boolean isOpen() {
        return this != COMPLETED && this != STOPPED;
    }
}
