package nl.leercultuur.hub.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.leercultuur.hub.shared.config.AppConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified bearer token. Anonymous callers have no subject and no roles.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final AppConfig config;
    private final OrganizationResolver organizations;
    private Actor actor;

    @Inject
    public CurrentUser(SecurityIdentity identity, AppConfig config, Instance<OrganizationResolver> organizations) {
        this.identity = identity;
        this.config = config;
        this.organizations = organizations.isResolvable() ? organizations.get() : null;
    }

    /** Without organisations: enough to tell callers apart (rate limits), not for access decisions. */
    public CurrentUser(SecurityIdentity identity, AppConfig config) {
        this.identity = identity;
        this.config = config;
        this.organizations = null;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isStaff() {
        return !isAnonymous() && identity.hasRole(Roles.STAFF);
    }

    public boolean isPartner() {
        return !isAnonymous() && identity.hasRole(Roles.PARTNER);
    }

    /** Signed in at all, with staff or partner role. */
    public boolean isMember() {
        return isStaff() || isPartner();
    }

    /** The Keycloak subject (`sub`), or empty for anonymous callers. */
    public Optional<String> subject() {
        return jwt().map(JsonWebToken::getSubject);
    }

    public String requireSubject() {
        return subject().orElseThrow(() -> new io.quarkus.security.UnauthorizedException());
    }

    public Optional<String> username() {
        return claim("preferred_username");
    }

    /** Display name: `name`, else given + family name, else the username or client id. */
    public Optional<String> displayName() {
        Optional<String> name = claim("name");
        if (name.isPresent()) {
            return name;
        }
        Optional<String> given = claim("given_name");
        Optional<String> family = claim("family_name");
        if (given.isPresent() || family.isPresent()) {
            return Optional.of((given.orElse("") + " " + family.orElse("")).trim());
        }
        return isPartnerSystem() ? clientId() : username();
    }

    public Optional<String> email() {
        return claim("email");
    }

    /** The client the token was issued to (`azp`). */
    public Optional<String> clientId() {
        return claim("azp");
    }

    /** A partner system: a token obtained with client credentials by a client that is not one of our login clients. */
    public boolean isPartnerSystem() {
        return clientId().filter(c -> !config.security().interactiveClients().contains(c)).isPresent();
    }

    /**
     * The caller for the access policies: staff before partner, a partner system when signed in with client credentials,
     * with the organisation they act for. Worked out once per request.
     */
    public Actor actor() {
        if (actor == null) {
            Actor known = caller();
            actor = organizations == null || !known.isSignedIn() ? known
                    : new Actor(known.kind(), known.subject(), known.name(), known.clientId(),
                            organizations.organizationOf(known).orElse(null));
        }
        return actor;
    }

    private Actor caller() {
        if (isAnonymous()) {
            return Actor.VISITOR;
        }
        Actor.Kind kind;
        if (isStaff()) {
            kind = Actor.Kind.STAFF;
        } else if (isPartner()) {
            kind = isPartnerSystem() ? Actor.Kind.PARTNER_SYSTEM : Actor.Kind.PARTNER;
        } else {
            return Actor.VISITOR; // signed in, but without a role of this realm: sees what visitors see
        }
        return new Actor(kind, requireSubject(), displayName().orElse(null), clientId().orElse(null));
    }

    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        for (String role : identity.getRoles()) {
            if (Roles.STAFF.equals(role) || Roles.PARTNER.equals(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private Optional<JsonWebToken> jwt() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    private Optional<String> claim(String name) {
        return jwt().map(t -> t.<Object>getClaim(name)).map(Object::toString).map(CurrentUser::unquote)
                .filter(s -> !s.isBlank());
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
