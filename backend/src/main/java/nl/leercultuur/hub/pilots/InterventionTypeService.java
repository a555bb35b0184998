package nl.leercultuur.hub.pilots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.leercultuur.hub.pilots.dto.CreateInterventionTypeRequest;
import nl.leercultuur.hub.pilots.dto.InterventionTypeDto;
import nl.leercultuur.hub.pilots.dto.InterventionTypePage;
import nl.leercultuur.hub.pilots.dto.InterventionTypeRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/** The intervention-type vocabulary: public to read, managed by staff ({@link PilotAccessPolicy}). */
@ApplicationScoped
public class InterventionTypeService {

    @Inject
    InterventionTypeRepository types;

    @Inject
    PilotAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Transactional
    public InterventionTypePage list(PageRequest page) {
        var query = types.findAll(InterventionTypeRepository.ORDER).page(page.page(), page.size());
        long total = query.count();
        return new InterventionTypePage(query.list().stream().map(PilotMapper::toDto).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    /** One intervention type; 404 when there is none with this code. */
    @Transactional
    public InterventionTypeDto get(String code) {
        return PilotMapper.toDto(find(code));
    }

    @Transactional
    public InterventionTypeDto create(CreateInterventionTypeRequest request) {
        Actor actor = requireManager();
        if (types.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("hub.intervention-type.exists", request.code());
        }
        requirePairs(request.texts());
        InterventionType type = new InterventionType();
        type.id = UUID.randomUUID();
        type.code = request.code();
        type.sortOrder = (int) (types.count() + 1) * 10;
        PilotMapper.apply(type, request.texts());
        type.createdBy(actor);
        types.persist(type);
        types.flush();
        return PilotMapper.toDto(type);
    }

    /** The current version of an intervention type (staff; 404 when there is none). */
    @Transactional
    public long versionForUpdate(String code) {
        requireManager();
        return find(code).version;
    }

    @Transactional
    public InterventionTypeDto update(String code, long expectedVersion, InterventionTypeRequest request) {
        Actor actor = requireManager();
        InterventionType type = find(code);
        if (type.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(type.version));
        }
        requirePairs(request);
        PilotMapper.apply(type, request);
        type.changedBy(actor);
        types.flush();
        return PilotMapper.toDto(type);
    }

    /** The active ingredients come in both languages, one English line for each Dutch one. */
    private static void requirePairs(InterventionTypeRequest request) {
        if (request.ingredientsNl().size() != request.ingredientsEn().size()) {
            throw ApiException.invalid("ingredientsEn", "hub.intervention-type.ingredient-pairs", request.ingredientsNl().size());
        }
    }

    private InterventionType find(String code) {
        return types.findByCode(code).orElseThrow(() -> ApiException.notFound("intervention-type", code));
    }

    private Actor requireManager() {
        Actor actor = user.actor();
        if (!policy.canManageInterventionTypes(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        return actor;
    }
}
