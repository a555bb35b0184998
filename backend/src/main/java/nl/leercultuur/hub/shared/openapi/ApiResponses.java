package nl.leercultuur.hub.shared.openapi;

/** Descriptions reused by the @APIResponse annotations of every resource. */
public final class ApiResponses {

    public static final String BAD_REQUEST = "Invalid input: see `errors` for the fields";
    public static final String UNAUTHORIZED = "No or invalid bearer token";
    public static final String FORBIDDEN = "Signed in, but without the role this needs";
    public static final String NOT_FOUND = "No such resource, or not visible to the caller";
    public static final String CONFLICT = "Conflicts with the current state";
    public static final String PRECONDITION_FAILED = "If-Match does not match the current version (someone else changed it)";
    public static final String UNAVAILABLE = "A service the API needs (Keycloak) did not answer; nothing was changed, try again later";
    public static final String PRECONDITION_REQUIRED = "If-Match header missing";

    private ApiResponses() {
    }
}
