package nl.leercultuur.hub.themes.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A term of the theme vocabulary; `code` is what other resources refer to.")
public record ThemeDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "informeel-leren") String code,
        @Schema(required = true, examples = "Informeel leren") String labelNl,
        @Schema(required = true, examples = "Informal learning") String labelEn,
        String descriptionNl,
        String descriptionEn,
        @Schema(required = true, description = "The version, also sent as ETag") long version) {
}
