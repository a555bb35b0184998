package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.community.EventKind;
import nl.leercultuur.hub.community.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "An event of the programme with its seats")
public record EventDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200, examples = "Expeditie Leercultuur 2027") String title,
        @Schema(required = true, maxLength = 4000) String description,
        @Schema(required = true) EventKind kind,
        @Schema(required = true) Instant startsAt,
        @Schema(required = true) Instant endsAt,
        @Schema(maxLength = 300) String location,
        @Schema(required = true, minimum = "1", maximum = "100000") int capacity,
        @Schema(required = true, minimum = "0", maximum = "100000") long seatsTaken,
        @Schema(required = true, minimum = "0", maximum = "100000") long waiting,
        @Schema(description = "The caller's registration, if any") RegistrationStatus myRegistration,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long version) {
}
