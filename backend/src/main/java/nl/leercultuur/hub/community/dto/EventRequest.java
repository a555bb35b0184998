package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.leercultuur.hub.community.EventKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventRequest", description = "A new event (staff)")
public record EventRequest(
        @Schema(required = true, minLength = 3, maxLength = 200, examples = "Expeditie Leercultuur 2027")
        @NotBlank(message = "{hub.required}") @Size(min = 3, max = 200, message = "{hub.size.between}") String title,
        @Schema(required = true, minLength = 10, maxLength = 4000)
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 4000, message = "{hub.size.between}") String description,
        @Schema(required = true) @NotNull(message = "{hub.required}") EventKind kind,
        @Schema(required = true, examples = "2027-03-18T09:30:00+01:00") @NotNull(message = "{hub.required}") Instant startsAt,
        @Schema(required = true, examples = "2027-03-18T16:30:00+01:00") @NotNull(message = "{hub.required}") Instant endsAt,
        @Schema(maxLength = 300, examples = "Jaarbeurs, Utrecht") @Size(max = 300, message = "{hub.size.max}") String location,
        @Schema(required = true, minimum = "1", maximum = "100000", examples = "150")
        @NotNull(message = "{hub.required}") @Min(value = 1, message = "{hub.capacity}") @Max(value = 100_000, message = "{hub.capacity}")
        Integer capacity) {
}
