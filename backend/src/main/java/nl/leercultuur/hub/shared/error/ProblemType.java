package nl.leercultuur.hub.shared.error;

import java.net.URI;

/** The problem types of the API: stable URIs that clients may switch on. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400),
    MALFORMED("malformed-request", "Malformed request", 400),
    UNAUTHORIZED("unauthorized", "Not signed in", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    GONE("gone", "No longer available", 410),
    PRECONDITION_FAILED("precondition-failed", "Version conflict", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "URL too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PRECONDITION_REQUIRED("precondition-required", "If-Match header required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    INTERNAL("internal", "Internal server error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    OTHER("about:blank", null, 0);

    private static final String BASE = "https://leercultuur-hub.nl/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return this == OTHER ? URI.create("about:blank") : URI.create(BASE + slug);
    }

    /** The English title (the default language). */
    public String title() {
        return title;
    }

    /** The title in the language of {@code messages}: key {@code hub.problem.<slug>}. */
    public String title(nl.leercultuur.hub.shared.i18n.Messages messages) {
        return this == OTHER ? null : messages.get("hub.problem." + slug);
    }

    public int status() {
        return status;
    }

    /** The type that fits a bare HTTP status (used when a framework exception carries only a status). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return OTHER;
    }
}
