package nl.leercultuur.hub.pilots.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntry", description = "A dated note in a pilot's journal")
public record JournalEntryDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 4000) String text,
        @Schema(required = true, maxLength = 200) String author,
        @Schema(required = true) Instant writtenAt,
        Instant editedAt,
        @Schema(required = true, description = "The caller wrote it and may still correct it (for a day)") boolean editable) {
}
