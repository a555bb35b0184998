package nl.leercultuur.hub.evaluations.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.Wave;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Measurement", description = "A measurement wave of a pilot with its anonymous survey link")
public record MeasurementDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID pilotId,
        @Schema(required = true) InstrumentRef instrument,
        @Schema(required = true) Wave wave,
        @Schema(required = true, maxLength = 100, examples = "Nulmeting voorjaar 2027") String label,
        @Schema(required = true) LocalDate opensOn,
        @Schema(required = true) LocalDate closesOn,
        @Schema(required = true, minimum = "5", maximum = "10000") int responseCap,
        @Schema(required = true, minimum = "0", maximum = "10000", description = "How many answered so far") int responseCount,
        @Schema(required = true, description = "Closed early by staff") boolean closed,
        @Schema(required = true, description = "Takes answers today") boolean open,
        @Schema(required = true, description = "Takes no more answers: its results can be shown") boolean finished,
        @Schema(maxLength = 64, description = "The survey link's token (GET /api/v1/surveys/{token}); for staff and the people of the "
                + "organisations taking part, who hand it to employees") String surveyToken,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long version) {

    @Schema(name = "InstrumentRef")
    public record InstrumentRef(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 60) String code,
            @Schema(required = true, minimum = "1", maximum = "1000") int versionNumber, @Schema(required = true, maxLength = 200) String nameNl,
            @Schema(required = true, maxLength = 200) String nameEn) {
    }
}
