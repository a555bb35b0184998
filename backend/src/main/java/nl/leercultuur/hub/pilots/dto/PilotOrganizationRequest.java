package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.leercultuur.hub.pilots.ParticipantRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PilotOrganizationRequest", description = "An organisation taking part, with its role")
public record PilotOrganizationRequest(
        @Schema(required = true) @NotNull(message = "{hub.required}") UUID organizationId,
        @Schema(required = true) @NotNull(message = "{hub.required}") ParticipantRole role) {
}
