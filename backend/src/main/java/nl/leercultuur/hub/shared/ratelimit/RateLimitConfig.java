package nl.leercultuur.hub.shared.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.Map;

/**
 * The rate limits (prefix {@code app.rate-limits}): per bucket how many requests one caller may make per period, e.g.
 * {@code app.rate-limits.search.capacity=120} and {@code app.rate-limits.search.period=1M}. The bucket {@code default}
 * applies to every /api/v1 request.
 */
@ConfigMapping(prefix = "app.rate-limits")
public interface RateLimitConfig {

    @WithParentName
    Map<String, Limit> buckets();

    interface Limit {
        /** Requests per period (the bucket's size; it refills evenly over the period). */
        long capacity();

        Duration period();
    }
}
