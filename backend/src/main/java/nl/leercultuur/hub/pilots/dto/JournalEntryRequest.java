package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntryRequest", description = "A note for a pilot's journal")
public record JournalEntryRequest(
        @Schema(required = true, minLength = 3, maxLength = 4000, examples = "Tweede bijeenkomst: de ploegleiders brachten zelf casussen mee.")
        @NotBlank(message = "{hub.required}") @Size(min = 3, max = 4000, message = "{hub.size.between}") String text) {
}
