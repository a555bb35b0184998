package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The texts of an intervention type (POST and PUT; the code is in the path of PUT and never changes). */
@Schema(name = "InterventionTypeRequest")
public record InterventionTypeRequest(
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
}
