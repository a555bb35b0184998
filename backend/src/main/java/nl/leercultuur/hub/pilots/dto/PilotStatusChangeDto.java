package nl.leercultuur.hub.pilots.dto;

import java.time.Instant;
import nl.leercultuur.hub.pilots.PilotStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PilotStatusChange", description = "One step of a pilot's history: from, to, why, who, when")
public record PilotStatusChangeDto(
        PilotStatus from,
        @Schema(required = true) PilotStatus to,
        @Schema(maxLength = 1000) String reason,
        @Schema(maxLength = 200) String by,
        @Schema(required = true) Instant at) {
}
