package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import nl.leercultuur.hub.community.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventRegistration", description = "One person on an event's attendance list (staff)")
public record EventRegistrationDto(
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxLength = 320) String email,
        @Schema(required = true) RegistrationStatus status,
        @Schema(required = true) Instant registeredAt) {
}
