package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.community.OrganizationType;
import nl.leercultuur.hub.community.ProfileVisibility;
import nl.leercultuur.hub.community.Province;
import nl.leercultuur.hub.community.SizeClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST (staff) and PUT (staff, or a partner of that organisation) of an organisation: the same fields. */
@Schema(name = "OrganizationRequest")
public record OrganizationRequest(
        @Schema(required = true, minLength = 2, maxLength = 200, examples = "Bakkerij Jansen B.V.")
        @NotBlank(message = "{hub.required}") @Size(min = 2, max = 200, message = "{hub.size.between}") String name,
        @Schema(required = true) @NotNull(message = "{hub.required}") OrganizationType type,
        @Schema(description = "KvK number: exactly 8 digits", maxLength = 8, examples = "12345678")
        @Pattern(regexp = "^[0-9]{8}$", message = "{hub.kvk.format}") String kvkNumber,
        @Schema(maxLength = 100, examples = "voedingsmiddelen") @Size(max = 100, message = "{hub.size.max}") String sector,
        SizeClass sizeClass,
        @Schema(required = true) @NotNull(message = "{hub.required}") Province province,
        @Schema(description = "An http(s) address", maxLength = 2000, examples = "https://www.bakkerij-jansen.example")
        @Size(max = 2000, message = "{hub.size.max}")
        @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "{hub.url.format}") String website,
        @Schema(maxLength = 2000) @Size(max = 2000, message = "{hub.size.max}") String description,
        @Schema(description = "Default PUBLIC") ProfileVisibility visibility) {
}
