package nl.leercultuur.hub.shared.ratelimit;

import nl.leercultuur.hub.shared.security.Actor;

/**
 * Whose requests count together: a person by Keycloak subject, a partner system by client id (several systems of one
 * organisation each get their own budget), an anonymous caller by client address.
 */
final class CallerKey {

    private CallerKey() {
    }

    static String of(Actor actor, String clientAddress) {
        return switch (actor.kind()) {
            case VISITOR -> "address:" + clientAddress;
            case PARTNER_SYSTEM -> "client:" + actor.clientId();
            case PARTNER, STAFF -> "person:" + actor.subject();
        };
    }
}
