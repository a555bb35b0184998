package nl.leercultuur.hub.pilots.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pilot's details (POST by staff; PUT by staff and the people of an executing organisation). */
@Schema(name = "PilotRequest")
public record PilotRequest(
        @Schema(required = true, minLength = 3, maxLength = 200, examples = "Intervisie voor meewerkend voormannen")
        @NotBlank(message = "{hub.required}") @Size(min = 3, max = 200, message = "{hub.size.between}") String title,
        @Schema(required = true, maxLength = 60, description = "An intervention type's code (GET /api/v1/intervention-types)", examples = "intervisie")
        @NotBlank(message = "{hub.required}") @Size(max = 60, message = "{hub.size.max}") String interventionTypeCode,
        @Schema(required = true, minLength = 10, maxLength = 4000, description = "What is done, by whom, how often")
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 4000, message = "{hub.size.between}") String intervention,
        @Schema(required = true, minLength = 10, maxLength = 2000)
        @NotBlank(message = "{hub.required}") @Size(min = 10, max = 2000, message = "{hub.size.between}") String goal,
        @Schema(maxLength = 2000, description = "What the pilot expects to change, and why") @Size(max = 2000, message = "{hub.size.max}") String hypothesis,
        @Schema(maxLength = 500, examples = "Meewerkend voormannen in de installatietechniek") @Size(max = 500, message = "{hub.size.max}") String targetGroup,
        @Schema(maxItems = 50, description = "The organisations taking part (at most 50), each once")
        @Size(max = 50, message = "{hub.list.max}") List<@Valid @NotNull(message = "{hub.required}") PilotOrganizationRequest> organizations,
        @Schema(description = "The contact person: a member of one of the organisations taking part") UUID contactMemberId,
        @Schema(format = "date", maxLength = 10, examples = "2027-02-01") LocalDate startsOn,
        @Schema(format = "date", maxLength = 10, examples = "2027-07-01") LocalDate endsOn,
        @Schema(minimum = "0", maximum = "9999999999.99", description = "Total cost in euros", examples = "18500.00")
        @DecimalMin(value = "0", message = "{hub.cost.range}") @DecimalMax(value = "9999999999.99", message = "{hub.cost.range}")
        @Digits(integer = 10, fraction = 2, message = "{hub.cost.range}") BigDecimal costTotal,
        @Schema(minimum = "1", maximum = "100000", description = "How many people take part (for the cost per participant)", examples = "24")
        @Min(value = 1, message = "{hub.participants.range}") @Max(value = 100_000, message = "{hub.participants.range}") Integer participantCount,
        @Schema(maxItems = 20, description = "The knowledge items the pilot builds on")
        @Size(max = 20, message = "{hub.list.max}") List<UUID> knowledgeItemIds) {
}
