package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Declining a join request; the reason (optional) is mailed to the applicant. */
@Schema(name = "JoinRequestDecline")
public record JoinRequestDecline(
        @Schema(maxLength = 1000, description = "Mailed to the applicant with the answer")
        @Size(max = 1000, message = "{hub.size.max}") String reason) {
}
