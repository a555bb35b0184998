package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new intervention type: its code (fixed once created) and its texts, as in {@link InterventionTypeRequest}. */
@Schema(name = "CreateInterventionTypeRequest")
public record CreateInterventionTypeRequest(
        @Schema(required = true, maxLength = 60, description = "lowercase words joined by hyphens", examples = "praktijkleren")
        @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{hub.code.format}") String code,

        @Schema(required = true, maxLength = 120, examples = "Intercollegiaal leren en intervisie")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelNl,
        @Schema(required = true, maxLength = 120, examples = "Peer learning and intervision")
        @NotBlank(message = "{hub.required}") @Size(max = 120, message = "{hub.size.max}") String labelEn,
        @Schema(required = true, minLength = 10, maxLength = 2000)
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 2000, message = "{hub.size.between}") String descriptionNl,
        @Schema(required = true, minLength = 10, maxLength = 2000)
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 2000, message = "{hub.size.between}") String descriptionEn,
        @Schema(required = true, maxItems = 10, description = "Active ingredients in Dutch: what is believed to make it work")
        @NotNull(message = "{hub.required}") @Size(max = 10, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.required}") @Size(max = 300, message = "{hub.size.max}") String> ingredientsNl,
        @Schema(required = true, maxItems = 10, description = "The same in English, in the same order")
        @NotNull(message = "{hub.required}") @Size(max = 10, message = "{hub.list.max}")
        List<@NotBlank(message = "{hub.required}") @Size(max = 300, message = "{hub.size.max}") String> ingredientsEn) {

    /** The texts, as a PUT would send them. */
    public InterventionTypeRequest texts() {
        return new InterventionTypeRequest(labelNl, labelEn, descriptionNl, descriptionEn, ingredientsNl, ingredientsEn);
    }
}
