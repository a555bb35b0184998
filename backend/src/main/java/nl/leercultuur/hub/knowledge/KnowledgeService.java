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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRequest;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemSummaryDto;
import nl.leercultuur.hub.knowledge.dto.KnowledgeSearchResult;
import nl.leercultuur.hub.knowledge.dto.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.dto.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.dto.LearningForm;
import nl.leercultuur.hub.knowledge.dto.StatusChangeDto;
import nl.leercultuur.hub.knowledge.dto.StatusChangeRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.Messages;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.web.Versions;
import nl.leercultuur.hub.themes.ThemeService;

/**
 * The knowledge bank: who may see, propose, edit and publish which items, and the workflow
 * DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED.
 */
@ApplicationScoped
public class KnowledgeService {

    /** The workflow: the transitions staff may make. */
    static final Map<KnowledgeStatus, Set<KnowledgeStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            KnowledgeStatus.DRAFT, EnumSet.of(KnowledgeStatus.IN_REVIEW, KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.IN_REVIEW, EnumSet.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT, KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.PUBLISHED, EnumSet.of(KnowledgeStatus.ARCHIVED),
            KnowledgeStatus.ARCHIVED, EnumSet.of(KnowledgeStatus.PUBLISHED, KnowledgeStatus.DRAFT)));

    static final int EXPORT_LIMIT = 10_000;
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    KnowledgeItemRepository items;

    @Inject
    KnowledgeStatusChangeRepository changes;

    @Inject
    KnowledgeSearchRepository search;

    @Inject
    ThemeService themes;

    @Inject
    CurrentUser user;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    // ---------------------------------------------------------------------------------------------- reading

    public KnowledgeSearchResult search(SearchCriteria criteria) {
        SearchCriteria effective = effective(criteria);
        KnowledgeSearchRepository.Page page = search.search(effective, viewer());
        int totalPages = (int) ((page.total() + effective.size() - 1) / effective.size());
        return new KnowledgeSearchResult(page.items(), effective.page(), effective.size(), page.total(), totalPages,
                page.facets());
    }

    public void export(SearchCriteria criteria, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        try {
            out.write(CsvWriter.BOM);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        csv.row(List.of("id", "title", "type", "authors", "publisher", "publicationYear", "summary", "themes",
                "learningForms", "sectors", "targetGroups", "language", "url", "visibility", "status", "updatedAt"));
        search.export(effective(criteria), viewer(), EXPORT_LIMIT, item -> csv.row(List.of(
                item.id().toString(), item.title(), item.type().name(), String.join("; ", item.authors()),
                nullToEmpty(item.publisher()), item.publicationYear() == null ? "" : item.publicationYear().toString(),
                item.summary(), String.join("; ", item.themes()),
                String.join("; ", item.learningForms().stream().map(Enum::name).toList()),
                String.join("; ", item.sectors()), String.join("; ", item.targetGroups()), item.language(),
                nullToEmpty(item.url()), item.visibility().name(), item.status().name(), item.updatedAt().toString())));
    }

    @Transactional
    public KnowledgeItemDto get(UUID id) {
        return toDto(visible(id));
    }

    @Transactional
    public List<KnowledgeItemSummaryDto> related(UUID id, int size) {
        KnowledgeItem item = visible(id);
        return search.related(item.id, item.type, item.themes, viewer(), size);
    }

    @Transactional
    public List<StatusChangeDto> history(UUID id) {
        KnowledgeItem item = visible(id);
        if (!user.isStaff() && !item.isSubmittedBy(user.subject().orElse(null))) {
            throw ApiException.forbidden("Only staff and the person who proposed this item can see its review history.");
        }
        return changes.history(id).stream()
                .map(c -> new StatusChangeDto(c.fromStatus, c.toStatus, c.comment, c.actorName, c.at))
                .toList();
    }

    @Transactional
    public String citation(UUID id, String format) {
        KnowledgeItemDto item = toDto(visible(id));
        return switch (format) {
            case "apa" -> Citations.apa(item);
            case "ris" -> Citations.ris(item);
            case "bibtex" -> Citations.bibtex(item);
            default -> throw ApiException.invalid("format", "must be apa, ris or bibtex");
        };
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Transactional
    public KnowledgeItemDto create(KnowledgeItemRequest request) {
        validate(request);
        KnowledgeItem item = new KnowledgeItem();
        item.id = UUID.randomUUID();
        item.slug = Slugs.of(request.title(), item.id);
        apply(item, request);
        String subject = user.requireSubject();
        String name = user.displayName().orElse(subject);
        item.createdBySubject = subject;
        item.createdByName = name;
        item.updatedBySubject = subject;
        item.updatedByName = name;
        String comment;
        if (user.isStaff()) {
            item.status = request.status() == null ? KnowledgeStatus.DRAFT : request.status();
            comment = "Aangemaakt door de programmastaf";
        } else {
            // a proposal always enters review, whatever status it asks for
            item.status = KnowledgeStatus.IN_REVIEW;
            item.submittedBySubject = subject;
            item.submittedByName = name;
            comment = user.isPartnerSystem() ? "Voorgesteld door partnersysteem " + user.clientId().orElse("")
                    : "Voorgesteld door een partner";
        }
        items.persist(item);
        record(item, null, item.status, comment);
        items.flush();
        search.countsChanged();
        return toDto(item);
    }

    @Transactional
    public KnowledgeItemDto update(UUID id, String ifMatch, KnowledgeItemRequest request) {
        KnowledgeItem item = visible(id);
        boolean own = item.isSubmittedBy(user.subject().orElse(null));
        if (!user.isStaff()) {
            if (!own) {
                throw ApiException.forbidden("Only staff and the person who proposed this item may change it.");
            }
            if (item.status != KnowledgeStatus.DRAFT && item.status != KnowledgeStatus.IN_REVIEW) {
                throw ApiException.forbidden("This item is " + item.status
                        + "; proposals can only be changed while they are a draft or in review. Ask the programme team.");
            }
        }
        Versions.check(Versions.expectedVersion(ifMatch), item.version);
        validate(request);
        apply(item, request);
        item.updatedBySubject = user.requireSubject();
        item.updatedByName = user.displayName().orElse(item.updatedBySubject);
        if (!user.isStaff() && item.status == KnowledgeStatus.DRAFT) {
            // a partner's edit of a draft that was sent back submits it for review again
            record(item, KnowledgeStatus.DRAFT, KnowledgeStatus.IN_REVIEW, "Aangepast en opnieuw ingediend");
            item.status = KnowledgeStatus.IN_REVIEW;
        }
        items.flush();
        search.countsChanged();
        return toDto(item);
    }

    @Transactional
    public KnowledgeItemDto changeStatus(UUID id, String ifMatch, StatusChangeRequest request) {
        KnowledgeItem item = items.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Knowledge item", id));
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.check(Versions.expectedVersion(ifMatch), item.version);
        }
        KnowledgeStatus from = item.status;
        if (!TRANSITIONS.get(from).contains(request.status())) {
            throw ApiException.conflict("An item that is " + from + " cannot become " + request.status()
                    + ". Allowed from " + from + ": " + TRANSITIONS.get(from) + ".");
        }
        item.status = request.status();
        item.updatedBySubject = user.requireSubject();
        item.updatedByName = user.displayName().orElse(item.updatedBySubject);
        record(item, from, item.status, request.comment().strip());
        items.flush();
        search.countsChanged();
        return toDto(item);
    }

    @Transactional
    public void delete(UUID id) {
        if (!items.deleteById(id)) {
            throw ApiException.notFound("Knowledge item", id);
        }
        search.countsChanged();
    }

    // ---------------------------------------------------------------------------------------------- rules

    Viewer viewer() {
        if (user.isStaff()) {
            return new Viewer(Viewer.Scope.STAFF, user.requireSubject(), user.displayName().orElse(null));
        }
        if (user.isPartner()) {
            return new Viewer(Viewer.Scope.PARTNER, user.requireSubject(), user.displayName().orElse(null));
        }
        return Viewer.VISITOR;
    }

    /** Visitors see published public items; partners all published items and their own proposals; staff all. */
    static boolean canSee(KnowledgeItem item, Viewer viewer) {
        if (viewer.isStaff() || (viewer.isSignedIn() && item.isSubmittedBy(viewer.subject()))) {
            return true;
        }
        if (item.status != KnowledgeStatus.PUBLISHED) {
            return false;
        }
        return item.visibility == KnowledgeVisibility.PUBLIC || viewer.isSignedIn();
    }

    /** The item if the caller may see it; otherwise 404, so that hidden items do not reveal they exist. */
    private KnowledgeItem visible(UUID id) {
        return items.findByIdOptional(id).filter(item -> canSee(item, viewer()))
                .orElseThrow(() -> ApiException.notFound("Knowledge item", id));
    }

    private SearchCriteria effective(SearchCriteria criteria) {
        if (criteria.mine() && !viewer().isSignedIn()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (criteria.hasQuery() && !search.hasTerms(criteria.q())) {
            return criteria.withoutQuery(); // only stop words: list everything rather than nothing
        }
        return criteria;
    }

    private void validate(KnowledgeItemRequest request) {
        Messages messages = Messages.forRequest(this.request);
        List<Problem.FieldError> errors = new ArrayList<>();
        int thisYear = Year.now(PROGRAMME_ZONE).getValue();
        if (request.publicationYear() != null && request.publicationYear() > thisYear) {
            errors.add(new Problem.FieldError("publicationYear", messages.get("hub.year.future", thisYear)));
        }
        if (request.url() != null && !request.url().isBlank()) {
            try {
                URI uri = URI.create(request.url().strip());
                if (uri.getHost() == null) {
                    errors.add(new Problem.FieldError("url", messages.get("hub.url.host")));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("url", messages.get("hub.url.invalid")));
            }
        }
        Set<String> unknown = themes.unknownCodes(new LinkedHashSet<>(request.themes()));
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("themes", messages.get("hub.themes.unknown", String.join(", ", unknown))));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, messages.get("hub.validation.detail",
                    String.join(", ", errors.stream().map(Problem.FieldError::field).toList())), errors);
        }
    }

    private static void apply(KnowledgeItem item, KnowledgeItemRequest request) {
        item.type = request.type();
        item.title = request.title().strip();
        item.summary = request.summary().strip();
        item.body = request.body() == null ? "" : request.body();
        item.authors = cleanList(request.authors());
        item.publisher = blankToNull(request.publisher());
        item.publicationYear = request.publicationYear();
        item.url = blankToNull(request.url());
        item.language = request.language() == null ? "nl" : request.language();
        item.themes = cleanList(request.themes());
        item.learningForms = request.learningForms() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(request.learningForms()).stream().map(LearningForm::name).toList());
        item.sectors = cleanList(request.sectors());
        item.targetGroups = cleanList(request.targetGroups());
        item.visibility = request.visibility() == null ? KnowledgeVisibility.PUBLIC : request.visibility();
    }

    private void record(KnowledgeItem item, KnowledgeStatus from, KnowledgeStatus to, String comment) {
        KnowledgeStatusChange change = new KnowledgeStatusChange();
        change.id = UUID.randomUUID();
        change.itemId = item.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.comment = comment;
        change.actorSubject = user.requireSubject();
        change.actorName = user.displayName().orElse(change.actorSubject);
        change.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        changes.persist(change);
    }

    static KnowledgeItemDto toDto(KnowledgeItem item) {
        return new KnowledgeItemDto(item.id, item.slug, item.type, item.title, item.summary, item.body,
                List.copyOf(item.authors), item.publisher, item.publicationYear, item.url, item.language,
                List.copyOf(item.themes), item.learningForms.stream().map(LearningForm::valueOf).toList(),
                List.copyOf(item.sectors), List.copyOf(item.targetGroups), item.visibility, item.status, item.pilotId,
                item.submittedBySubject == null ? null : new KnowledgeItemDto.Person(item.submittedBySubject, item.submittedByName),
                item.createdAt, item.updatedAt, item.version);
    }

    private static List<String> cleanList(List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
