package nl.leercultuur.hub.themes.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateThemeRequest", description = "New labels and descriptions of a theme (its code never changes).")
public record UpdateThemeRequest(
        @Schema(required = true, examples = "Leren op de werkplek")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelNl,
        @Schema(required = true, examples = "Workplace learning")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelEn,
        @Size(max = 1000, message = "{hub.size.max}") String descriptionNl,
        @Size(max = 1000, message = "{hub.size.max}") String descriptionEn) {
}
