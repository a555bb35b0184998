package nl.leercultuur.hub.evaluations.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.Wave;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new measurement wave of a pilot (staff). */
@Schema(name = "MeasurementRequest")
public record MeasurementRequest(
        @Schema(description = "The instrument version to use; default the newest version of the Hub's own questionnaire") UUID instrumentId,
        @Schema(required = true) @NotNull(message = "{hub.required}") Wave wave,
        @Schema(required = true, minLength = 3, maxLength = 100, examples = "Nulmeting voorjaar 2027")
        @NotBlank(message = "{hub.required}") @Size(min = 3, max = 100, message = "{hub.size.between}") String label,
        @Schema(required = true, format = "date", maxLength = 10, examples = "2027-02-01") @NotNull(message = "{hub.required}") LocalDate opensOn,
        @Schema(required = true, format = "date", maxLength = 10, examples = "2027-02-21") @NotNull(message = "{hub.required}") LocalDate closesOn,
        @Schema(required = true, minimum = "5", maximum = "10000", description = "At most this many answers (a flood stops here)", examples = "60")
        @NotNull(message = "{hub.required}") @Min(value = 5, message = "{hub.cap.range}") @Max(value = 10_000, message = "{hub.cap.range}")
        Integer responseCap) {
}
