package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** An event of the programme with a number of seats. */
@Entity
@Table(name = "event")
public class Event extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 4000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EventKind kind;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(length = 300)
    public String location;

    @Column(nullable = false)
    public int capacity;
}
