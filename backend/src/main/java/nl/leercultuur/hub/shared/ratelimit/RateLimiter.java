package nl.leercultuur.hub.shared.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per caller and bucket name (Bucket4j), kept in memory for callers seen in the last hour (at most
 * {@value #MAX_CALLERS} buckets, least recently used forgotten first). The counts are per replica: with N replicas
 * behind a load balancer a caller gets at most N times the limit. Limits that must hold across replicas (anonymous
 * writes) need a shared store: Bucket4j's PostgreSQL proxy manager plugs in behind {@link #consume}.
 */
@ApplicationScoped
public class RateLimiter {

    static final int MAX_CALLERS = 100_000;

    /** The outcome for the strictest bucket that applied. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CALLERS)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** Takes one request from each named bucket of this caller; refused when any of them is empty. */
    public Decision consume(String callerKey, List<String> bucketNames) {
        Decision strictest = null;
        for (String name : bucketNames) {
            RateLimitConfig.Limit limit = config.buckets().get(name);
            if (limit == null) {
                throw new IllegalStateException("No rate limit configured for bucket '" + name + "' (app.rate-limits." + name + ".*)");
            }
            Bucket bucket = buckets.get(name + "|" + callerKey, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            Decision decision = new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
            if (!decision.allowed()) {
                return decision;
            }
            if (strictest == null || decision.remaining() < strictest.remaining()) {
                strictest = decision;
            }
        }
        return strictest;
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
