package nl.leercultuur.hub.evaluations.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstrumentPage")
public record InstrumentPage(
        @Schema(required = true, maxItems = 100) List<InstrumentDto> items,
        @Schema(minimum = "0", maximum = "100000", required = true) int page,
        @Schema(minimum = "1", maximum = "100", required = true) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true) long totalItems,
        @Schema(minimum = "0", maximum = "2147483647", required = true) int totalPages) {
}
