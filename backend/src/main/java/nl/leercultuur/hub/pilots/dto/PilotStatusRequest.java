package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.pilots.PilotStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PilotStatusRequest", description = "A move to another status; STOPPED needs a reason")
public record PilotStatusRequest(
        @Schema(required = true) @NotNull(message = "{hub.required}") PilotStatus status,
        @Schema(maxLength = 1000, description = "Why (required for STOPPED)") @Size(max = 1000, message = "{hub.size.max}") String reason) {
}
