package nl.leercultuur.hub.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;

/** One workflow transition of a knowledge item (append-only). */
@Entity
@Table(name = "knowledge_item_status_change")
public class KnowledgeStatusChange {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false, updatable = false)
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    public KnowledgeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    public KnowledgeStatus toStatus;

    @Column(length = 2000, updatable = false)
    public String comment;

    @Column(name = "actor_subject", length = 64, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", length = 200, updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public Instant at;
}
