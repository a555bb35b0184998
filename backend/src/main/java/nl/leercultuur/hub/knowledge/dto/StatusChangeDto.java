package nl.leercultuur.hub.knowledge.dto;

import java.time.Instant;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChange", description = "One workflow transition: who, when and why.")
public record StatusChangeDto(
        KnowledgeStatus fromStatus,
        @Schema(required = true) KnowledgeStatus toStatus,
        @Schema(maxLength = 2000)
        String comment,
        @Schema(maxLength = 200)
        String actorName,
        @Schema(required = true) Instant at) {
}
