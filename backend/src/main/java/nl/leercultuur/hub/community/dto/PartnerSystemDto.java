package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerSystem", description = "A partner system (Keycloak client with client credentials) and the organisation it acts for")
public record PartnerSystemDto(
        @Schema(required = true, maxLength = 255, examples = "hub-partner-demo") String clientId,
        @Schema(required = true) UUID organizationId,
        @Schema(required = true) Instant linkedAt) {
}
