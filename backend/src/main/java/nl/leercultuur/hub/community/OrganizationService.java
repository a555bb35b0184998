package nl.leercultuur.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.community.dto.ContributionsDto;
import nl.leercultuur.hub.community.dto.OrganizationDto;
import nl.leercultuur.hub.community.dto.OrganizationPage;
import nl.leercultuur.hub.community.dto.OrganizationRequest;
import nl.leercultuur.hub.community.dto.PartnerSystemDto;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.persistence.Jdbc;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.web.params.QueryValues;

/** Organisations of the community: the directory, their profiles, and who may change them ({@link CommunityAccessPolicy}). */
@ApplicationScoped
public class OrganizationService {

    @Inject
    nl.leercultuur.hub.knowledge.KnowledgeService knowledge;

    @Inject
    OrganizationRepository organizations;

    @Inject
    CommunityAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    Jdbc jdbc;

    @Transactional
    public OrganizationPage search(OrganizationSearchParams params) {
        Actor actor = user.actor();
        PageRequest page = params.toRequest();
        SqlCondition visible = policy.organizationListCondition(actor);
        StringBuilder where = new StringBuilder(" from organization o where (").append(visible.sql()).append(')');
        List<Object> args = new ArrayList<>(visible.params());
        if (params.q != null && !params.q.isBlank()) {
            where.append(" and lower(o.name) like ?");
            args.add("%" + params.q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<String> types = QueryValues.split(params.type);
        if (!types.isEmpty()) {
            where.append(" and o.type = any(?)");
            args.add(types.toArray(String[]::new));
        }
        List<String> provinces = QueryValues.split(params.province);
        if (!provinces.isEmpty()) {
            where.append(" and o.province = any(?)");
            args.add(provinces.toArray(String[]::new));
        }
        if (params.sector != null && !params.sector.isBlank()) {
            where.append(" and lower(o.sector) = lower(?)");
            args.add(params.sector.strip());
        }
        long total = jdbc.count("select count(*)" + where, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<UUID> ids = jdbc.ids("select o.id" + where + " order by lower(o.name), o.id limit ? offset ?", pageArgs);
        Map<UUID, Organization> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.list("id in ?1", ids).forEach(o -> byId.put(o.id, o));
        }
        Map<UUID, Long> counts = memberCounts(actor, ids);
        List<OrganizationDto> items = ids.stream().map(byId::get)
                .map(o -> CommunityMapper.toDto(o, counts.getOrDefault(o.id, 0L), policy.organizationActions(actor, o))).toList();
        int totalPages = page.totalPages(total);
        return new OrganizationPage(items, page.page(), page.size(), total, totalPages);
    }

    @Transactional
    public OrganizationDto get(UUID id) {
        Actor actor = user.actor();
        Organization organization = visible(id, actor);
        return CommunityMapper.toDto(organization, memberCounts(actor, List.of(id)).getOrDefault(id, 0L),
                policy.organizationActions(actor, organization));
    }

    /** The names of these organisations by id (for features that refer to organisations, e.g. pilots); unknown ids are absent. */
    @Transactional
    public Map<UUID, String> namesOf(java.util.Collection<UUID> ids) {
        return organizations.namesOf(ids);
    }

    /** What an organisation contributed, as far as the caller may see it (404 when it is hidden from them). */
    @Transactional
    public ContributionsDto contributions(UUID id) {
        visible(id, user.actor());
        return new ContributionsDto(knowledge.contributions(null, id, MemberService.CONTRIBUTIONS));
    }

    @Transactional
    public OrganizationDto create(OrganizationRequest request) {
        Actor actor = user.actor();
        if (!policy.canCreateOrganization(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        requireUniqueKvk(request.kvkNumber(), null);
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        CommunityMapper.apply(organization, request);
        organization.createdBy(actor);
        organizations.persist(organization);
        organizations.flush();
        return CommunityMapper.toDto(organization, 0, policy.organizationActions(actor, organization));
    }

    /** The current version of an organisation the caller may change (404 when hidden, 403 when not theirs). */
    @Transactional
    public long versionForUpdate(UUID id) {
        Actor actor = user.actor();
        return updatable(visible(id, actor), actor).version;
    }

    @Transactional
    public OrganizationDto update(UUID id, long expectedVersion, OrganizationRequest request) {
        Actor actor = user.actor();
        Organization organization = updatable(visible(id, actor), actor);
        if (organization.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(organization.version));
        }
        requireUniqueKvk(request.kvkNumber(), id);
        CommunityMapper.apply(organization, request);
        organization.changedBy(actor);
        organizations.flush();
        return CommunityMapper.toDto(organization, memberCounts(actor, List.of(id)).getOrDefault(id, 0L),
                policy.organizationActions(actor, organization));
    }

    @Inject
    PartnerSystemRepository partnerSystems;

    /** Links a partner system's client to an organisation (or moves it there): it then acts for that organisation. */
    @Transactional
    public PartnerSystemDto linkPartnerSystem(UUID organizationId, String clientId) {
        Actor actor = user.actor();
        if (!policy.canLinkToOrganization(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        Organization organization = visible(organizationId, actor);
        PartnerSystem system = partnerSystems.findByIdOptional(clientId).orElseGet(() -> {
            PartnerSystem created = new PartnerSystem();
            created.clientId = clientId;
            return created;
        });
        system.organizationId = organization.id;
        system.createdAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        partnerSystems.persist(system);
        return new PartnerSystemDto(system.clientId, system.organizationId, system.createdAt);
    }

    @Transactional
    public void unlinkPartnerSystem(UUID organizationId, String clientId) {
        Actor actor = user.actor();
        if (!policy.canLinkToOrganization(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        visible(organizationId, actor);
        PartnerSystem system = partnerSystems.findByIdOptional(clientId).filter(s -> s.organizationId.equals(organizationId))
                .orElseThrow(() -> ApiException.notFound("partner-system", clientId));
        partnerSystems.delete(system);
    }

    private Organization visible(UUID id, Actor actor) {
        return organizations.findByIdOptional(id).filter(o -> policy.canSeeOrganization(actor, o))
                .orElseThrow(() -> ApiException.notFound("organization", id));
    }

    private Organization updatable(Organization organization, Actor actor) {
        if (!policy.canUpdateOrganization(actor, organization)) {
            throw ApiException.forbidden("hub.organization.update.not-own");
        }
        return organization;
    }

    /** 409 when another organisation has this KvK number. */
    void requireUniqueKvk(String kvkNumber, UUID self) {
        if (kvkNumber == null || kvkNumber.isBlank()) {
            return;
        }
        organizations.findByKvkNumber(kvkNumber.strip()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("hub.organization.kvk.taken", kvkNumber.strip());
        });
    }

    /** The members the caller may see, per organisation, in one query. */
    private Map<UUID, Long> memberCounts(Actor actor, List<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        SqlCondition visible = policy.memberListCondition(actor);
        List<Object> args = new ArrayList<>(visible.params());
        args.add(organizationIds.toArray(UUID[]::new));
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.list("select m.organization_id, count(*) from member m where (" + visible.sql() + ") and m.organization_id = any(?)"
                + " group by m.organization_id", args, row -> counts.put(row.getObject(1, UUID.class), row.getLong(2)));
        return counts;
    }
}
