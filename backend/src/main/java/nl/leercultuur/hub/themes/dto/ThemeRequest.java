package nl.leercultuur.hub.themes.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeRequest", description = "Create a theme (code is fixed once created) or change its labels.")
public record ThemeRequest(
        @Schema(description = "lowercase words joined by hyphens; ignored on update", examples = "werkplekleren")
        @Size(max = 60, message = "must be at most 60 characters")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "use lowercase letters, digits and hyphens, e.g. informeel-leren")
        String code,
        @Schema(required = true, examples = "Leren op de werkplek")
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String labelNl,
        @Schema(required = true, examples = "Workplace learning")
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String labelEn,
        @Size(max = 1000, message = "must be at most 1000 characters") String descriptionNl,
        @Size(max = 1000, message = "must be at most 1000 characters") String descriptionEn) {
}
