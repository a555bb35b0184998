package nl.leercultuur.hub.evaluations.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Instrument", description = "A learning-culture questionnaire in one version: its dimensions and items in Dutch and English")
public record InstrumentDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 60, examples = "leercultuur") String code,
        @Schema(required = true, minimum = "1", maximum = "1000", description = "The instrument's version; a measurement keeps its version") int versionNumber,
        @Schema(required = true, description = "The newest version of this code") boolean latest,
        @Schema(required = true, maxLength = 200) String nameNl,
        @Schema(required = true, maxLength = 200) String nameEn,
        @Schema(required = true, maxLength = 2000) String descriptionNl,
        @Schema(required = true, maxLength = 2000) String descriptionEn,
        @Schema(required = true, maxItems = 20) List<Dimension> dimensions,
        @Schema(required = true, maxItems = 100) List<Item> items,
        @Schema(required = true) Instant createdAt) {

    @Schema(name = "InstrumentDimension")
    public record Dimension(@Schema(required = true, maxLength = 60) String code, @Schema(required = true, maxLength = 200) String labelNl,
            @Schema(required = true, maxLength = 200) String labelEn) {
    }

    @Schema(name = "InstrumentItem", description = "A statement rated 1 (strongly disagree) to 5 (strongly agree), or not at all (don't know)")
    public record Item(@Schema(required = true, maxLength = 60) String code, @Schema(required = true, maxLength = 60) String dimension,
            @Schema(required = true, maxLength = 300) String textNl, @Schema(required = true, maxLength = 300) String textEn,
            @Schema(required = true, description = "Agreeing signals a weaker learning culture: the score counts as 6 − score") boolean reverseScored) {
    }
}
