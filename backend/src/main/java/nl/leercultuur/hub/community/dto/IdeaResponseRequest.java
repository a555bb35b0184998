package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.community.IdeaStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdeaResponseRequest", description = "The programme team's answer and the idea's new status")
public record IdeaResponseRequest(
        @Schema(required = true) @NotNull(message = "{hub.required}") IdeaStatus status,
        @Schema(required = true, minLength = 5, maxLength = 4000, examples = "Goed idee: we nemen het mee in de volgende pilot.")
        @NotBlank(message = "{hub.required}") @Size(min = 5, max = 4000, message = "{hub.size.between}") String answer) {
}
