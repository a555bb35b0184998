package nl.leercultuur.hub.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may do with a knowledge item now, as decided by {@link KnowledgeAccessPolicy}. */
@Schema(description = "An action the caller may take on the item now: UPDATE (PUT), DELETE, CHANGE_STATUS "
        + "(POST …/status, to one of allowedTransitions), VIEW_HISTORY (GET …/history)")
public enum KnowledgeAction {
    UPDATE, DELETE, CHANGE_STATUS, VIEW_HISTORY
}
