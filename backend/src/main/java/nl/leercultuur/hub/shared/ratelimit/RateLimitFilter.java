package nl.leercultuur.hub.shared.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.leercultuur.hub.shared.config.AppConfig;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.Messages;
import nl.leercultuur.hub.shared.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the rate limits before any work is done: the {@code default} bucket to every /api/v1 request, plus the
 * method's {@link RateLimited} bucket. Every answer says where the caller stands ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} in seconds); a refused request gets 429 problem+json with
 * {@code Retry-After}.
 */
public class RateLimitFilter {

    static final String DEFAULT = "default";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AppConfig config;

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        if (!request.path().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        RateLimited named = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RateLimited.class);
        List<String> buckets = named == null ? List.of(DEFAULT) : List.of(DEFAULT, named.value());
        return identities.getDeferredIdentity().map(identity -> {
            String caller = CallerKey.of(new CurrentUser(identity, config).actor(), request.remoteAddress().host());
            RateLimiter.Decision decision = limiter.consume(caller, buckets);
            context.setProperty(DECISION, decision);
            return decision.allowed() ? null : tooManyRequests(decision, request);
        });
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private static Response tooManyRequests(RateLimiter.Decision decision, HttpServerRequest request) {
        Messages messages = Messages.forRequest(request);
        ProblemType type = ProblemType.TOO_MANY_REQUESTS;
        Problem problem = new Problem(type.uri(), type.title(messages), 429,
                messages.get("hub.rate-limit.detail", decision.retryAfterSeconds()), request.path(), null);
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Retry-After", decision.retryAfterSeconds())
                .build();
    }

}
