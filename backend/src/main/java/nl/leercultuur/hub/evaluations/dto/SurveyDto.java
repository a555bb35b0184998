package nl.leercultuur.hub.evaluations.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Survey", description = "An open questionnaire for anonymous respondents")
public record SurveyDto(
        @Schema(required = true, maxLength = 100) String label,
        @Schema(required = true, maxLength = 200, description = "The pilot it measures") String pilotTitle,
        @Schema(required = true, description = "The last day to answer") LocalDate closesOn,
        @Schema(required = true) InstrumentDto instrument,
        @Schema(required = true, description = "This browser already answered (it sent the survey's marker cookie)") boolean alreadyAnswered) {
}
