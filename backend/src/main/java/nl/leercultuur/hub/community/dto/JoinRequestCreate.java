package nl.leercultuur.hub.community.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to join the community: either {@code organizationId} (an organisation listed in the Hub) or
 * {@code newOrganization}, not both. {@code website} is a honeypot field that people never see and never fill in: a
 * request with it filled in is refused and nothing is stored.
 */
@Schema(name = "JoinRequestCreate")
public record JoinRequestCreate(
        @Schema(required = true, minLength = 2, maxLength = 200, examples = "Sanne Visser")
        @NotBlank(message = "{hub.required}") @Size(min = 2, max = 200, message = "{hub.size.between}") String name,
        @Schema(required = true, maxLength = 320, format = "email", examples = "sanne@vandijk-installatie.example")
        @NotBlank(message = "{hub.required}") @Size(max = 320, message = "{hub.size.max}") @Email(message = "{hub.email.format}") String email,
        @Schema(description = "The organisation you work at, when it is listed in the Hub") UUID organizationId,
        @Schema(description = "Your organisation's details, when it is not listed yet") @Valid NewOrganizationRequest newOrganization,
        @Schema(required = true, minLength = 10, maxLength = 2000, description = "Why you want to join, what you bring and look for")
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 2000, message = "{hub.size.between}") String motivation,
        @Schema(maxLength = 200, description = "Leave empty (a field for robots)") @Size(max = 200, message = "{hub.size.max}") String website) {
}
