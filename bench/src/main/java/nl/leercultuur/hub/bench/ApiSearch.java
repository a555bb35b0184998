package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API side: {@code GET /api/v1/knowledge-items?...} as an anonymous visitor, body read completely. */
final class ApiSearch {

    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final HttpClient client;
    private final String baseUrl;

    ApiSearch(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpRequest request(BenchQuery query) {
        String qs = query.queryString();
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/knowledge-items" + (qs.isEmpty() ? "" : "?" + qs)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    /** Sends the request and returns the response body; anything but 200 is an error. */
    String call(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    /** totalItems of a page envelope. */
    static long totalItems(String body) {
        Matcher m = TOTAL.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no totalItems in the answer: " + abbreviate(body));
        }
        return Long.parseLong(m.group(1));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
