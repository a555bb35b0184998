package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.community.MemberAction;
import nl.leercultuur.hub.community.ProfileVisibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", description = "A person in the community. E-mail and consent are shown only to the member and staff.")
public record MemberDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200, examples = "Bram Jansen") String name,
        @Schema(maxLength = 200, examples = "Eigenaar") String jobTitle,
        @Schema(description = "The member's organisation, if the caller may see it") OrganizationRef organization,
        @Schema(required = true, maxItems = 20) List<@Size(max = 100) String> expertise,
        @Schema(required = true, maxItems = 10, description = "theme codes") List<@Size(max = 60) String> themes,
        @Schema(maxLength = 2000) String bio,
        @Schema(required = true) ProfileVisibility visibility,
        @Schema(maxLength = 320, description = "Only for the member and staff") String email,
        @Schema(maxLength = 20, description = "The privacy text version consented to; only for the member and staff") String consentVersion,
        @Schema(description = "When consent was given; only for the member and staff") Instant consentAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, maxItems = 1) List<MemberAction> allowedActions) {

    @Schema(name = "OrganizationRef", description = "An organisation by id and name")
    public record OrganizationRef(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 200) String name) {
    }
}
