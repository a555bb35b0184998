package nl.leercultuur.hub.pilots.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.dto.KnowledgeItemRef;
import nl.leercultuur.hub.pilots.ParticipantRole;
import nl.leercultuur.hub.pilots.PilotAction;
import nl.leercultuur.hub.pilots.PilotStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pilot", description = "An intervention tried with partner organisations")
public record PilotDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) InterventionTypeRef interventionType,
        @Schema(required = true, maxLength = 4000) String intervention,
        @Schema(required = true, maxLength = 2000) String goal,
        @Schema(maxLength = 2000) String hypothesis,
        @Schema(maxLength = 500) String targetGroup,
        @Schema(required = true, maxItems = 50) List<Participant> organizations,
        @Schema(description = "The contact person") Contact contact,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(minimum = "0", maximum = "9999999999.99") BigDecimal costTotal,
        @Schema(minimum = "1", maximum = "100000") Integer participantCount,
        @Schema(minimum = "0", maximum = "9999999999.99", description = "costTotal / participantCount, when both are known") BigDecimal costPerParticipant,
        @Schema(required = true, maxItems = 20, description = "The knowledge items it builds on, as far as the caller may see them") List<KnowledgeItemRef> knowledgeItems,
        @Schema(required = true) PilotStatus status,
        @Schema(maxLength = 1000) String stopReason,
        @Schema(required = true, description = "Its evaluation is published: the pilot is public") boolean evaluationPublished,
        @Schema(required = true, maxItems = 3) List<PilotAction> allowedActions,
        @Schema(required = true, maxItems = 6, description = "The statuses the caller may move it to") List<PilotStatus> allowedTransitions,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", description = "The version, also sent as ETag") long version) {

    @Schema(name = "InterventionTypeRef")
    public record InterventionTypeRef(@Schema(required = true, maxLength = 60) String code, @Schema(required = true, maxLength = 120) String labelNl,
            @Schema(required = true, maxLength = 120) String labelEn) {
    }

    @Schema(name = "PilotParticipant")
    public record Participant(@Schema(required = true) UUID organizationId, @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true) ParticipantRole role) {
    }

    @Schema(name = "PilotContact")
    public record Contact(@Schema(required = true) UUID memberId, @Schema(required = true, maxLength = 200) String name) {
    }
}
