package nl.leercultuur.hub.themes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.paging.PageResponse;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.themes.dto.CreateThemeRequest;
import nl.leercultuur.hub.themes.dto.ThemeDto;
import nl.leercultuur.hub.themes.dto.UpdateThemeRequest;

/** The theme vocabulary: public to read, managed by staff ({@link ThemeAccessPolicy}). */
@ApplicationScoped
public class ThemeService {

    @Inject
    ThemeRepository themes;

    @Inject
    ThemeAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Transactional
    public PageResponse<ThemeDto> list(PageRequest page) {
        var query = themes.findAll(ThemeRepository.ORDER).page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(ThemeMapper::toDto).toList(), page, query.count());
    }

    /** One theme; 404 when there is no theme with this code. */
    @Transactional
    public ThemeDto get(String code) {
        return ThemeMapper.toDto(find(code));
    }

    /** The codes among {@code codes} that are not in the vocabulary. */
    @Transactional
    public Set<String> unknownCodes(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        themes.existingCodes(codes).forEach(unknown::remove);
        return unknown;
    }

    @Transactional
    public ThemeDto create(CreateThemeRequest request) {
        Actor actor = requireManager();
        if (themes.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("hub.theme.exists", request.code());
        }
        Theme theme = new Theme();
        theme.code = request.code();
        theme.sortOrder = (int) (themes.count() + 1) * 10;
        ThemeMapper.apply(theme, request.labelNl(), request.labelEn(), request.descriptionNl(), request.descriptionEn());
        theme.createdBy(actor);
        themes.persist(theme);
        themes.flush();
        return ThemeMapper.toDto(theme);
    }

    /** Changes labels and descriptions; {@code expectedVersion} is null when the client sent no If-Match. */
    @Transactional
    public ThemeDto update(String code, Long expectedVersion, UpdateThemeRequest request) {
        Actor actor = requireManager();
        Theme theme = find(code);
        if (expectedVersion != null && theme.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(theme.version));
        }
        ThemeMapper.apply(theme, request);
        theme.changedBy(actor);
        themes.flush();
        return ThemeMapper.toDto(theme);
    }

    private Theme find(String code) {
        return themes.findByCode(code).orElseThrow(() -> ApiException.notFound("theme", code));
    }

    private Actor requireManager() {
        Actor actor = user.actor();
        if (!policy.canManage(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        return actor;
    }
}
