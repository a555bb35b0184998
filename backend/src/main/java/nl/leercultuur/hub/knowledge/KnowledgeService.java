package nl.leercultuur.hub.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.citation.Citations;
import nl.leercultuur.hub.knowledge.dto.CreateKnowledgeItemRequest;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRef;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemFields;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.StatusChangeDto;
import nl.leercultuur.hub.knowledge.dto.StatusChangeRequest;
import nl.leercultuur.hub.knowledge.dto.UpdateKnowledgeItemRequest;
import nl.leercultuur.hub.knowledge.export.KnowledgeCsv;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchRepository;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.text.Slugs;
import nl.leercultuur.hub.themes.ThemeService;

/**
 * The knowledge bank: search, read, propose, edit and the workflow DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED.
 * Who may do what is decided by {@link KnowledgeAccessPolicy}; this service applies its answers in transactions.
 */
@ApplicationScoped
public class KnowledgeService {

    public static final int EXPORT_LIMIT = 10_000;
    /** The most workflow changes the history answers (oldest first); far more than an item ever goes through. */
    public static final int HISTORY_LIMIT = 1_000;
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Amsterdam");

    /** The citation formats of {@link #citation(UUID, String)}. */
    public static final List<String> CITATION_FORMATS = List.of("apa", "ris", "bibtex");

    @Inject
    KnowledgeItemRepository items;

    @Inject
    KnowledgeStatusChangeRepository changes;

    @Inject
    KnowledgeSearchRepository search;

    @Inject
    KnowledgeAccessPolicy policy;

    @Inject
    ThemeService themes;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    // ---------------------------------------------------------------------------------------------- reading

    public KnowledgeSearchResult search(SearchCriteria criteria) {
        Actor actor = user.actor();
        SearchCriteria effective = signedInForMine(criteria, actor);
        KnowledgeSearchRepository.Page page = search.search(effective, visible(actor, effective),
                facts -> policy.allowed(actor, facts));
        if (page.total() == 0 && effective.hasQuery() && !search.hasTerms(effective.q())) {
            // only stop words: list everything rather than nothing (checked only when nothing was found)
            effective = effective.withoutQuery();
            page = search.search(effective, visible(actor, effective), facts -> policy.allowed(actor, facts));
        }
        int totalPages = PageRequest.pageCount(page.total(), effective.size());
        return new KnowledgeSearchResult(page.items(), effective.page(), effective.size(), page.total(), totalPages,
                page.facets(), effective.sortKey(), effective.sortOptions());
    }

    /** Every match (at most {@value #EXPORT_LIMIT}) as CSV in the caller's language. */
    public void export(SearchCriteria criteria, Writer out) {
        Actor actor = user.actor();
        SearchCriteria effective = effective(criteria, actor);
        search.export(effective, visible(actor, effective), EXPORT_LIMIT, new KnowledgeCsv(out, language.messages()));
    }

    /**
     * The published items a person (their subject) or an organisation proposed, as far as the caller may see them,
     * newest first: what they contributed to the knowledge bank. Proposals still in review are not shown here.
     */
    @Transactional
    public List<KnowledgeItemRef> contributions(String submitterSubject, UUID organizationId, int limit) {
        Actor actor = user.actor();
        String by = submitterSubject != null ? "k.submittedBySubject = :by" : "k.submittedByOrganizationId = :by";
        return items.getEntityManager().createQuery("select k from KnowledgeItem k where " + by
                        + " and k.status = :published order by k.updatedAt desc, k.id", KnowledgeItem.class)
                .setParameter("by", submitterSubject != null ? submitterSubject : organizationId)
                .setParameter("published", KnowledgeStatus.PUBLISHED)
                .getResultStream()
                .filter(k -> policy.canSee(actor, KnowledgeAccessPolicy.Facts.of(k)))
                .limit(limit)
                .map(KnowledgeMapper::toRef)
                .toList();
    }

