package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterventionType", description = "A type of intervention that pilots try, with its active ingredients")
public record InterventionTypeDto(
        @Schema(required = true) UUID id,
        @Schema(maxLength = 60, required = true, examples = "intervisie") String code,
        @Schema(maxLength = 120, required = true, examples = "Intercollegiaal leren en intervisie") String labelNl,
        @Schema(maxLength = 120, required = true, examples = "Peer learning and intervision") String labelEn,
        @Schema(maxLength = 2000, required = true) String descriptionNl,
        @Schema(maxLength = 2000, required = true) String descriptionEn,
        @Schema(required = true, maxItems = 10, description = "What is believed to make it work (Dutch)") List<@Size(max = 300) String> ingredientsNl,
        @Schema(required = true, maxItems = 10, description = "The same in English") List<@Size(max = 300) String> ingredientsEn,
        @Schema(minimum = "0", maximum = "9223372036854775807", required = true, description = "The version, also sent as ETag") long version) {
}
