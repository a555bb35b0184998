package nl.leercultuur.hub.evaluations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** The evaluation of a pilot: what worked and what did not, barriers, enablers, the conclusion and the decision. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends AuditedEntity {

    @Column(name = "pilot_id", nullable = false, updatable = false)
    public UUID pilotId;

    @Column(name = "what_worked", length = 4000)
    public String whatWorked;

    @Column(name = "what_did_not", length = 4000)
    public String whatDidNot;

    @Column(length = 4000)
    public String barriers;

    @Column(length = 4000)
    public String enablers;

    @Column(length = 4000)
    public String conclusion;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Decision decision;

    @Column(length = 4000)
    public String rationale;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "knowledge_item_id")
    public UUID knowledgeItemId;
}
