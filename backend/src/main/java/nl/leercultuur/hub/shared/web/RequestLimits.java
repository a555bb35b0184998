package nl.leercultuur.hub.shared.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.Messages;
import jakarta.inject.Inject;
import nl.leercultuur.hub.shared.config.AppConfig;

/**
 * Size limits of a request, answered as problem+json before anything else runs: a URL longer than
 * {@code app.limits.max-url-length} (414), headers larger than {@code app.limits.max-header-size} (431), a body larger
 * than {@code app.limits.max-body-size} by its Content-Length (413). The HTTP server's own limits
 * ({@code quarkus.http.limits.*}) are set higher, so that these answers are the ones people meet.
 */
@ApplicationScoped
public class RequestLimits {

    @Inject
    AppConfig config;

    void install(@Observes Router router) {
        int maxUrlLength = config.limits().maxUrlLength();
        int maxHeaderSize = config.limits().maxHeaderSize();
        long maxBodySize = config.limits().maxBodySize();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            ProblemType refused = null;
            String detailKey = null;
            Object limit = null;
            if (request.uri().length() > maxUrlLength) {
                refused = ProblemType.URI_TOO_LONG;
                detailKey = "hub.limit.url";
                limit = maxUrlLength;
            } else if (headerSize(request) > maxHeaderSize) {
                refused = ProblemType.HEADERS_TOO_LARGE;
                detailKey = "hub.limit.headers";
                limit = maxHeaderSize;
            } else if (contentLength(request) > maxBodySize) {
                refused = ProblemType.PAYLOAD_TOO_LARGE;
                detailKey = "hub.limit.body";
                limit = maxBodySize;
            }
            if (refused == null) {
                context.next();
                return;
            }
            Messages messages = Messages.forRequest(request);
            String path = request.path() == null || request.path().length() > 200 ? null : request.path();
            Problem problem = new Problem(refused.uri(), refused.title(messages), refused.status(),
                    messages.get(detailKey, limit), path, null);
            context.response().setStatusCode(refused.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(problem));
        });
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
