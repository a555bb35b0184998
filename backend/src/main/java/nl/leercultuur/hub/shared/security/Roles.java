package nl.leercultuur.hub.shared.security;

/** The realm roles of the Leercultuur Keycloak realm (read from the token's realm_access.roles). */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
