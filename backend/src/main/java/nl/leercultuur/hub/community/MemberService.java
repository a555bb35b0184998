package nl.leercultuur.hub.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jakarta.enterprise.inject.Instance;
import nl.leercultuur.hub.community.dto.ConsentDto;
import nl.leercultuur.hub.community.dto.ContributionsDto;
import nl.leercultuur.hub.community.dto.MemberRefDto;
import nl.leercultuur.hub.community.dto.MemberDto;
import nl.leercultuur.hub.community.dto.MemberExportDto;
import nl.leercultuur.hub.community.dto.MemberPage;
import nl.leercultuur.hub.community.dto.MemberProfileRequest;
import nl.leercultuur.hub.shared.csv.CsvWriter;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.Messages;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.persistence.Jdbc;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.security.PersonalData;
import nl.leercultuur.hub.shared.web.params.QueryValues;
import nl.leercultuur.hub.themes.ThemeService;

/** Members of the community: the directory, one's own profile with privacy consent ({@link CommunityAccessPolicy}). */
@ApplicationScoped
public class MemberService {

    /** The most rows of a directory export. */
    public static final int EXPORT_LIMIT = 10_000;

    /** How many contributions a member or organisation page lists. */
    static final int CONTRIBUTIONS = 20;

    /** The version of the privacy text in force; a new version asks every member to consent again. */
    public static final String CONSENT_VERSION = "2026-11";

    @Inject
    nl.leercultuur.hub.knowledge.KnowledgeService knowledge;

    @Inject
    JoinRequestService joinRequests;

    @Inject
    nl.leercultuur.hub.shared.accounts.AccountTasks accountTasks;

    @Inject
    MemberRepository members;

    @Inject
    OrganizationRepository organizations;

    @Inject
    CommunityAccessPolicy policy;

    @Inject
    ThemeService themes;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    Jdbc jdbc;

    @Inject
    Instance<PersonalData> personalData;

    public ConsentDto consent() {
        return new ConsentDto(CONSENT_VERSION, Messages.forLanguage("nl").get("hub.consent.text"),
                Messages.forLanguage("en").get("hub.consent.text"));
    }

    /** The directory query of a search: the policy's condition, the words and the filters, and the order. */
    private record DirectoryQuery(String where, List<Object> args, String order, List<Object> orderArgs) {
    }

    private DirectoryQuery directory(Actor actor, MemberSearchParams params) {
        SqlCondition visible = policy.memberListCondition(actor);
        StringBuilder where = new StringBuilder(" from member m left join organization o on o.id = m.organization_id where (")
                .append(visible.sql()).append(')');
        List<Object> args = new ArrayList<>(visible.params());
        String q = params.q == null || params.q.isBlank() ? null : params.q.strip();
        if (q != null) {
            where.append(" and m.search_vector @@ websearch_to_tsquery('dutch', ?)");
            args.add(q);
        }
        filter(where, args, "o.type = any(?)", QueryValues.split(params.organizationType));
        filter(where, args, "o.province = any(?)", QueryValues.split(params.province));
        filter(where, args, "m.themes && ?", QueryValues.split(params.theme));
        filter(where, args, "m.organization_id = any(cast(? as uuid[]))", QueryValues.split(params.organization));
        if (params.sector != null && !params.sector.isBlank()) {
            where.append(" and lower(o.sector) = lower(?)");
            args.add(params.sector.strip());
        }
        return q == null ? new DirectoryQuery(where.toString(), args, " order by lower(m.name), m.id", List.of())
                : new DirectoryQuery(where.toString(), args,
                        " order by ts_rank(m.search_vector, websearch_to_tsquery('dutch', ?)) desc, lower(m.name), m.id", List.of(q));
    }

    private List<UUID> ids(DirectoryQuery query, int limit, int offset) {
        List<Object> args = new ArrayList<>(query.args());
        args.addAll(query.orderArgs());
        args.add(limit);
        args.add(offset);
        return jdbc.ids("select m.id" + query.where() + query.order() + " limit ? offset ?", args);
    }

