package nl.leercultuur.hub.community;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.community.dto.EventDto;
import nl.leercultuur.hub.community.dto.EventPage;
import nl.leercultuur.hub.community.dto.EventRegistrationDto;
import nl.leercultuur.hub.community.dto.EventRegistrationPage;
import nl.leercultuur.hub.community.dto.EventRequest;
import nl.leercultuur.hub.shared.error.ProblemType;
import java.nio.charset.StandardCharsets;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.i18n.Messages;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.mail.HubMailer;
import nl.leercultuur.hub.shared.mail.MailText;
import nl.leercultuur.hub.shared.mail.OutgoingMail;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/**
 * Events with a number of seats and a waiting list. Registrations for one event are taken one at a time (the event
 * row is locked), so the seats are never exceeded, also when many people register at the same moment.
 */
@ApplicationScoped
public class EventService {

    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    EventRepository events;

    @Inject
    EventRegistrationRepository registrations;

    @Inject
    CommunityAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    HubMailer mailer;

    /** Upcoming events (not yet ended), soonest first. */
    @Transactional
    public EventPage upcoming(PageRequest page) {
        Actor actor = user.actor();
        var query = events.find("endsAt > ?1", Sort.by("startsAt").and("id"), Instant.now());
        query.page(page.page(), page.size());
        long total = query.count();
        return new EventPage(toDtos(actor, query.list()), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public EventDto get(UUID id) {
        return toDto(user.actor(), find(id));
    }

    @Transactional
    public EventDto create(EventRequest request) {
        Actor actor = requireManager();
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalid("endsAt", "hub.event.ends-before-start");
        }
        Event event = new Event();
        event.id = UUID.randomUUID();
        apply(event, request);
        event.createdBy(actor);
        events.persist(event);
        events.flush();
        return toDto(actor, event);
    }

    /** The current version of an event (staff; 404 when it does not exist). */
    @Transactional
    public long versionForUpdate(UUID id) {
        requireManager();
        return find(id).version;
    }

    /**
     * Changes an event (staff). More seats move the first on the waiting list up, in order, and mail them; fewer seats
     * than are taken are refused (400): nobody loses a seat they were given.
     */
    @Transactional
    public EventDto update(UUID id, long expectedVersion, EventRequest request) {
        Actor actor = requireManager();
        Event event = events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("event", id));
        if (event.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(event.version));
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiException.invalid("endsAt", "hub.event.ends-before-start");
        }
        long taken = registrations.count(id, RegistrationStatus.REGISTERED);
        if (request.capacity() < taken) {
            throw ApiException.invalid("capacity", "hub.event.capacity-below-taken", taken);
        }
        apply(event, request);
        event.changedBy(actor);
        for (long free = event.capacity - taken; free > 0; free--) {
            EventRegistration next = registrations.firstWaiting(id).orElse(null);
            if (next == null) {
                break;
            }
            next.status = RegistrationStatus.REGISTERED;
            registrations.flush();
            mail(event, next, "promoted");
        }
        events.flush();
        return toDto(actor, event);
    }

    /** Cancels an event (staff): everyone registered or waiting gets a mail, and the event with its registrations goes. */
    @Transactional
    public void cancelEvent(UUID id) {
        requireManager();
        Event event = events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("event", id));
        registrations.list("eventId", id).forEach(registration -> mail(event, registration, "cancelled"));
        registrations.delete("eventId", id);
        events.delete(event);
        events.flush();
    }

    /** Who registered for an event, seats first, each in the order they registered (staff: the attendance list). */
    @Transactional
    public EventRegistrationPage registrations(UUID id, PageRequest page) {
        requireManager();
        find(id);
        var query = registrations.find("eventId", Sort.by("status").and("registeredAt").and("id"), id);
        query.page(page.page(), page.size());
        long total = query.count();
        return new EventRegistrationPage(query.list().stream()
                .map(r -> new EventRegistrationDto(r.name, r.email, r.status, r.registeredAt)).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    /** A seat while there are seats, else a place on the waiting list; registering twice changes nothing. */
    @Transactional
    public EventDto register(UUID id) {
        Actor actor = requireRegistrant();
        Event event = events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("event", id));
        if (!event.endsAt.isAfter(Instant.now())) {
            throw ApiException.conflict("hub.event.past");
        }
        if (registrations.find(id, actor.subject()).isEmpty()) {
            EventRegistration registration = new EventRegistration();
            registration.id = UUID.randomUUID();
            registration.eventId = id;
            registration.subject = actor.subject();
            registration.name = actor.displayName();
            registration.email = user.email().orElse(null);
            registration.status = registrations.count(id, RegistrationStatus.REGISTERED) < event.capacity
                    ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
            registration.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            registration.language = language.isDutch() ? "nl" : "en";
            registrations.persist(registration);
            registrations.flush();
            mail(event, registration, registration.status == RegistrationStatus.REGISTERED ? "registered" : "waiting");
        }
        return toDto(actor, event);
    }

    /** Gives up a seat (the first on the waiting list moves up) or a place on the waiting list. */
    @Transactional
    public void cancel(UUID id) {
        Actor actor = requireRegistrant();
        events.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("event", id));
        EventRegistration registration = registrations.find(id, actor.subject())
                .orElseThrow(() -> ApiException.notFound("registration", id));
        leave(registration);
        registrations.flush();
    }

    /**
     * Lets a person go from every event they registered for (their erasure): each seat they held goes to the first on
     * that event's waiting list, as when they cancel. Events are locked in id order, so two erasures cannot deadlock.
     */
    @Transactional
    public void releaseAll(String subject) {
        List<EventRegistration> held = registrations.list("subject = ?1", Sort.by("eventId"), subject);
        for (EventRegistration registration : held) {
            events.findByIdOptional(registration.eventId, LockModeType.PESSIMISTIC_WRITE);
            leave(registration);
        }
        registrations.flush();
    }

    /** Removes a registration (its event row locked by the caller); a seat it held goes to the first on the waiting list. */
    private void leave(EventRegistration registration) {
        boolean hadSeat = registration.status == RegistrationStatus.REGISTERED;
        registrations.delete(registration);
        registrations.flush();
        if (hadSeat) {
            registrations.firstWaiting(registration.eventId).ifPresent(next -> {
                next.status = RegistrationStatus.REGISTERED;
                mail(events.findById(registration.eventId), next, "promoted");
            });
        }
    }

    /**
     * Mails a registrant about their place ({@code registered}, {@code waiting} or {@code promoted}) once the change is
     * committed, in the language they registered in; a seat comes with the event's calendar file.
     */
    private void mail(Event event, EventRegistration registration, String kind) {
        if (registration.email == null) {
            return;
        }
        Messages messages = Messages.forLanguage(registration.language);
        boolean seat = "registered".equals(kind) || "promoted".equals(kind);
        String location = event.location == null ? "" : messages.get("hub.mail.event-location", event.location);
        String when = MailText.moment(messages, event.startsAt);
        OutgoingMail mail = OutgoingMail.text(registration.email, messages.get("hub.mail.event-" + kind + ".subject", event.title),
                MailText.body(messages, registration.name, messages.get("hub.mail.event-" + kind + ".text", event.title, when, location),
                        seat ? messages.get("hub.mail.event-cancel") : null));
        if (seat) {
            mail = mail.withAttachment("leercultuur-event.ics", ics(event).getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mailer.sendAfterCommit(mail);
    }

    /** The event as an iCalendar file (RFC 5545), to add to one's calendar. */
    @Transactional
    public String calendar(UUID id) {
        return ics(find(id));
    }

    private static String ics(Event event) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leercultuur Hub//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:" + event.id + "@leercultuur-hub",
                "DTSTAMP:" + ICS_TIME.format(event.updatedAt),
                "DTSTART:" + ICS_TIME.format(event.startsAt),
                "DTEND:" + ICS_TIME.format(event.endsAt),
                "SUMMARY:" + icsText(event.title),
                "DESCRIPTION:" + icsText(event.description),
                event.location == null ? "LOCATION:" : "LOCATION:" + icsText(event.location),
                "END:VEVENT", "END:VCALENDAR", "");
    }

    private static String icsText(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    private static void apply(Event event, EventRequest request) {
        event.title = request.title().strip();
        event.description = request.description().strip();
        event.kind = request.kind();
        event.startsAt = request.startsAt();
        event.endsAt = request.endsAt();
        event.location = request.location() == null || request.location().isBlank() ? null : request.location().strip();
        event.capacity = request.capacity();
    }

    private Actor requireManager() {
        Actor actor = user.actor();
        if (!policy.canManageEvents(actor)) {
            throw ApiException.forbidden("hub.problem.forbidden.detail");
        }
        return actor;
    }

    private Actor requireRegistrant() {
        Actor actor = user.actor();
        if (!policy.canRegister(actor)) {
            throw ApiException.forbidden("hub.event.people-only");
        }
        return actor;
    }

    private Event find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("event", id));
    }

    private EventDto toDto(Actor actor, Event event) {
        return toDtos(actor, List.of(event)).get(0);
    }

    /** Events with their seat counts and the caller's registration: two queries for the whole list. */
    private List<EventDto> toDtos(Actor actor, List<Event> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(e -> e.id).toList();
        Map<UUID, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        registrations.getEntityManager().createQuery("select r.eventId, r.status, count(r) from EventRegistration r "
                        + "where r.eventId in :ids group by r.eventId, r.status", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(RegistrationStatus.class))
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        Map<UUID, RegistrationStatus> mine = new HashMap<>();
        if (actor.isSignedIn() && actor.subject() != null) {
            registrations.list("eventId in ?1 and subject = ?2", ids, actor.subject()).forEach(r -> mine.put(r.eventId, r.status));
        }
        return list.stream().map(event -> {
            Map<RegistrationStatus, Long> count = counts.getOrDefault(event.id, Map.of());
            return new EventDto(event.id, event.title, event.description, event.kind, event.startsAt, event.endsAt,
                    event.location, event.capacity, count.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                    count.getOrDefault(RegistrationStatus.WAITING, 0L), mine.get(event.id), event.version);
        }).toList();
    }
}
