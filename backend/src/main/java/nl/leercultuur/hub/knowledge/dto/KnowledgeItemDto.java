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

@Schema(name = "KnowledgeItem", description = "A knowledge item with its Markdown body.")
public record KnowledgeItemDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "leren-op-de-werkvloer-bij-van-dam-1a2b3c4d") String slug,
        @Schema(required = true) KnowledgeType type,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true, description = "Markdown; render without raw HTML") String body,
        @Schema(required = true) List<String> authors,
        String publisher,
        Integer publicationYear,
        String url,
        @Schema(required = true, examples = "nl") String language,
        @Schema(required = true, description = "theme codes") List<String> themes,
        @Schema(required = true) List<LearningForm> learningForms,
        @Schema(required = true) List<String> sectors,
        @Schema(required = true) List<String> targetGroups,
        @Schema(required = true) KnowledgeVisibility visibility,
        @Schema(required = true) KnowledgeStatus status,
        UUID pilotId,
        @Schema(description = "The partner or partner system that proposed the item") Person submittedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Send as If-Match (\"<version>\") when updating") long version,
        @Schema(required = true, description = "What the caller may do with this item now") List<KnowledgeAction> allowedActions,
        @Schema(required = true, description = "The statuses the caller may move this item to now (POST …/status)")
        List<KnowledgeStatus> allowedTransitions) {

    @Schema(name = "Person")
    public record Person(@Schema(required = true) String subject, String name) {
    }
}
