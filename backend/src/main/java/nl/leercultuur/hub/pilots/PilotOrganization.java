package nl.leercultuur.hub.pilots;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** An organisation taking part in a pilot, with its role (a row of pilot_organization). */
@Embeddable
public class PilotOrganization {

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ParticipantRole role;

    public PilotOrganization() {
    }

    public PilotOrganization(UUID organizationId, ParticipantRole role) {
        this.organizationId = organizationId;
        this.role = role;
    }
}
