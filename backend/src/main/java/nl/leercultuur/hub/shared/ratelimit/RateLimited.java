package nl.leercultuur.hub.shared.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method under a named, stricter per-caller limit ({@code app.rate-limits.<name>.*}) on top of the
 * default limit that every /api/v1 request has.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The bucket: {@code search}, {@code export} or {@code anonymous-write} (configured in application.properties). */
    String value();
}
