package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's registration for an event: a seat, or a place on the waiting list. */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false, length = 64)
    public String subject;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 320)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** The language the person registered in ("nl" or "en"): their mails about this event are written in it. */
    @Column(nullable = false, length = 2)
    public String language;
}
