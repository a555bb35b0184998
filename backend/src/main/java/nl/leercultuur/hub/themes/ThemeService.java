package nl.leercultuur.hub.themes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.paging.PageResponse;
import nl.leercultuur.hub.themes.dto.ThemeDto;
import nl.leercultuur.hub.themes.dto.ThemeRequest;

@ApplicationScoped
public class ThemeService {

    @Inject
    ThemeRepository themes;

    @Transactional
    public PageResponse<ThemeDto> list(PageRequest page) {
        var query = themes.findAll(ThemeRepository.ORDER).page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(ThemeService::toDto).toList(), page, query.count());
    }

    @Transactional
    public Optional<ThemeDto> find(String code) {
        return themes.findByCode(code).map(ThemeService::toDto);
    }

    /** The codes among {@code codes} that are not in the vocabulary. */
    @Transactional
    public Set<String> unknownCodes(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        themes.existingCodes(codes).forEach(unknown::remove);
        return unknown;
    }

    @Transactional
    public ThemeDto create(ThemeRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalid("code", "is required");
        }
        if (themes.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("A theme with code '" + request.code() + "' already exists.");
        }
        Theme theme = new Theme();
        theme.code = request.code();
        theme.sortOrder = (int) (themes.count() + 1) * 10;
        apply(theme, request);
        themes.persist(theme);
        themes.flush();
        return toDto(theme);
    }

    @Transactional
    public ThemeDto update(String code, ThemeRequest request) {
        Theme theme = themes.findByCode(code).orElseThrow(() -> ApiException.notFound("Theme", code));
        apply(theme, request);
        themes.flush();
        return toDto(theme);
    }

    private static void apply(Theme theme, ThemeRequest request) {
        theme.labelNl = request.labelNl().strip();
        theme.labelEn = request.labelEn().strip();
        theme.descriptionNl = request.descriptionNl();
        theme.descriptionEn = request.descriptionEn();
    }

    static ThemeDto toDto(Theme theme) {
        return new ThemeDto(theme.id, theme.code, theme.labelNl, theme.labelEn, theme.descriptionNl, theme.descriptionEn);
    }
}
