package nl.leercultuur.hub.evaluations.dto;

import jakarta.validation.constraints.Size;
import nl.leercultuur.hub.evaluations.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation's texts and decision (staff); all may stay empty while it is written, publishing needs them. */
@Schema(name = "EvaluationRequest")
public record EvaluationRequest(
        @Schema(maxLength = 4000, description = "What worked") @Size(max = 4000, message = "{hub.size.max}") String whatWorked,
        @Schema(maxLength = 4000, description = "What did not work") @Size(max = 4000, message = "{hub.size.max}") String whatDidNot,
        @Schema(maxLength = 4000) @Size(max = 4000, message = "{hub.size.max}") String barriers,
        @Schema(maxLength = 4000) @Size(max = 4000, message = "{hub.size.max}") String enablers,
        @Schema(maxLength = 4000) @Size(max = 4000, message = "{hub.size.max}") String conclusion,
        Decision decision,
        @Schema(maxLength = 4000, description = "Why this decision") @Size(max = 4000, message = "{hub.size.max}") String rationale) {
}
