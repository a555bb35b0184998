package nl.leercultuur.hub.pilots.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page envelope of the journal, named for OpenAPI. */
@Schema(name = "JournalPage")
public record JournalPage(
        @Schema(required = true, maxItems = 100) List<JournalEntryDto> items,
        @Schema(minimum = "0", maximum = "100000", required = true) int page,
        @Schema(minimum = "1", maximum = "100", required = true) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true) long totalItems,
        @Schema(minimum = "0", maximum = "2147483647", required = true) int totalPages) {
}
