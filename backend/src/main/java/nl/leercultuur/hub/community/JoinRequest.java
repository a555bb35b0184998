package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.shared.persistence.AuditedEntity;

/**
 * A visitor's request to join the community: for an existing organisation, or with a new organisation's details that
 * become an organisation when staff approve.
 */
@Entity
@Table(name = "join_request")
public class JoinRequest extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 320)
    public String email;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "new_org_name", length = 200)
    public String newOrganizationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_org_type", length = 30)
    public OrganizationType newOrganizationType;

    @Column(name = "new_org_kvk_number", length = 8)
    public String newOrganizationKvkNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_org_province", length = 30)
    public Province newOrganizationProvince;

    @Column(name = "new_org_website", length = 2000)
    public String newOrganizationWebsite;

    @Column(nullable = false, length = 2000)
    public String motivation;

    /** The applicant's language ("nl" or "en"): the answer and Keycloak's invitation are written in it. */
    @Column(nullable = false, length = 2)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public JoinRequestStatus status;

    @Column(name = "decline_reason", length = 1000)
    public String declineReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by_name", length = 200)
    public String decidedByName;

    /** The Keycloak account created on approval (the subject of the person's tokens). */
    @Column(name = "account_subject", length = 64)
    public String accountSubject;
}
