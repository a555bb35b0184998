package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/** An idea for the programme from a member or a visitor, with the programme team's answer. */
@Entity
@Table(name = "idea")
public class Idea extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 4000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IdeaStatus status;

    @Column(length = 4000)
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_name", length = 200)
    public String answeredByName;

    @Column(name = "submitted_by_subject", length = 64)
    public String submittedBySubject;

    @Column(name = "submitted_by_name", length = 200)
    public String submittedByName;

    /** A visitor's e-mail address for the answer (optional). */
    @Column(name = "contact_email", length = 320)
    public String contactEmail;

    @Column(name = "organization_id")
    public UUID organizationId;
}
