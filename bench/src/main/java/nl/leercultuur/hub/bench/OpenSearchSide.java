package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leercultuur.hub.knowledge.KnowledgeAccessPolicy;
import nl.leercultuur.hub.knowledge.KnowledgeScope;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchIndex;
import nl.leercultuur.hub.knowledge.search.KnowledgeSearchRequest;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;
import nl.leercultuur.hub.shared.security.Actor;

/**
 * The search engine's side: the API's own OpenSearch index (alias {@value #ALIAS}, kept by Hibernate Search from
 * {@code KnowledgeItem}) on the node the API uses, and for each benchmark search the exact request the API sends
 * for it, built by the backend's own {@link KnowledgeSearchRequest#page} with an anonymous visitor's scope. So this
 * side measures what the engine costs the API per search; the rest of the API's time is HTTP, the page's rows from
 * PostgreSQL by id ({@link ByIdSql}) and the JSON it writes (and the stop-word check when a search finds nothing).
 */
final class OpenSearchSide {

    /** The alias the API searches (Hibernate Search's read alias of the API's index). */
    static final String ALIAS = KnowledgeSearchIndex.READ_ALIAS;

    /** What an anonymous visitor may find: published and public items. */
    static final KnowledgeScope VISITOR = new KnowledgeAccessPolicy().listScope(Actor.VISITOR, false);

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)");
    private static final Pattern TOOK = Pattern.compile("\"took\"\\s*:\\s*(\\d+)");
    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"_id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

    /** One answer: the exact total, the engine's own time ({@code took}, ms) and the page's ids in order. */
    record Answer(long total, long tookMillis, List<UUID> ids) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    OpenSearchSide(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The request body the API sends for these (effective) criteria. */
    static String request(SearchCriteria criteria) {
        return KnowledgeSearchRequest.page(criteria, VISITOR);
    }

    /** Sends a request body (from {@link #request}) to the API's index; the whole answer is read. */
    Answer search(String body) throws IOException, InterruptedException {
        String answer = send("POST", "/" + ALIAS + "/_search?filter_path=" + KnowledgeSearchRequest.FILTER_PATH, body);
        Matcher total = TOTAL.matcher(answer);
        if (!total.find()) {
            throw new IllegalStateException("no total in the answer: " + answer.substring(0, Math.min(300, answer.length())));
        }
        Matcher took = TOOK.matcher(answer);
        List<UUID> ids = new ArrayList<>();
        Matcher id = ID.matcher(answer);
        while (id.find()) {
            ids.add(UUID.fromString(id.group(1)));
        }
        return new Answer(Long.parseLong(total.group(1)), took.find() ? Long.parseLong(took.group(1)) : -1, ids);
    }

    /** The number of items in the API's index (0 while it does not exist yet). */
    long indexed() throws IOException, InterruptedException {
        HttpResponse<String> response = call("GET", "/" + ALIAS + "/_count", null);
        if (response.statusCode() == 404) {
            return 0;
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("GET /" + ALIAS + "/_count answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        Matcher m = COUNT.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no count in the answer: " + abbreviate(response.body()));
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Waits until the API's index holds as many items as the table ({@code rows}) and {@code done} agrees (the API's
     * log says the rebuild ended); the API rebuilds the index in the background at start when it is behind the table.
     * Polls every 250 ms, logs the progress every 10 s, fails after {@code timeout}. Returns the milliseconds from
     * {@code sinceEpochMillis} (the API was ready) until the index was found complete.
     */
    long awaitComplete(LongSupplier rows, BooleanSupplier done, long sinceEpochMillis, Duration timeout)
            throws Exception {
        long start = System.currentTimeMillis();
        long deadline = start + timeout.toMillis();
        long nextLog = start;
        while (true) {
            long expected = rows.getAsLong();
            long indexed = indexed();
            long now = System.currentTimeMillis();
            if (indexed == expected && done.getAsBoolean()) {
                SearchBenchmark.log("the API's index holds all %,d items", indexed);
                return now - sinceEpochMillis;
            }
            if (now >= deadline) {
                throw new IllegalStateException(String.format(Locale.ROOT, "the API's index holds %,d items after %d s, "
                        + "the table %,d: the API did not rebuild it (see its log)", indexed, timeout.toSeconds(), expected));
            }
            if (now >= nextLog) {
                SearchBenchmark.log("waiting for the API to rebuild its index: %,d of %,d items (%d s)", indexed,
                        expected, (now - start) / 1000);
                nextLog = now + 10_000;
            }
            Thread.sleep(250);
        }
    }

    String describe() throws IOException, InterruptedException {
        String stats = send("GET", "/_cat/indices/" + ALIAS + "?h=index,docs.count,store.size,pri,rep", null).strip();
        String version = send("GET", "/", null).replaceAll("(?s).*\"number\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return "OpenSearch " + version + ", the API's index (alias " + ALIAS + "; index, documents, size, shards, "
                + "replicas): " + stats.replaceAll("\\s+", " ");
    }

    /** The request and the engine's own time for it ({@code took}), for the plans file. */
    String explain(String body) throws IOException, InterruptedException {
        Answer answer = search(body);
        return "-- OpenSearch: POST /" + ALIAS + "/_search\n-- request: " + body + "\n-- took: " + answer.tookMillis()
                + " ms, total " + answer.total() + ", " + answer.ids().size() + " ids on the page\n\n";
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = call(method, path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    private HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
