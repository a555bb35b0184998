package nl.leercultuur.hub.knowledge.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "A workflow transition with the reason for it.")
public record StatusChangeRequest(
        @Schema(required = true, examples = "PUBLISHED") @NotNull(message = "{hub.required}") KnowledgeStatus status,
        @Schema(required = true, examples = "Goed onderbouwd voorbeeld; gepubliceerd.")
        @NotBlank(message = "{hub.comment.required}")
        @Size(max = 2000, message = "{hub.size.max}") String comment) {
}
