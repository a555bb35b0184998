package nl.leercultuur.hub.evaluations.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationList", description = "A pilot's evaluations, oldest first")
public record EvaluationList(@Schema(required = true, maxItems = 100) List<EvaluationDto> items) {
}
