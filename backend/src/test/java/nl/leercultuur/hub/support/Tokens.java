package nl.leercultuur.hub.support;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signed test tokens shaped like the Leercultuur realm's: realm roles in realm_access.roles, audience hub-api,
 * azp naming the client. Signed with the key the WireMock OIDC provider publishes.
 */
public final class Tokens {

    public record Identity(String subject, String username, String name, String email, Set<String> roles, String clientId) {
    }

    public static final Identity STAFF = new Identity("11111111-1111-4111-8111-111111111111", "staff",
            "Anna de Vries", "anna.devries@leercultuur.example", Set.of("staff"), "hub-web");
    public static final Identity PARTNER = new Identity("22222222-2222-4222-8222-222222222222", "partner",
            "Bram Jansen", "bram@bakkerij-jansen.example", Set.of("partner"), "hub-web");
    public static final Identity OTHER_PARTNER = new Identity("33333333-3333-4333-8333-333333333333", "partner2",
            "Carla Bos", "c.bos@roc-midden.example", Set.of("partner"), "hub-web");
    public static final Identity PARTNER_SYSTEM = new Identity("44444444-4444-4444-8444-444444444444",
            "service-account-hub-partner-demo", null, null, Set.of("partner"), "hub-partner-demo");
    public static final Identity NO_ROLES = new Identity("55555555-5555-4555-8555-555555555555", "norole",
            "Nina Zonderrol", null, Set.of(), "hub-web");

    private Tokens() {
    }

    public static String token(Identity who) {
        return builder(who, "hub-api", Instant.now().plus(Duration.ofMinutes(5))).sign("privateKey.jwk");
    }

    public static String tokenWithAudience(Identity who, String audience) {
        return builder(who, audience, Instant.now().plus(Duration.ofMinutes(5))).sign("privateKey.jwk");
    }

    public static String expiredToken(Identity who) {
        return Jwt.claims()
                .issuer("https://server.example.com")
                .subject(who.subject())
                .audience("hub-api")
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .claim("realm_access", Map.of("roles", List.copyOf(who.roles())))
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    private static io.smallrye.jwt.build.JwtSignatureBuilder builder(Identity who, String audience, Instant expires) {
        var claims = Jwt.claims()
                .issuer("https://server.example.com")
                .subject(who.subject())
                .audience(audience)
                .issuedAt(Instant.now())
                .expiresAt(expires)
                .claim("azp", who.clientId())
                .claim("preferred_username", who.username())
                .claim("realm_access", Map.of("roles", List.copyOf(who.roles())));
        if (who.name() != null) {
            claims.claim("name", who.name());
        }
        if (who.email() != null) {
            claims.claim("email", who.email());
        }
        return claims.jws().keyId("1");
    }
}
