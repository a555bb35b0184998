package nl.leercultuur.hub.shared.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;

/**
 * Conditional requests as HTTP defines them (RFC 9110, section 13), on the ETag of a resource, which is its version
 * ({@code "<version>"}, a strong tag). The comparison itself is JAX-RS's {@link Request#evaluatePreconditions(EntityTag)}:
 * {@code If-Match: *} matches any current representation, a weak or different tag does not (strong comparison),
 * and {@code If-None-Match} compares weakly.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Updates: If-Match is required (428 without it) and must match the current version (412 otherwise). */
    public static void requireMatch(Request request, HttpHeaders headers, long currentVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "hub.version.required");
        }
        checkMatch(request, currentVersion);
    }

    /** Optional preconditions: when the client sent If-Match (or If-None-Match), they must hold (412 otherwise). */
    public static void checkMatch(Request request, long currentVersion) {
        Response.ResponseBuilder failed;
        try {
            failed = request.evaluatePreconditions(etag(currentVersion));
        } catch (IllegalArgumentException malformed) {
            failed = Response.status(Response.Status.PRECONDITION_FAILED); // an unreadable tag matches nothing
        }
        if (failed != null) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(currentVersion));
        }
    }

    /**
     * Reads: the 304 Not Modified answer when If-None-Match matches the current version, else null (send the body with
     * {@link #etag(long)}).
     */
    public static Response notModified(Request request, long currentVersion) {
        try {
            Response.ResponseBuilder notModified = request.evaluatePreconditions(etag(currentVersion));
            return notModified == null ? null : notModified.tag(etag(currentVersion)).build();
        } catch (IllegalArgumentException malformed) {
            return null; // an unreadable If-None-Match matches nothing: send the representation
        }
    }
}