    @Transactional
    public MemberPage search(MemberSearchParams params) {
        Actor actor = user.actor();
        PageRequest page = params.toRequest();
        DirectoryQuery query = directory(actor, params);
        long total = jdbc.count("select count(*)" + query.where(), query.args());
        List<MemberDto> items = toDtos(actor, ids(query, page.size(), page.offset()));
        return new MemberPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    /** The directory as CSV for the programme team (at most {@value #EXPORT_LIMIT} rows), in the caller's language. */
    @Transactional
    public void export(MemberSearchParams params, Writer out) {
        Actor actor = user.actor();
        if (!policy.canExportDirectory(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        List<MemberDto> members = toDtos(actor, ids(directory(actor, params), EXPORT_LIMIT, 0));
        Messages messages = language.messages();
        boolean dutch = language.isDutch();
        CsvWriter csv = new CsvWriter(out, dutch ? ';' : ',');
        try {
            out.write(CsvWriter.BOM);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> columns = List.of("id", "name", "email", "jobTitle", "organization", "expertise", "themes", "visibility");
        csv.row(dutch ? columns.stream().map(c -> messages.get("hub.csv.member." + c)).toList() : columns);
        for (MemberDto m : members) {
            csv.row(List.of(m.id().toString(), m.name(), m.email() == null ? "" : m.email(), m.jobTitle() == null ? "" : m.jobTitle(),
                    m.organization() == null ? "" : m.organization().name(), String.join("; ", m.expertise()),
                    String.join("; ", m.themes()), dutch ? messages.get("hub.label.profile-visibility." + m.visibility().name())
                            : m.visibility().name()));
        }
    }

    @Transactional
    public MemberDto get(UUID id) {
        Actor actor = user.actor();
        Member member = visible(id, actor);
        return toDto(actor, member);
    }

    /** Members by id with their name and organisation (for features that refer to members, e.g. a pilot's contact). */
    @Transactional
    public Map<UUID, MemberRefDto> refsOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, MemberRefDto> refs = new java.util.HashMap<>();
        members.list("id in ?1", ids).forEach(m -> refs.put(m.id, new MemberRefDto(m.id, m.name, m.organizationId)));
        return refs;
    }

    /** What a member contributed, as far as the caller may see it (404 when the member is hidden from them). */
    @Transactional
    public ContributionsDto contributions(UUID id) {
        Actor actor = user.actor();
        Member member = visible(id, actor);
        return new ContributionsDto(knowledge.contributions(member.subject, null, CONTRIBUTIONS));
    }

    /** The caller's own profile; 404 with a pointer to POST when they have none yet. */
    @Transactional
    public MemberDto me() {
        Actor actor = requireProfileHolder();
        return toDto(actor, members.findBySubject(actor.subject())
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.member.no-profile")));
    }

    /** The caller's member id, if they have a profile (for /me). */
    @Transactional
    public Optional<UUID> memberIdOf(String subject) {
        return subject == null ? Optional.empty() : members.findBySubject(subject).map(m -> m.id);
    }

    @Transactional
    public MemberDto createMe(MemberProfileRequest request) {
        Actor actor = requireProfileHolder();
        if (members.findBySubject(actor.subject()).isPresent()) {
            throw ApiException.conflict("hub.member.exists");
        }
        validate(request, true);
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.subject = actor.subject();
        CommunityMapper.apply(member, request);
        // a person who joined through a join request works at the organisation of that request
        member.organizationId = joinRequests.organizationOfAccount(actor.subject()).orElse(null);
        consent(member);
        member.createdBy(actor);
        members.persist(member);
        members.flush();
        return toDto(actor, member);
    }

    /** Links a member to the organisation they work at (staff: after a join request, or when people change jobs). */
    @Transactional
    public MemberDto linkToOrganization(UUID memberId, UUID organizationId) {
        Actor actor = user.actor();
        if (!policy.canLinkToOrganization(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        Member member = members.findByIdOptional(memberId).orElseThrow(() -> ApiException.notFound("member", memberId));
        if (organizationId != null && organizations.findByIdOptional(organizationId).isEmpty()) {
            throw ApiException.invalid("organizationId", "hub.organization.unknown");
        }
        member.organizationId = organizationId;
        member.changedBy(actor);
        members.flush();
        return toDto(actor, member);
    }

    /** The current version of the caller's profile (404 when they have none). */
    @Transactional
    public long myVersion() {
        Actor actor = requireProfileHolder();
        return members.findBySubject(actor.subject()).map(m -> m.version)
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.member.no-profile"));
    }

    @Transactional
    public MemberDto updateMe(long expectedVersion, MemberProfileRequest request) {
        Actor actor = requireProfileHolder();
        Member member = members.findBySubject(actor.subject())
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.member.no-profile"));
        if (member.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(member.version));
        }
        validate(request, !CONSENT_VERSION.equals(member.consentVersion));
        CommunityMapper.apply(member, request);
        if (request.consentVersion() != null) {
            consent(member);
        }
        member.changedBy(actor);
        members.flush();
        return toDto(actor, member);
    }

    /** Everything the Hub holds about the caller: the profile, and what every feature keeps about them. */
    @Transactional
    public MemberExportDto exportMe() {
        Actor actor = requireProfileHolder();
        Member m = members.findBySubject(actor.subject())
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.member.no-profile"));
        Organization organization = m.organizationId == null ? null : organizations.findById(m.organizationId);
        Map<String, Map<String, Object>> contributions = new TreeMap<>();
        personalData.forEach(holder -> contributions.put(holder.section(), holder.export(actor.subject())));
        return new MemberExportDto(Instant.now().truncatedTo(ChronoUnit.SECONDS), actor.subject(),
                new MemberExportDto.Profile(m.id, m.name, m.email, m.jobTitle,
                        organization == null ? null : new MemberDto.OrganizationRef(organization.id, organization.name),
                        List.copyOf(m.expertise), List.copyOf(m.themes), m.bio, m.visibility, m.consentVersion, m.consentAt,
                        m.createdAt, m.updatedAt),
                contributions);
    }

    /**
     * Erases the caller (GDPR article 17): the profile is deleted and every feature forgets them; what they contributed
     * stays, attributed to a former member.
     */
    @Transactional
    public void eraseMe() {
        Actor actor = requireProfileHolder();
        Member m = members.findBySubject(actor.subject())
                .orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.member.no-profile"));
        String former = Messages.forLanguage("nl").get("hub.member.former");
        personalData.forEach(holder -> holder.forget(actor.subject(), former));
        members.delete(m);
        members.flush();
        accountTasks.disableAfterCommit(actor.subject());
    }

    /** A member the caller may see; 404 for one that is hidden from them or does not exist. */
    private Member visible(UUID id, Actor actor) {
        return members.findByIdOptional(id).filter(m -> policy.canSeeMember(actor, m))
                .orElseThrow(() -> ApiException.notFound("member", id));
    }

    private Actor requireProfileHolder() {
        Actor actor = user.actor();
        if (!policy.canHaveProfile(actor)) {
            throw ApiException.forbidden("hub.member.people-only");
        }
        return actor;
    }

    /** 400 with field errors: consent to the current text where it is needed, known themes. */
    private void validate(MemberProfileRequest request, boolean consentNeeded) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String consent = request.consentVersion();
        if ((consentNeeded || consent != null) && !CONSENT_VERSION.equals(consent)) {
            errors.add(new Problem.FieldError("consentVersion", language.get("hub.member.consent", CONSENT_VERSION)));
        }
        if (request.themes() != null) {
            Set<String> unknown = themes.unknownCodes(new LinkedHashSet<>(request.themes()));
            if (!unknown.isEmpty()) {
                errors.add(new Problem.FieldError("themes", language.get("hub.themes.unknown", String.join(", ", unknown))));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void consent(Member member) {
        member.consentVersion = CONSENT_VERSION;
        member.consentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private void filter(StringBuilder where, List<Object> args, String condition, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" and ").append(condition);
            args.add(values.toArray(String[]::new));
        }
    }

    private MemberDto toDto(Actor actor, Member member) {
        return toDtos(actor, List.of(member.id)).get(0);
    }

    /** Members in the given order, each with their organisation where the caller may see it (two queries in all). */
    private List<MemberDto> toDtos(Actor actor, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Member> byId = new HashMap<>();
        members.list("id in ?1", ids).forEach(m -> byId.put(m.id, m));
        List<UUID> organizationIds = byId.values().stream().map(m -> m.organizationId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, Organization> orgs = new HashMap<>();
        if (!organizationIds.isEmpty()) {
            organizations.list("id in ?1", organizationIds).stream().filter(o -> policy.canSeeOrganization(actor, o))
                    .forEach(o -> orgs.put(o.id, o));
        }
        return ids.stream().map(byId::get).map(m -> CommunityMapper.toDto(m, m.organizationId == null ? null : orgs.get(m.organizationId),
                policy.canSeePrivateDetails(actor, m), policy.memberActions(actor, m))).toList();
    }
}
