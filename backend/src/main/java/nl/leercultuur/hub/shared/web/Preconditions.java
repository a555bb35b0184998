package nl.leercultuur.hub.shared.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;

/**
 * Conditional requests as RFC 9110 (section 13.1) defines them, on the ETag of a resource, which is its version as a
 * strong tag ({@code "3"}). {@code If-Match} uses the strong comparison: {@code *} matches any current
 * representation, {@code "3"} matches version 3, a weak tag ({@code W/"3"}) or anything unreadable matches nothing
 * (412). {@code If-None-Match} uses the weak comparison and answers 304 on reads. The comparison is written here rather
 * than left to {@code Request.evaluatePreconditions}, whose If-None-Match check compares strongly.
 */
public final class Preconditions {

    /** One entity-tag of a list: optional weak prefix, then the opaque tag in quotes. */
    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Updates: If-Match is required (428 without it) and must match the current version (412 otherwise). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "hub.version.required");
        }
        checkMatch(ifMatch, currentVersion);
    }

    /** An If-Match header the client sent must match the current version (strong comparison), else 412. */
    public static void checkMatch(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion, false)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(currentVersion));
        }
    }

    /** Reads: 304 Not Modified when If-None-Match matches the current version (weak comparison), else null. */
    public static Response notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || !matches(ifNoneMatch, currentVersion, true)) {
            return null;
        }
        return Response.notModified(etag(currentVersion)).build();
    }

    /**
     * An update under If-Match: 428 without it, 412 when it does not match {@code currentVersion}; otherwise
     * {@code update} runs with that version and the answer is 200 with the updated resource and its new ETag.
     */
    public static <T> Response update(String ifMatch, long currentVersion, java.util.function.LongFunction<T> update,
            java.util.function.ToLongFunction<T> versionOf) {
        requireMatch(ifMatch, currentVersion);
        T updated = update.apply(currentVersion);
        return Response.ok(updated).tag(etag(versionOf.applyAsLong(updated))).build();
    }

    /** A read of one resource: 304 when If-None-Match matches its version, else 200 with the resource and its ETag. */
    public static Response conditionalGet(String ifNoneMatch, long currentVersion, Object entity) {
        Response notModified = notModified(ifNoneMatch, currentVersion);
        return notModified != null ? notModified : Response.ok(entity).tag(etag(currentVersion)).build();
    }

    /** Does a header value ({@code *} or a list of entity-tags) match the version's tag? */
    static boolean matches(String header, long version, boolean weakComparison) {
        String value = header.strip();
        if (value.equals("*")) {
            return true;
        }
        String current = Long.toString(version);
        Matcher tag = ENTITY_TAG.matcher(value);
        int position = 0;
        while (position < value.length() && tag.find(position) && tag.start() == position) {
            boolean weak = tag.group(1) != null;
            if ((weakComparison || !weak) && tag.group(2).equals(current)) {
                return true;
            }
            position = tag.end();
        }
        return false;
    }
}
