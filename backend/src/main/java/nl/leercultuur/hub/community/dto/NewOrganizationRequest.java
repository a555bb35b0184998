package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.community.OrganizationType;
import nl.leercultuur.hub.community.Province;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new organisation's details in a join request; it becomes an organisation when the request is approved. */
@Schema(name = "NewOrganizationRequest")
public record NewOrganizationRequest(
        @Schema(required = true, minLength = 2, maxLength = 200, examples = "Installatiebedrijf Van Dijk")
        @NotBlank(message = "{hub.required}") @Size(min = 2, max = 200, message = "{hub.size.between}") String name,
        @Schema(required = true) @NotNull(message = "{hub.required}") OrganizationType type,
        @Schema(required = true) @NotNull(message = "{hub.required}") Province province,
        @Schema(description = "KvK number: exactly 8 digits", maxLength = 8, examples = "87654321")
        @Pattern(regexp = "^[0-9]{8}$", message = "{hub.kvk.format}") String kvkNumber,
        @Schema(description = "An http(s) address", maxLength = 2000, examples = "https://www.vandijk-installatie.example")
        @Size(max = 2000, message = "{hub.size.max}")
        @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "{hub.url.format}") String website) {
}
