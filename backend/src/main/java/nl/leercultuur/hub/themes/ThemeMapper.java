package nl.leercultuur.hub.themes;

import nl.leercultuur.hub.themes.dto.ThemeDto;
import nl.leercultuur.hub.themes.dto.UpdateThemeRequest;

/** Between themes and their DTOs. */
final class ThemeMapper {

    private ThemeMapper() {
    }

    static ThemeDto toDto(Theme theme) {
        return new ThemeDto(theme.id, theme.code, theme.labelNl, theme.labelEn, theme.descriptionNl, theme.descriptionEn,
                theme.version);
    }

    static void apply(Theme theme, String labelNl, String labelEn, String descriptionNl, String descriptionEn) {
        theme.labelNl = labelNl.strip();
        theme.labelEn = labelEn.strip();
        theme.descriptionNl = descriptionNl;
        theme.descriptionEn = descriptionEn;
    }

    static void apply(Theme theme, UpdateThemeRequest request) {
        apply(theme, request.labelNl(), request.labelEn(), request.descriptionNl(), request.descriptionEn());
    }
}
