package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new idea. Visitors may add an e-mail address for the answer; `website` is a honeypot field that people never see
 * and never fill in: a request with it filled in is refused and nothing is stored.
 */
@Schema(name = "IdeaRequest")
public record IdeaRequest(
        @Schema(required = true, minLength = 5, maxLength = 200, examples = "Een leerdag voor kleine bakkerijen")
        @NotBlank(message = "{hub.required}") @Size(min = 5, max = 200, message = "{hub.size.between}") String title,
        @Schema(required = true, minLength = 20, maxLength = 4000)
        @NotBlank(message = "{hub.required}") @Size(min = 20, max = 4000, message = "{hub.size.between}") String description,
        @Schema(maxLength = 320, description = "Visitors: where the answer may go (optional)")
        @Size(max = 320, message = "{hub.size.max}") @Email(message = "{hub.email.format}") String contactEmail,
        @Schema(maxLength = 200, description = "Leave empty (a field for robots)") @Size(max = 200, message = "{hub.size.max}") String website) {
}