    /** These items as short references, as far as the caller may see them (for features that link to knowledge). */
    @Transactional
    public Map<UUID, KnowledgeItemRef> refsOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Actor actor = user.actor();
        Map<UUID, KnowledgeItemRef> refs = new java.util.HashMap<>();
        items.list("id in ?1", ids).stream().filter(k -> policy.canSee(actor, KnowledgeAccessPolicy.Facts.of(k)))
                .forEach(k -> refs.put(k.id, KnowledgeMapper.toRef(k)));
        return refs;
    }

    /** Which of these ids are knowledge items (in any status). */
    @Transactional
    public java.util.Set<UUID> existingIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(items.getEntityManager().createQuery("select k.id from KnowledgeItem k where k.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    @Transactional
    public KnowledgeItemDto get(UUID id) {
        Actor actor = user.actor();
        return toDto(visibleItem(id, actor), actor);
    }

    /** The current version of an item the caller may change (404 when hidden, 403 when not theirs to change). */
    @Transactional
    public long versionForUpdate(UUID id) {
        Actor actor = user.actor();
        KnowledgeItem item = visibleItem(id, actor);
        requireUpdatable(item, actor);
        return item.version;
    }

    /** The current version of an item the caller may move through the workflow. */
    @Transactional
    public long versionForStatusChange(UUID id) {
        return items.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("knowledge-item", id)).version;
    }

    @Transactional
    public List<KnowledgeItemSummaryDto> related(UUID id, int size) {
        Actor actor = user.actor();
        KnowledgeItem item = visibleItem(id, actor);
        return search.related(item.id, item.type, item.themes, policy.listScope(actor, false), size,
                facts -> policy.allowed(actor, facts));
    }

    @Transactional
    public List<StatusChangeDto> history(UUID id) {
        Actor actor = user.actor();
        KnowledgeItem item = visibleItem(id, actor);
        if (!policy.canViewHistory(actor, KnowledgeAccessPolicy.Facts.of(item))) {
            throw ApiException.forbidden("hub.knowledge.history.not-own");
        }
        return changes.history(id, HISTORY_LIMIT).stream().map(KnowledgeMapper::toDto).toList();
    }

    /** The citation in one of {@link #CITATION_FORMATS}. */
    @Transactional
    public String citation(UUID id, String format) {
        KnowledgeItemDto item = get(id);
        return switch (format) {
            case "ris" -> Citations.ris(item);
            case "bibtex" -> Citations.bibtex(item);
            default -> Citations.apa(item);
        };
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Transactional
    public KnowledgeItemDto create(CreateKnowledgeItemRequest request) {
        Actor actor = user.actor();
        if (!policy.canPropose(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        validate(request);
        KnowledgeItem item = new KnowledgeItem();
        item.id = UUID.randomUUID();
        item.slug = Slugs.of(request.title(), item.id);
        KnowledgeMapper.apply(item, request);
        item.createdBy(actor);
        item.status = policy.initialStatus(actor, request.status());
        String comment;
        if (actor.isStaff()) {
            comment = "Aangemaakt door de programmastaf";
        } else {
            item.submittedBySubject = actor.subject();
            item.submittedByName = actor.displayName();
            item.submittedByOrganizationId = actor.organizationId();
            comment = actor.isPartnerSystem() ? "Voorgesteld door partnersysteem " + actor.clientId() : "Voorgesteld door een partner";
        }
        items.persist(item);
        record(item, null, item.status, comment, actor);
        items.flush();
        return toDto(item, actor);
    }

    /** Replaces the content of an item the caller read at {@code expectedVersion} (412 when it changed since). */
    @Transactional
    public KnowledgeItemDto update(UUID id, long expectedVersion, UpdateKnowledgeItemRequest request) {
        Actor actor = user.actor();
        KnowledgeItem item = visibleItem(id, actor);
        requireUpdatable(item, actor);
        requireVersion(item, expectedVersion);
        validate(request);
        KnowledgeMapper.apply(item, request);
        item.changedBy(actor);
        if (!actor.isStaff() && item.status == KnowledgeStatus.DRAFT) {
            // a partner's edit of a draft that was sent back submits it for review again
            record(item, KnowledgeStatus.DRAFT, KnowledgeStatus.IN_REVIEW, "Aangepast en opnieuw ingediend", actor);
            item.status = KnowledgeStatus.IN_REVIEW;
        }
        items.flush();
        return toDto(item, actor);
    }

    /** Moves an item through the workflow; {@code expectedVersion} is null when the client sent no If-Match. */
    @Transactional
    public KnowledgeItemDto changeStatus(UUID id, Long expectedVersion, StatusChangeRequest request) {
        Actor actor = user.actor();
        KnowledgeItem item = items.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("knowledge-item", id));
        if (expectedVersion != null) {
            requireVersion(item, expectedVersion);
        }
        KnowledgeStatus from = item.status;
        if (!policy.transitions(actor, from).contains(request.status())) {
            throw ApiException.conflict("hub.knowledge.transition", from, request.status(), policy.workflowFrom(from));
        }
        item.status = request.status();
        item.changedBy(actor);
        record(item, from, item.status, request.comment().strip(), actor);
        items.flush();
        return toDto(item, actor);
    }

    @Transactional
    public void delete(UUID id) {
        if (!items.deleteById(id)) {
            throw ApiException.notFound("knowledge-item", id);
        }
    }

    // ---------------------------------------------------------------------------------------------- rules

    /** The item if the caller may see it; otherwise 404, so that hidden items do not reveal that they exist. */
    private KnowledgeItem visibleItem(UUID id, Actor actor) {
        return items.findByIdOptional(id).filter(item -> policy.canSee(actor, KnowledgeAccessPolicy.Facts.of(item)))
                .orElseThrow(() -> ApiException.notFound("knowledge-item", id));
    }

    private void requireUpdatable(KnowledgeItem item, Actor actor) {
        KnowledgeAccessPolicy.Facts facts = KnowledgeAccessPolicy.Facts.of(item);
        if (!policy.canUpdate(actor, facts)) {
            throw actor.is(item.submittedBySubject) // the proposer, but no longer editable
                    ? ApiException.forbidden("hub.knowledge.update.status", item.status)
                    : ApiException.forbidden("hub.knowledge.update.not-own");
        }
    }

    private static void requireVersion(KnowledgeItem item, long expectedVersion) {
        if (item.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(item.version));
        }
    }

    private KnowledgeScope visible(Actor actor, SearchCriteria criteria) {
        return policy.listScope(actor, criteria.mine());
    }

    private static SearchCriteria signedInForMine(SearchCriteria criteria, Actor actor) {
        if (criteria.mine() && !actor.isSignedIn()) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "hub.knowledge.mine.anonymous");
        }
        return criteria;
    }

    private SearchCriteria effective(SearchCriteria criteria, Actor actor) {
        signedInForMine(criteria, actor);
        if (criteria.hasQuery() && !search.hasTerms(criteria.q())) {
            return criteria.withoutQuery(); // only stop words: list everything rather than nothing
        }
        return criteria;
    }

    private KnowledgeItemDto toDto(KnowledgeItem item, Actor actor) {
        return KnowledgeMapper.toDto(item, policy.allowed(actor, KnowledgeAccessPolicy.Facts.of(item)));
    }

    private void validate(KnowledgeItemFields request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int thisYear = Year.now(PROGRAMME_ZONE).getValue();
        if (request.publicationYear() != null && request.publicationYear() > thisYear) {
            errors.add(new Problem.FieldError("publicationYear", language.get("hub.year.future", thisYear)));
        }
        if (request.url() != null && !request.url().isBlank()) {
            try {
                URI uri = URI.create(request.url().strip());
                if (uri.getHost() == null) {
                    errors.add(new Problem.FieldError("url", language.get("hub.url.host")));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("url", language.get("hub.url.invalid")));
            }
        }
        Set<String> unknown = themes.unknownCodes(new LinkedHashSet<>(request.themes()));
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("themes", language.get("hub.themes.unknown", String.join(", ", unknown))));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void record(KnowledgeItem item, KnowledgeStatus from, KnowledgeStatus to, String comment, Actor actor) {
        KnowledgeStatusChange change = new KnowledgeStatusChange();
        change.id = UUID.randomUUID();
        change.itemId = item.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.comment = comment;
        change.actorSubject = actor.subject();
        change.actorName = actor.displayName();
        change.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        changes.persist(change);
    }
}
