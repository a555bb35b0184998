package nl.leercultuur.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner system (a Keycloak client with client credentials) and the organisation it acts for. */
@Entity
@Table(name = "partner_system")
public class PartnerSystem {

    @Id
    @Column(name = "client_id", nullable = false, length = 255)
    public String clientId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
