package nl.leercultuur.hub.identity;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, as the API sees them. */
@Schema(name = "Me")
public record MeDto(
        @Schema(required = true, description = "Keycloak subject id (`sub`)") String subject,
        @Schema(description = "Keycloak username (`preferred_username`)") String username,
        @Schema(description = "Display name") String name,
        @Schema(description = "E-mail address, when the token carries it") String email,
        @Schema(required = true, description = "Realm roles of the caller: `staff` and/or `partner`") Set<String> roles,
        @Schema(description = "The caller's member profile in the community, once they have one") UUID memberId,
        @Schema(description = "The organisation of the caller's member profile, once they have one") UUID organizationId,
        @Schema(description = "The client the token was issued to (`azp`)") String clientId,
        @Schema(required = true, description = "True for a partner system that signed in with client credentials") boolean partnerSystem) {
}
