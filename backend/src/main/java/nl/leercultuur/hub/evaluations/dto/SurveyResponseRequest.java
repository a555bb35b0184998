package nl.leercultuur.hub.evaluations.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One respondent's answers: per item code 1 (strongly disagree) to 5 (strongly agree), or null for "don't know". */
@Schema(name = "SurveyResponseRequest")
public record SurveyResponseRequest(
        @Schema(required = true, maxProperties = 100, additionalProperties = SurveyResponseRequest.Score.class,
                description = "item code → 1..5, or null for don't know",
                examples = "{\"kh1\": 4, \"kh2\": null}")
        @NotNull(message = "{hub.required}") @Size(max = 100, message = "{hub.list.max}") Map<String, Integer> answers) {

    /** One answer: 1 (strongly disagree) to 5 (strongly agree), or null for "don't know" (for the OpenAPI document). */
    @Schema(name = "SurveyScore", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5",
            nullable = true, description = "1 strongly disagree … 5 strongly agree; null: don't know")
    public static final class Score {
        private Score() {
        }
    }
}
