package nl.leercultuur.hub.evaluations.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new instrument, or a new version of an existing code: the whole questionnaire (versions are never changed). */
@Schema(name = "InstrumentRequest")
public record InstrumentRequest(
        @Schema(required = true, maxLength = 60, description = "lowercase words joined by hyphens; an existing code gets a new version",
                examples = "leercultuur")
        @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{hub.code.format}") String code,
        @Schema(required = true, maxLength = 200) @NotBlank(message = "{hub.required}") @Size(max = 200, message = "{hub.size.max}") String nameNl,
        @Schema(required = true, maxLength = 200) @NotBlank(message = "{hub.required}") @Size(max = 200, message = "{hub.size.max}") String nameEn,
        @Schema(required = true, maxLength = 2000) @NotBlank(message = "{hub.required}") @Size(max = 2000, message = "{hub.size.max}") String descriptionNl,
        @Schema(required = true, maxLength = 2000) @NotBlank(message = "{hub.required}") @Size(max = 2000, message = "{hub.size.max}") String descriptionEn,
        @Schema(required = true, minItems = 1, maxItems = 20)
        @NotNull(message = "{hub.required}") @Size(min = 1, max = 20, message = "{hub.list.between}")
        List<@Valid @NotNull(message = "{hub.required}") DimensionRequest> dimensions,
        @Schema(required = true, minItems = 1, maxItems = 100)
        @NotNull(message = "{hub.required}") @Size(min = 1, max = 100, message = "{hub.list.between}")
        List<@Valid @NotNull(message = "{hub.required}") ItemRequest> items) {

    @Schema(name = "InstrumentDimensionRequest")
    public record DimensionRequest(
            @Schema(required = true, maxLength = 60) @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}")
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{hub.code.format}") String code,
            @Schema(required = true, maxLength = 200) @NotBlank(message = "{hub.required}") @Size(max = 200, message = "{hub.size.max}") String labelNl,
            @Schema(required = true, maxLength = 200) @NotBlank(message = "{hub.required}") @Size(max = 200, message = "{hub.size.max}") String labelEn) {
    }

    @Schema(name = "InstrumentItemRequest")
    public record ItemRequest(
            @Schema(required = true, maxLength = 60) @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}")
            @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{hub.code.format}") String code,
            @Schema(required = true, maxLength = 60, description = "The code of its dimension")
            @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}") String dimension,
            @Schema(required = true, maxLength = 300) @NotBlank(message = "{hub.required}") @Size(max = 300, message = "{hub.size.max}") String textNl,
            @Schema(required = true, maxLength = 300) @NotBlank(message = "{hub.required}") @Size(max = 300, message = "{hub.size.max}") String textEn,
            @Schema(description = "Agreeing signals a weaker learning culture") boolean reverseScored) {
    }
}
