package nl.leercultuur.hub.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Which organisation a signed-in caller acts for. The community feature knows (members and linked partner systems);
 * shared code asks through this interface so that it never depends on a feature.
 */
public interface OrganizationResolver {

    /** The organisation of the person with this Keycloak subject, or of the partner system with this client id. */
    Optional<UUID> organizationOf(Actor actor);
}
