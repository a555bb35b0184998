package nl.leercultuur.hub.pilots;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One status change of a pilot: from, to, why, who and when. */
@Entity
@Table(name = "pilot_status_change")
public class PilotStatusChange {

    @Id
    public UUID id;

    @Column(name = "pilot_id", nullable = false)
    public UUID pilotId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public PilotStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public PilotStatus toStatus;

    @Column(length = 1000)
    public String reason;

    @Column(name = "actor_subject", length = 64)
    public String actorSubject;

    @Column(name = "actor_name", length = 200)
    public String actorName;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
