package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import java.util.UUID;
import nl.leercultuur.hub.community.JoinRequestStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JoinRequest", description = "A request to join the community (for the programme team)")
public record JoinRequestDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 320) String email,
        @Schema(description = "The organisation the applicant works at, when listed (or created on approval)") MemberDto.OrganizationRef organization,
        @Schema(description = "A new organisation's details, when the applicant's is not listed") NewOrganizationRequest newOrganization,
        @Schema(required = true, maxLength = 2000) String motivation,
        @Schema(required = true, maxLength = 2, description = "The applicant's language: nl or en") String language,
        @Schema(required = true) JoinRequestStatus status,
        @Schema(maxLength = 1000) String declineReason,
        Instant decidedAt,
        @Schema(maxLength = 200) String decidedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long version) {
}
