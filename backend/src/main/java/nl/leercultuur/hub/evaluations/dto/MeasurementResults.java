package nl.leercultuur.hub.evaluations.dto;

import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.Wave;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementResults", description = "Per dimension and overall: n, mean and standard deviation of the wave, and for a "
        + "follow-up the change against the baseline with Hedges' g and its 95% interval. No figure of a group under "
        + "minimumGroup respondents is given (suppressed), and none while the wave still takes answers.")
public record MeasurementResults(
        @Schema(required = true) UUID measurementId,
        @Schema(required = true) Wave wave,
        @Schema(required = true, maxLength = 100) String label,
        @Schema(required = true, description = "The wave takes no more answers; until then there are no figures") boolean finished,
        @Schema(required = true, minimum = "5", maximum = "5", description = "The smallest group whose figures are shown") int minimumGroup,
        @Schema(required = true, maxItems = 21, description = "Per dimension, then the overall score (dimension \"overall\")") List<DimensionResult> dimensions,
        @Schema(description = "For a follow-up: the baseline it is compared with") UUID baselineMeasurementId,
        @Schema(required = true, maxItems = 21, description = "Per dimension and overall, against the baseline (empty for a baseline)")
        List<Comparison> comparison) {

    @Schema(name = "DimensionResult")
    public record DimensionResult(
            @Schema(required = true, maxLength = 60) String dimension,
            @Schema(required = true, maxLength = 200) String labelNl,
            @Schema(required = true, maxLength = 200) String labelEn,
            @Schema(required = true, description = "Fewer than minimumGroup respondents (or the wave is still open): no figures") boolean suppressed,
            @Schema(minimum = "5", maximum = "10000") Integer n,
            @Schema(minimum = "1", maximum = "5") Double mean,
            @Schema(minimum = "0", maximum = "4") Double sd) {
    }

    @Schema(name = "DimensionComparison")
    public record Comparison(
            @Schema(required = true, maxLength = 60) String dimension,
            @Schema(required = true) boolean suppressed,
            @Schema(minimum = "5", maximum = "10000", description = "Respondents with a score in the baseline") Integer baselineN,
            @Schema(minimum = "1", maximum = "5", description = "The baseline's mean") Double baselineMean,
            @Schema(minimum = "-4", maximum = "4", description = "Follow-up mean minus baseline mean") Double change,
            @Schema(minimum = "-100", maximum = "100", description = "Hedges' g (Borenstein et al. 2009, ch. 4)") Double hedgesG,
            @Schema(maxItems = 2, minItems = 2, description = "The 95% confidence interval of g: [low, high]") List<Double> ci95,
            @Schema(minimum = "0", maximum = "100", description = "The variance of g (for pooling)") Double varianceG) {
    }
}
