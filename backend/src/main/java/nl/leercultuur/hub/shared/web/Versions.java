package nl.leercultuur.hub.shared.web;

import jakarta.ws.rs.core.EntityTag;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;

/** ETag / If-Match handling for optimistic locking: the ETag of a resource is its version, as `"<version>"`. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client claims to have edited, from an If-Match header such as {@code "3"} or {@code W/"3"}.
     * A missing header is 428, a malformed one 400.
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the If-Match header with the ETag you received when you read this resource, e.g. If-Match: \"3\".");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.MALFORMED,
                    "The If-Match header must hold the ETag of the resource, e.g. If-Match: \"3\".");
        }
    }

    /** 412 when the stored version is not the one the client edited. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "Someone else changed this resource since you read it (your version " + expected + ", current "
                            + actual + "). Reload it, apply your change again and resend.");
        }
    }
}
