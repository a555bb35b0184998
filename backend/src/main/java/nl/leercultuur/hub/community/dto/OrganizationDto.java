package nl.leercultuur.hub.community.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.community.MemberAction;
import nl.leercultuur.hub.community.OrganizationType;
import nl.leercultuur.hub.community.ProfileVisibility;
import nl.leercultuur.hub.community.Province;
import nl.leercultuur.hub.community.SizeClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "An organisation of the community.")
public record OrganizationDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200, examples = "Bakkerij Jansen B.V.") String name,
        @Schema(required = true) OrganizationType type,
        @Schema(maxLength = 8, description = "KvK (Chamber of Commerce) number, 8 digits", examples = "12345678") String kvkNumber,
        @Schema(maxLength = 100, examples = "voedingsmiddelen") String sector,
        SizeClass sizeClass,
        @Schema(required = true) Province province,
        @Schema(maxLength = 2000, examples = "https://www.bakkerij-jansen.example") String website,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true) ProfileVisibility visibility,
        @Schema(required = true, minimum = "0", maximum = "100000", description = "Members the caller may see") long memberCount,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", description = "Send as If-Match (\"<version>\") when updating") long version,
        @Schema(required = true, maxItems = 1, description = "What the caller may do with this organisation now") List<MemberAction> allowedActions) {
}
