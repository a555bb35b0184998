package nl.leercultuur.hub.knowledge.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
        @Schema(description = "Only when searching with q: a plain-text snippet in which each match is wrapped in [[ and ]]")
        String highlight) {
}
