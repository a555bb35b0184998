package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.leercultuur.hub.community.ProfileVisibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own profile (POST /members/me to create it, PUT to change it). `consentVersion` must name the current
 * privacy text (GET /members/consent): required to create a profile, and again whenever a new version was published.
 * The organisation is not the member's to choose: the programme team links it (when approving a join request).
 */
@Schema(name = "MemberProfileRequest")
public record MemberProfileRequest(
        @Schema(required = true, minLength = 2, maxLength = 200, examples = "Bram Jansen")
        @NotBlank(message = "{hub.required}") @Size(min = 2, max = 200, message = "{hub.size.between}") String name,
        @Schema(maxLength = 320, examples = "bram@bakkerij-jansen.example")
        @Size(max = 320, message = "{hub.size.max}") @Email(message = "{hub.email.format}") String email,
        @Schema(maxLength = 200, examples = "Eigenaar") @Size(max = 200, message = "{hub.size.max}") String jobTitle,
        @Schema(maxItems = 20, examples = "[\"werkplekleren\", \"coaching\"]")
        @Size(max = 20, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 100, message = "{hub.size.max}") String> expertise,
        @Schema(maxItems = 10, description = "Theme codes from GET /api/v1/themes")
        @Size(max = 10, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.not-empty}") @Size(max = 60, message = "{hub.size.max}") String> themes,
        @Schema(maxLength = 2000) @Size(max = 2000, message = "{hub.size.max}") String bio,
        @Schema(required = true) @NotNull(message = "{hub.required}") ProfileVisibility visibility,
        @Schema(maxLength = 20, description = "The version of the privacy text the member consents to now", examples = "2026-11")
        @Size(max = 20, message = "{hub.size.max}") String consentVersion) {
}
