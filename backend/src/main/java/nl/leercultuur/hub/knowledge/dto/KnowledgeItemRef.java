package nl.leercultuur.hub.knowledge.dto;

import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published knowledge item in a short list (e.g. what a member or an organisation contributed). */
@Schema(name = "KnowledgeItemRef")
public record KnowledgeItemRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 160) String slug,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) KnowledgeType type,
        @Schema(minimum = "1900", maximum = "2100") Integer publicationYear) {
}
