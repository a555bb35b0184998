package nl.leercultuur.hub.identity;

import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, as the API sees them. */
@Schema(name = "Me")
public record MeDto(
        @Schema(maxLength = 255, required = true, description = "Keycloak subject id (`sub`)") String subject,
        @Schema(maxLength = 255, description = "Keycloak username (`preferred_username`)") String username,
        @Schema(maxLength = 255, description = "Display name") String name,
        @Schema(maxLength = 320, description = "E-mail address, when the token carries it") String email,
        @Schema(maxItems = 2, required = true, description = "Realm roles of the caller: `staff` and/or `partner`") Set<@Size(max = 30) String> roles,
        @Schema(description = "The caller's member profile in the community, once they have one") UUID memberId,
        @Schema(description = "The organisation of the caller's member profile, once they have one") UUID organizationId,
        @Schema(maxLength = 255, description = "The client the token was issued to (`azp`)") String clientId,
        @Schema(required = true, description = "True for a partner system that signed in with client credentials") boolean partnerSystem) {
}
