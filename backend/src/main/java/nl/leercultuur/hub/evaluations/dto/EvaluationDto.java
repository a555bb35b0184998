package nl.leercultuur.hub.evaluations.dto;

import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation", description = "The evaluation of a pilot: results, lessons and the decision")
public record EvaluationDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID pilotId,
        @Schema(maxLength = 4000) String whatWorked,
        @Schema(maxLength = 4000) String whatDidNot,
        @Schema(maxLength = 4000) String barriers,
        @Schema(maxLength = 4000) String enablers,
        @Schema(maxLength = 4000) String conclusion,
        Decision decision,
        @Schema(maxLength = 4000) String rationale,
        @Schema(description = "When it was published; absent while it is being written") Instant publishedAt,
        @Schema(description = "The practice example in the knowledge bank written from it (when published)") UUID knowledgeItemId,
        @Schema(description = "The results of the pilot's latest finished follow-up (else baseline), as far as they may be shown")
        MeasurementResults results,
        @Schema(required = true, description = "The caller may change and publish it") boolean editable,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", description = "The version, also sent as ETag") long version) {
}
