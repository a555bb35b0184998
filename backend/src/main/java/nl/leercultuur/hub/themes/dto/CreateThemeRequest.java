package nl.leercultuur.hub.themes.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateThemeRequest", description = "A new theme; its code is fixed once created.")
public record CreateThemeRequest(
        @Schema(required = true, description = "lowercase words joined by hyphens", examples = "werkplekleren")
        @NotBlank(message = "{hub.required}")
        @Size(max = 60, message = "{hub.size.max}")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{hub.code.format}")
        String code,
        @Schema(required = true, examples = "Leren op de werkplek")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelNl,
        @Schema(required = true, examples = "Workplace learning")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelEn,
        @Size(max = 1000, message = "{hub.size.max}") String descriptionNl,
        @Size(max = 1000, message = "{hub.size.max}") String descriptionEn) {
}
