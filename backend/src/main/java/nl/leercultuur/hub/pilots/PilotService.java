package nl.leercultuur.hub.pilots;

import static nl.leercultuur.hub.shared.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.community.MemberService;
import nl.leercultuur.hub.community.OrganizationService;
import nl.leercultuur.hub.community.Province;
import nl.leercultuur.hub.community.dto.MemberRefDto;
import nl.leercultuur.hub.knowledge.KnowledgeService;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRef;
import nl.leercultuur.hub.pilots.dto.JournalEntryDto;
import nl.leercultuur.hub.pilots.dto.JournalEntryRequest;
import nl.leercultuur.hub.pilots.dto.JournalPage;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.pilots.dto.PilotOrganizationRequest;
import nl.leercultuur.hub.pilots.dto.PilotPage;
import nl.leercultuur.hub.pilots.dto.PilotRequest;
import nl.leercultuur.hub.pilots.dto.PilotStatusChangeDto;
import nl.leercultuur.hub.pilots.dto.PilotStatusRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.persistence.SqlCondition;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;
import nl.leercultuur.hub.shared.web.params.QueryValues;

/** Pilots: staff register them and move them through their lifecycle; who sees and changes what is {@link PilotAccessPolicy}'s. */
@ApplicationScoped
public class PilotService {

    @Inject
    PilotRepository pilots;

    @Inject
    PilotStatusChangeRepository changes;

    @Inject
    InterventionTypeRepository types;

    @Inject
    PilotJournalRepository journal;

    @Inject
    PilotAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    OrganizationService organizations;

    @Inject
    MemberService members;

    @Inject
    KnowledgeService knowledge;

