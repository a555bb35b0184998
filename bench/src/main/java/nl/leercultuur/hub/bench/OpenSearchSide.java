package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate search store: the same 100,000 items in an OpenSearch index with the Dutch analyzer, and each
 * benchmark search as the one OpenSearch request the API would send for it (hits with highlights, exact total, the
 * four facets, each facet counted under every filter except its own), through the REST API. This measures the
 * search engine itself before the API is built on it (issue 10, path 2).
 */
final class OpenSearchSide {

    static final String INDEX = "bench-knowledge";
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*(\\d+)");
    private static final Pattern TOOK = Pattern.compile("\"took\"\\s*:\\s*(\\d+)");
    private static final int PAGE_SIZE = 20;

    /**
     * The index: text fields with the Dutch analyzer and two-word shingles ({@code index_phrases}) so that a two-word
     * phrase is one term lookup instead of a positions check; facets as keywords whose global ordinals are built at
     * refresh rather than by the first search after it; one shard (100,000 items is small).
     */
    static final String MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s",
              "analysis": {"normalizer": {"sort": {"type": "custom", "filter": ["lowercase", "asciifolding"]}}}},
             "mappings": {"dynamic": "strict", "properties": {
              "id": {"type": "keyword"},
              "type": {"type": "keyword", "eager_global_ordinals": true},
              "title": {"type": "text", "analyzer": "dutch", "index_phrases": true,
                        "fields": {"sort": {"type": "keyword", "normalizer": "sort"}}},
              "summary": {"type": "text", "analyzer": "dutch", "index_phrases": true},
              "body": {"type": "text", "analyzer": "dutch", "index_phrases": true},
              "authors": {"type": "text", "analyzer": "dutch"},
              "publisher": {"type": "text", "analyzer": "dutch"},
              "publicationYear": {"type": "integer"},
              "themes": {"type": "keyword", "eager_global_ordinals": true},
              "learningForms": {"type": "keyword", "eager_global_ordinals": true},
              "sectors": {"type": "keyword"},
              "targetGroups": {"type": "keyword"},
              "visibility": {"type": "keyword"},
              "status": {"type": "keyword"},
              "updatedAt": {"type": "date"}}}}""";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    OpenSearchSide(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Creates the index and copies every item from PostgreSQL into it (bulk requests of 1,000), then refreshes. */
    void load(BenchConfig config) throws Exception {
        send("DELETE", "/" + INDEX + "?ignore_unavailable=true", null, true);
        send("PUT", "/" + INDEX, MAPPING, false);
        long t0 = System.nanoTime();
        int count = 0;
        StringBuilder bulk = new StringBuilder();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("select id, type, title, summary, body, authors, publisher, "
                        + "publication_year, themes, learning_forms, sectors, target_groups, visibility, status, "
                        + "updated_at from knowledge_item")) {
                    while (rs.next()) {
                        bulk.append("{\"index\":{\"_id\":\"").append(rs.getString("id")).append("\"}}\n{")
                                .append(field("id", rs.getString("id"))).append(',')
                                .append(field("type", rs.getString("type"))).append(',')
                                .append(field("title", rs.getString("title"))).append(',')
                                .append(field("summary", rs.getString("summary"))).append(',')
                                .append(field("body", rs.getString("body"))).append(',')
                                .append(array("authors", rs.getArray("authors"))).append(',')
                                .append(field("publisher", rs.getString("publisher"))).append(',')
                                .append("\"publicationYear\":").append(rs.getObject("publication_year")).append(',')
                                .append(array("themes", rs.getArray("themes"))).append(',')
                                .append(array("learningForms", rs.getArray("learning_forms"))).append(',')
                                .append(array("sectors", rs.getArray("sectors"))).append(',')
                                .append(array("targetGroups", rs.getArray("target_groups"))).append(',')
                                .append(field("visibility", rs.getString("visibility"))).append(',')
                                .append(field("status", rs.getString("status"))).append(',')
                                .append(field("updatedAt", rs.getTimestamp("updated_at").toInstant().toString()))
                                .append("}\n");
                        if (++count % 1000 == 0) {
                            bulk(bulk);
                        }
                    }
                }
            }
        }
        if (!bulk.isEmpty()) {
            bulk(bulk);
        }
        send("POST", "/" + INDEX + "/_refresh", null, false);
        send("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", null, false);
        SearchBenchmark.log("OpenSearch: indexed %,d items in %.1f s (with a force merge to one segment)", count,
                (System.nanoTime() - t0) / 1e9);
    }

    String describe() throws IOException, InterruptedException {
        String stats = send("GET", "/_cat/indices/" + INDEX + "?h=docs.count,store.size", null, false).strip();
        String version = send("GET", "/", null, false).replaceAll("(?s).*\"number\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return "OpenSearch " + version + ", index " + INDEX + " (documents, size): " + stats;
    }

    private void bulk(StringBuilder bulk) throws IOException, InterruptedException {
        String answer = send("POST", "/" + INDEX + "/_bulk", bulk.toString(), false);
        if (answer.contains("\"errors\":true")) {
            throw new IllegalStateException("bulk indexing failed: " + answer.substring(0, Math.min(answer.length(), 500)));
        }
        bulk.setLength(0);
    }

    /** Runs one search as an anonymous visitor; returns the total number of matches. */
    long search(BenchQuery query) throws IOException, InterruptedException {
        String answer = send("POST", "/" + INDEX + "/_search", body(query), false);
        Matcher m = TOTAL.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no total in the answer: " + answer.substring(0, Math.min(300, answer.length())));
        }
        return Long.parseLong(m.group(1));
    }

    /** The engine's own time for a search ("took", in ms), for the plans file. */
    String explain(BenchQuery query) throws IOException, InterruptedException {
        String request = body(query);
        String answer = send("POST", "/" + INDEX + "/_search", request, false);
        Matcher took = TOOK.matcher(answer);
        return "-- request: " + request + "\n-- took: " + (took.find() ? took.group(1) + " ms" : "?") + "\n\n";
    }

    /**
     * The request body: the visitor's visibility and the non-facet filters in {@code filter}; the text in
     * {@code must} (simple_query_string understands the web-search syntax: "phrase", -word, and | for or); the facet
     * filters too, so the hits are right; and each facet with an active filter counted in a {@code global}
     * aggregation under all the other filters, so its other values keep their counts.
     */
    static String body(BenchQuery query) {
        String q = null;
        String sort = null;
        int page = 0;
        Map<String, List<String>> facetFilters = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> p : query.params()) {
            switch (p.getKey()) {
                case "q" -> q = p.getValue();
                case "sort" -> sort = p.getValue();
                case "page" -> page = Integer.parseInt(p.getValue());
                case "type" -> facetFilters.computeIfAbsent("type", k -> new ArrayList<>()).add(p.getValue());
                case "theme" -> facetFilters.computeIfAbsent("themes", k -> new ArrayList<>()).add(p.getValue());
                default -> throw new IllegalArgumentException("not supported here: " + p.getKey());
            }
        }
        List<String> base = new ArrayList<>();
        base.add("{\"term\":{\"status\":\"PUBLISHED\"}}");
        base.add("{\"term\":{\"visibility\":\"PUBLIC\"}}");
        String text = q == null ? null : "{\"simple_query_string\":{\"query\":" + json(q.replaceAll("(?i)\\bor\\b", "|"))
                + ",\"fields\":[\"title^3\",\"summary^2\",\"authors\",\"publisher\",\"body\"],"
                + "\"default_operator\":\"and\"}}";
        List<String> all = new ArrayList<>(base);
        facetFilters.forEach((field, values) -> all.add(terms(field, values)));
        StringBuilder out = new StringBuilder("{\"from\":").append(page * PAGE_SIZE).append(",\"size\":").append(PAGE_SIZE)
                .append(",\"track_total_hits\":true")
                .append(",\"_source\":{\"excludes\":[\"body\"]}")
                .append(",\"query\":").append(bool(text, all));
        String order = q != null && sort == null ? "\"_score\",{\"publicationYear\":\"desc\"},{\"id\":\"asc\"}"
                : "{\"publicationYear\":{\"order\":\"desc\",\"missing\":\"_last\"}},{\"updatedAt\":\"desc\"},{\"id\":\"asc\"}";
        out.append(",\"sort\":[").append(order).append(']');
        out.append(",\"aggs\":{");
        String[][] facets = {{"type", "type", "10"}, {"theme", "themes", "100"}, {"learningForm", "learningForms", "10"},
                {"year", "publicationYear", "100"}};
        for (int i = 0; i < facets.length; i++) {
            String name = facets[i][0];
            String field = facets[i][1];
            String termsAgg = "{\"terms\":{\"field\":\"" + field + "\",\"size\":" + facets[i][2] + "}}";
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(name).append("\":");
            if (facetFilters.containsKey(field)) {
                List<String> others = new ArrayList<>(base);
                facetFilters.forEach((f, values) -> {
                    if (!f.equals(field)) {
                        others.add(terms(f, values));
                    }
                });
                out.append("{\"global\":{},\"aggs\":{\"filtered\":{\"filter\":").append(bool(text, others))
                        .append(",\"aggs\":{\"values\":").append(termsAgg).append("}}}}");
            } else {
                out.append(termsAgg);
            }
        }
        out.append('}');
        if (text != null) {
            out.append(",\"highlight\":{\"pre_tags\":[\"[[\"],\"post_tags\":[\"]]\"],\"number_of_fragments\":2,"
                    + "\"fragment_size\":150,\"fields\":{\"summary\":{},\"body\":{}}}");
        }
        return out.append('}').toString();
    }

    private static String bool(String text, List<String> filters) {
        return "{\"bool\":{" + (text == null ? "" : "\"must\":[" + text + "],") + "\"filter\":[" + String.join(",", filters)
                + "]}}";
    }

    private static String terms(String field, List<String> values) {
        return "{\"terms\":{\"" + field + "\":[" + String.join(",", values.stream().map(OpenSearchSide::json).toList())
                + "]}}";
    }

    private String send(String method, String path, String body, boolean ignoreErrors)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !ignoreErrors) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    private static String field(String name, String value) {
        return json(name) + ':' + (value == null ? "null" : json(value));
    }

    private static String array(String name, Array array) throws java.sql.SQLException {
        if (array == null) {
            return json(name) + ":[]";
        }
        String[] values = (String[]) array.getArray();
        return json(name) + ":[" + String.join(",", java.util.Arrays.stream(values).map(OpenSearchSide::json).toList()) + "]";
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
