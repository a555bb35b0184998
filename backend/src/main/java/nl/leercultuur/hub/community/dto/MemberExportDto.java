package nl.leercultuur.hub.community.dto;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.community.ProfileVisibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberExport", description = "Everything the Hub holds about the caller (GDPR article 15 and 20)")
public record MemberExportDto(
        @Schema(required = true) Instant exportedAt,
        @Schema(required = true, maxLength = 64) String subject,
        @Schema(required = true) Profile profile,
        @Schema(required = true, description = "Per feature, what it holds about you: contributions, workflow steps, changes")
        Map<String, Map<String, Object>> contributions) {

    @Schema(name = "MemberExportProfile")
    public record Profile(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(maxLength = 320) String email,
            @Schema(maxLength = 200) String jobTitle,
            MemberDto.OrganizationRef organization,
            @Schema(required = true, maxItems = 20) List<@Size(max = 100) String> expertise,
            @Schema(required = true, maxItems = 10) List<@Size(max = 60) String> themes,
            @Schema(maxLength = 2000) String bio,
            @Schema(required = true) ProfileVisibility visibility,
            @Schema(required = true, maxLength = 20) String consentVersion,
            @Schema(required = true) Instant consentAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }
}
