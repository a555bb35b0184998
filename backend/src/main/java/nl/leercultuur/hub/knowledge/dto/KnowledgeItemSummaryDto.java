package nl.leercultuur.hub.knowledge.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeAction;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.LearningForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnowledgeItemSummary", description = "A knowledge item in a list: everything but the body.")
public record KnowledgeItemSummaryDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) String slug,
        @Schema(required = true) KnowledgeType type,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) List<String> authors,
        String publisher,
        Integer publicationYear,
        String url,
        @Schema(required = true) String language,
        @Schema(required = true) List<String> themes,
        @Schema(required = true) List<LearningForm> learningForms,
        @Schema(required = true) List<String> sectors,
        @Schema(required = true) List<String> targetGroups,
        @Schema(required = true) KnowledgeVisibility visibility,
        @Schema(required = true) KnowledgeStatus status,
        UUID pilotId,
        KnowledgeItemDto.Person submittedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version,
        @Schema(required = true, description = "What the caller may do with this item now") List<KnowledgeAction> allowedActions,
        @Schema(required = true, description = "The statuses the caller may move this item to now (POST …/status)")
        List<KnowledgeStatus> allowedTransitions,
        @Schema(description = "Only when searching with q: a plain-text snippet in which each match is wrapped in [[ and ]]")
        String highlight) {
}
