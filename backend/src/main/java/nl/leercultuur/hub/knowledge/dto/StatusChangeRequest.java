package nl.leercultuur.hub.knowledge.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "A workflow transition with the reason for it.")
public record StatusChangeRequest(
        @Schema(required = true, examples = "PUBLISHED") @NotNull(message = "is required") KnowledgeStatus status,
        @Schema(required = true, examples = "Goed onderbouwd voorbeeld; gepubliceerd.")
        @NotBlank(message = "explain the change in a comment")
        @Size(max = 2000, message = "must be at most 2000 characters") String comment) {
}