    /** The pilots the caller may see, most recently changed first (oldest first with updatedSince, for incremental reads). */
    @Transactional
    public PilotPage list(PilotSearchParams params) {
        Actor actor = user.actor();
        PageRequest page = params.toRequest();
        SqlCondition visible = policy.listCondition(actor);
        StringBuilder where = new StringBuilder(visible.sql());
        List<Object> args = new ArrayList<>(visible.params());
        List<PilotStatus> statuses = QueryValues.enums(params.status, PilotStatus.class);
        if (!statuses.isEmpty()) {
            args.add(statuses);
            where.append(" and p.status in ?").append(args.size());
        }
        List<String> typeCodes = QueryValues.split(params.interventionType);
        if (!typeCodes.isEmpty()) {
            args.add(typeCodes);
            where.append(" and p.interventionTypeCode in ?").append(args.size());
        }
        List<Province> provinces = QueryValues.enums(params.province, Province.class);
        if (!provinces.isEmpty()) {
            // the organisations' table belongs to the community feature; the query names its entity, no Java type
            args.add(provinces);
            where.append(" and exists (select 1 from Pilot r join r.organizations ro, Organization org where r.id = p.id")
                    .append(" and org.id = ro.organizationId and org.province in ?").append(args.size()).append(')');
        }
        if (params.organization != null) {
            args.add(UUID.fromString(params.organization));
            where.append(" and exists (select 1 from Pilot r join r.organizations ro where r.id = p.id and ro.organizationId = ?")
                    .append(args.size()).append(')');
        }
        Instant since = QueryValues.instant(params.updatedSince);
        if (since != null) {
            args.add(since);
            where.append(" and p.updatedAt > ?").append(args.size());
        }
        String order = since != null ? " order by p.updatedAt, p.id" : " order by p.updatedAt desc, p.id";
        var query = pilots.find("from Pilot p where " + where + order, args.toArray());
        query.page(page.page(), page.size());
        long total = query.count();
        return new PilotPage(toDtos(actor, query.list()), page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public PilotDto get(UUID id) {
        Actor actor = user.actor();
        return toDtos(actor, List.of(visible(id, actor))).get(0);
    }

    /**
     * The evaluations feature published this pilot's evaluation (staff): the pilot becomes public, and a pilot being
     * evaluated moves to COMPLETED (recorded like any move). A stopped or completed pilot keeps its status; a pilot that
     * has not been evaluated yet (idea, preparing, running) cannot be published (409).
     */
    @Transactional
    public PilotDto publishEvaluation(UUID id, String reason) {
        Actor actor = user.actor();
        Pilot pilot = visible(id, actor);
        if (!policy.canChangeStatus(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        pilots.getEntityManager().lock(pilot, LockModeType.PESSIMISTIC_WRITE);
        if (!EnumSet.of(PilotStatus.EVALUATING, PilotStatus.COMPLETED, PilotStatus.STOPPED).contains(pilot.status)) {
            throw ApiException.conflict("hub.evaluation.pilot-not-evaluated", pilot.status);
        }
        pilot.evaluationPublished = true;
        if (pilot.status == PilotStatus.EVALUATING) {
            pilot.status = PilotStatus.COMPLETED;
            record(pilot, PilotStatus.EVALUATING, PilotStatus.COMPLETED, reason, actor);
        }
        pilot.changedBy(actor);
        pilots.flush();
        return toDtos(actor, List.of(pilot)).get(0);
    }

    /** Published pilots with their type and cost, for "what works" (public figures only). */
    @Transactional
    public List<PilotDto> published() {
        return toDtos(user.actor(), pilots.list("evaluationPublished = true order by title, id"));
    }

    /** A pilot's title, for a survey's respondents (who have the link, not an account); 404 when there is no such pilot. */
    @Transactional
    public String titleOf(UUID id) {
        return pilots.findByIdOptional(id).map(p -> p.title).orElseThrow(() -> ApiException.notFound("pilot", id));
    }

    /** The status history, oldest first. */
    @Transactional
    public List<PilotStatusChangeDto> history(UUID id) {
        visible(id, user.actor());
        return changes.list("pilotId = ?1 order by changedAt, id", id).stream()
                .map(c -> new PilotStatusChangeDto(c.fromStatus, c.toStatus, c.reason, c.actorName, c.changedAt)).toList();
    }

    /** The journal, newest first (staff and the people of the organisations taking part; others 403, or 404 when hidden). */
    @Transactional
    public JournalPage journal(UUID id, PageRequest page) {
        Actor actor = user.actor();
        requireJournal(visible(id, actor), actor);
        var query = journal.find("pilotId = ?1 order by writtenAt desc, id", id);
        query.page(page.page(), page.size());
        long total = query.count();
        Instant now = Instant.now();
        return new JournalPage(query.list().stream().map(e -> toDto(actor, e, now)).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public JournalEntryDto write(UUID id, JournalEntryRequest request) {
        Actor actor = user.actor();
        Pilot pilot = requireJournal(visible(id, actor), actor);
        PilotJournalEntry entry = new PilotJournalEntry();
        entry.id = UUID.randomUUID();
        entry.pilotId = pilot.id;
        entry.text = request.text().strip();
        entry.authorSubject = actor.subject();
        entry.authorName = actor.displayName() == null ? "?" : actor.displayName();
        entry.writtenAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        journal.persist(entry);
        journal.flush();
        return toDto(actor, entry, Instant.now());
    }

    /** Its author corrects a note within a day of writing it; after that, corrections are new notes. */
    @Transactional
    public JournalEntryDto correct(UUID id, UUID entryId, JournalEntryRequest request) {
        Actor actor = user.actor();
        requireJournal(visible(id, actor), actor);
        PilotJournalEntry entry = journal.find("id = ?1 and pilotId = ?2", entryId, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("journal-entry", entryId));
        Instant now = Instant.now();
        if (!policy.canEditJournalEntry(actor, entry, now)) {
            throw ApiException.forbidden("hub.pilot.journal.not-editable");
        }
        entry.text = request.text().strip();
        entry.editedAt = now.truncatedTo(ChronoUnit.MICROS);
        journal.flush();
        return toDto(actor, entry, now);
    }

    private Pilot requireJournal(Pilot pilot, Actor actor) {
        if (!policy.canUseJournal(actor, PilotAccessPolicy.Facts.of(pilot))) {
            throw ApiException.forbidden("hub.pilot.journal.people-only");
        }
        return pilot;
    }

    private JournalEntryDto toDto(Actor actor, PilotJournalEntry e, Instant now) {
        return new JournalEntryDto(e.id, e.text, e.authorName, e.writtenAt, e.editedAt, policy.canEditJournalEntry(actor, e, now));
    }

    @Transactional
    public PilotDto create(PilotRequest request) {
        Actor actor = user.actor();
        if (!policy.canCreate(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        validate(request);
        Pilot pilot = new Pilot();
        pilot.id = UUID.randomUUID();
        pilot.status = PilotStatus.IDEA;
        apply(pilot, request);
        pilot.createdBy(actor);
        pilots.persist(pilot);
        record(pilot, null, PilotStatus.IDEA, null, actor);
        pilots.flush();
        return toDtos(actor, List.of(pilot)).get(0);
    }

    /** The current version of a pilot the caller may change (404 when hidden, 403 when not theirs to change). */
    @Transactional
    public long versionForUpdate(UUID id) {
        Actor actor = user.actor();
        return updatable(visible(id, actor), actor).version;
    }

    @Transactional
    public PilotDto update(UUID id, long expectedVersion, PilotRequest request) {
        Actor actor = user.actor();
        Pilot pilot = updatable(visible(id, actor), actor);
        if (pilot.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(pilot.version));
        }
        if (!policy.canChangeParticipants(actor) && !sameParticipants(pilot, request)) {
            throw ApiException.forbidden("hub.pilot.participants.staff-only");
        }
        validate(request);
        apply(pilot, request);
        pilot.changedBy(actor);
        pilots.flush();
        return toDtos(actor, List.of(pilot)).get(0);
    }

    /** Moves a pilot to another status (staff): only allowed transitions; STOPPED needs a reason. Recorded with who and why. */
    @Transactional
    public PilotDto changeStatus(UUID id, PilotStatusRequest request) {
        Actor actor = user.actor();
        Pilot pilot = visible(id, actor);
        if (!policy.canChangeStatus(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        pilots.getEntityManager().lock(pilot, LockModeType.PESSIMISTIC_WRITE);
        if (!policy.isAllowed(pilot.status, request.status())) {
            throw ApiException.conflict("hub.pilot.transition", pilot.status, request.status(),
                    String.join(", ", PilotAccessPolicy.TRANSITIONS.get(pilot.status).stream().map(Enum::name).toList()));
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (request.status() == PilotStatus.STOPPED && reason == null) {
            throw ApiException.invalid("reason", "hub.pilot.stop-reason");
        }
        PilotStatus from = pilot.status;
        pilot.status = request.status();
        if (pilot.status == PilotStatus.STOPPED) {
            pilot.stopReason = reason;
        }
        pilot.changedBy(actor);
        record(pilot, from, pilot.status, reason, actor);
        pilots.flush();
        return toDtos(actor, List.of(pilot)).get(0);
    }

    private void record(Pilot pilot, PilotStatus from, PilotStatus to, String reason, Actor actor) {
        PilotStatusChange change = new PilotStatusChange();
        change.id = UUID.randomUUID();
        change.pilotId = pilot.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = reason;
        change.actorSubject = actor.subject();
        change.actorName = actor.displayName();
        change.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        changes.persist(change);
    }

    /** 400 with field errors: known intervention type, organisations (each once), contact, knowledge; end after start. */
    private void validate(PilotRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (types.findByCode(request.interventionTypeCode()).isEmpty()) {
            errors.add(new Problem.FieldError("interventionTypeCode", language.get("hub.pilot.type.unknown")));
        }
        List<PilotOrganizationRequest> orgs = request.organizations() == null ? List.of() : request.organizations();
        Set<UUID> orgIds = new LinkedHashSet<>();
        for (PilotOrganizationRequest org : orgs) {
            if (!orgIds.add(org.organizationId())) {
                errors.add(new Problem.FieldError("organizations", language.get("hub.pilot.organization.twice", org.organizationId())));
            }
        }
        Set<UUID> unknown = new HashSet<>(orgIds);
        unknown.removeAll(organizations.namesOf(orgIds).keySet());
        if (!unknown.isEmpty()) {
            errors.add(new Problem.FieldError("organizations", language.get("hub.pilot.organization.unknown", unknown.iterator().next())));
        }
        if (request.contactMemberId() != null) {
            MemberRefDto contact = members.refsOf(List.of(request.contactMemberId())).get(request.contactMemberId());
            if (contact == null || contact.organizationId() == null || !orgIds.contains(contact.organizationId())) {
                errors.add(new Problem.FieldError("contactMemberId", language.get("hub.pilot.contact")));
            }
        }
        List<UUID> knowledgeIds = request.knowledgeItemIds() == null ? List.of() : request.knowledgeItemIds();
        if (knowledgeIds.stream().anyMatch(Objects::isNull)) {
            errors.add(new Problem.FieldError("knowledgeItemIds", language.get("hub.required")));
            knowledgeIds = knowledgeIds.stream().filter(Objects::nonNull).toList();
        }
        Set<UUID> unknownKnowledge = new HashSet<>(knowledgeIds);
        unknownKnowledge.removeAll(knowledge.existingIds(knowledgeIds));
        if (!unknownKnowledge.isEmpty()) {
            errors.add(new Problem.FieldError("knowledgeItemIds", language.get("hub.pilot.knowledge.unknown", unknownKnowledge.iterator().next())));
        }
        if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", language.get("hub.pilot.ends-before-start")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(Pilot pilot, PilotRequest request) {
        pilot.title = request.title().strip();
        pilot.interventionTypeCode = request.interventionTypeCode();
        pilot.intervention = request.intervention().strip();
        pilot.goal = request.goal().strip();
        pilot.hypothesis = blankToNull(request.hypothesis());
        pilot.targetGroup = blankToNull(request.targetGroup());
        pilot.organizations.clear();
        if (request.organizations() != null) {
            request.organizations().forEach(o -> pilot.organizations.add(new PilotOrganization(o.organizationId(), o.role())));
        }
        pilot.contactMemberId = request.contactMemberId();
        pilot.startsOn = request.startsOn();
        pilot.endsOn = request.endsOn();
        pilot.costTotal = request.costTotal();
        pilot.participantCount = request.participantCount();
        pilot.knowledgeItemIds.clear();
        if (request.knowledgeItemIds() != null) {
            pilot.knowledgeItemIds.addAll(request.knowledgeItemIds());
        }
    }

    private Pilot visible(UUID id, Actor actor) {
        return pilots.findByIdOptional(id).filter(p -> policy.canSee(actor, PilotAccessPolicy.Facts.of(p)))
                .orElseThrow(() -> ApiException.notFound("pilot", id));
    }

    /** Does the request name the same organisations in the same roles as the pilot has now? */
    private static boolean sameParticipants(Pilot pilot, PilotRequest request) {
        Map<UUID, ParticipantRole> now = new HashMap<>();
        pilot.organizations.forEach(o -> now.put(o.organizationId, o.role));
        Map<UUID, ParticipantRole> asked = new HashMap<>();
        if (request.organizations() != null) {
            request.organizations().forEach(o -> asked.put(o.organizationId(), o.role()));
        }
        return now.equals(asked) && (request.organizations() == null || request.organizations().size() == now.size());
    }

    private Pilot updatable(Pilot pilot, Actor actor) {
        if (!policy.canUpdate(actor, PilotAccessPolicy.Facts.of(pilot))) {
            throw ApiException.forbidden("hub.pilot.update.not-yours");
        }
        return pilot;
    }

    /** Pilots with their names and references, in a fixed number of queries for the whole page. */
    private List<PilotDto> toDtos(Actor actor, List<Pilot> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> contactIds = new HashSet<>();
        Set<UUID> knowledgeIds = new HashSet<>();
        Set<String> typeCodes = new HashSet<>();
        for (Pilot p : list) {
            p.organizations.forEach(o -> orgIds.add(o.organizationId));
            if (p.contactMemberId != null) {
                contactIds.add(p.contactMemberId);
            }
            knowledgeIds.addAll(p.knowledgeItemIds);
            typeCodes.add(p.interventionTypeCode);
        }
        Map<UUID, String> orgNames = organizations.namesOf(orgIds);
        Map<UUID, MemberRefDto> contacts = members.refsOf(contactIds);
        Map<UUID, KnowledgeItemRef> refs = knowledge.refsOf(knowledgeIds);
        Map<String, InterventionType> typesByCode = new java.util.HashMap<>();
        types.list("code in ?1", typeCodes).forEach(t -> typesByCode.put(t.code, t));
        return list.stream().map(p -> {
            PilotAccessPolicy.Facts facts = PilotAccessPolicy.Facts.of(p);
            InterventionType type = typesByCode.get(p.interventionTypeCode);
            MemberRefDto contact = p.contactMemberId == null ? null : contacts.get(p.contactMemberId);
            return new PilotDto(p.id, p.title, new PilotDto.InterventionTypeRef(type.code, type.labelNl, type.labelEn),
                    p.intervention, p.goal, p.hypothesis, p.targetGroup,
                    p.organizations.stream().map(o -> new PilotDto.Participant(o.organizationId,
                            orgNames.getOrDefault(o.organizationId, ""), o.role)).toList(),
                    contact == null ? null : new PilotDto.Contact(contact.id(), contact.name()),
                    p.startsOn, p.endsOn, p.costTotal, p.participantCount, costPerParticipant(p),
                    p.knowledgeItemIds.stream().map(refs::get).filter(Objects::nonNull).toList(),
                    p.status, p.stopReason, p.evaluationPublished, policy.actions(actor, facts), policy.transitions(actor, facts),
                    p.createdAt, p.updatedAt, p.version);
        }).toList();
    }

    private static BigDecimal costPerParticipant(Pilot p) {
        return p.costTotal == null || p.participantCount == null ? null
                : p.costTotal.divide(BigDecimal.valueOf(p.participantCount), 2, RoundingMode.HALF_UP);
    }
}
