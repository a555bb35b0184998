package nl.leercultuur.hub.knowledge.dto;

import jakarta.validation.constraints.Size;
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
        @Schema(maxLength = 160, required = true, examples = "leren-op-de-werkvloer-bij-van-dam-1a2b3c4d") String slug,
        @Schema(required = true) KnowledgeType type,
        @Schema(maxLength = 300, required = true) String title,
        @Schema(maxLength = 2000, required = true) String summary,
        @Schema(maxLength = 100000, required = true, description = "Markdown; render without raw HTML") String body,
        @Schema(maxItems = 20, required = true) List<@Size(max = 200) String> authors,
        @Schema(maxLength = 200)
        String publisher,
        @Schema(minimum = "1900", maximum = "2100")
        Integer publicationYear,
        @Schema(maxLength = 2000)
        String url,
        @Schema(maxLength = 2, required = true, examples = "nl") String language,
        @Schema(maxItems = 10, required = true, description = "theme codes") List<@Size(max = 60) String> themes,
        @Schema(maxItems = 3, required = true) List<LearningForm> learningForms,
        @Schema(maxItems = 10, required = true) List<@Size(max = 100) String> sectors,
        @Schema(maxItems = 10, required = true) List<@Size(max = 100) String> targetGroups,
        @Schema(required = true) KnowledgeVisibility visibility,
        @Schema(required = true) KnowledgeStatus status,
        UUID pilotId,
        @Schema(description = "The partner or partner system that proposed the item") Person submittedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true, description = "Send as If-Match (\"<version>\") when updating") long version,
        @Schema(maxItems = 4, required = true, description = "What the caller may do with this item now") List<KnowledgeAction> allowedActions,
        @Schema(maxItems = 4, required = true, description = "The statuses the caller may move this item to now (POST …/status)")
        List<KnowledgeStatus> allowedTransitions) {

    @Schema(name = "Person")
    /** Who proposed an item; the subject is gone (null) once that person was erased, the name is then "former member". */
    public record Person(@Schema(maxLength = 255) String subject, @Schema(maxLength = 200) String name) {
    }
}
