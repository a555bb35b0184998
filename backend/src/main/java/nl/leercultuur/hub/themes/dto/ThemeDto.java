package nl.leercultuur.hub.themes.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A term of the theme vocabulary; `code` is what other resources refer to.")
public record ThemeDto(
        @Schema(required = true) UUID id,
        @Schema(maxLength = 60, required = true, examples = "informeel-leren") String code,
        @Schema(maxLength = 120, required = true, examples = "Informeel leren") String labelNl,
        @Schema(maxLength = 120, required = true, examples = "Informal learning") String labelEn,
        @Schema(maxLength = 1000)
        String descriptionNl,
        @Schema(maxLength = 1000)
        String descriptionEn,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true, description = "The version, also sent as ETag") long version) {
}
