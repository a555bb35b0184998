package nl.leercultuur.hub.knowledge.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.leercultuur.hub.knowledge.KnowledgeItem;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

/**
 * The knowledge bank's OpenSearch index, kept by Hibernate Search: every committed change of a {@link KnowledgeItem}
 * through Hibernate ORM is indexed before the request ends (synchronisation {@code read-sync}: visible to the next
 * search). PostgreSQL stays the source of truth; {@link #rebuild()} copies every item into a fresh index (on the
 * management interface: {@code POST /admin/search-index/rebuild}, see {@link SearchIndexManagement}), and at start the
 * index is rebuilt when it does not hold as many items as the table (a new node, or items added with SQL, such as the
 * demo data).
 */
@ApplicationScoped
public class KnowledgeSearchIndex {

    /**
     * The index name, with the version of its mapping. A change that an existing index cannot take in place (an
     * analyzer, a stored field, {@code _source}, the index sort; create-or-update fails on those) gets the next version
     * (v2: the facet field, stored text without {@code _source}; v3: sorted newest first; v4: one stored field for
     * snippets; v5: doc values on type, themes and learning forms, which a filtered facet counts): the API then creates
     * the new index at start and fills it from PostgreSQL, and the old one can be deleted. Hibernate Search writes
     * through the alias {@code <name>-write} and reads through {@link #READ_ALIAS}.
     */
    public static final String NAME = "knowledge-item-v5";
    /** The alias searches read. */
    public static final String READ_ALIAS = NAME + "-read";
    /** Dutch stemming and stop words (see {@link KnowledgeSearchAnalysis}). */
    public static final String ANALYZER = "dutch-text";
    /** Lower case without accents: the order of titles. */
    public static final String SORT_NORMALIZER = "sort";
    /** The deepest hit a page may reach (the index's {@code max_result_window}, see search/index-settings.json). */
    static final int MAX_WINDOW = 100_000;
    /** Up to this many items, the start waits for a rebuild; above it, the rebuild runs in the background. */
    private static final int REBUILD_IN_FOREGROUND = 10_000;
    /** A rebuild logs its progress every this many items. */
    private static final long PROGRESS_EVERY = 10_000;

    private static final Logger LOG = Logger.getLogger(KnowledgeSearchIndex.class);

    @Inject
    SearchMapping mapping;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    private volatile RestClient client;

    /** Runs a search request on the index; the engine's answer as a tree. A node that does not answer gives 503. */
    public JsonNode search(String body) {
        return send("POST", "/" + READ_ALIAS + "/_search?filter_path=" + KnowledgeSearchRequest.FILTER_PATH, body);
    }

    private JsonNode send(String method, String path, String body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body);
        }
        try {
            Response response = client().performRequest(request);
            try (InputStream in = response.getEntity().getContent()) {
                return json.readTree(in);
            }
        } catch (IOException e) {
            LOG.errorf("OpenSearch request %s %s failed: %s", method, path, e.toString());
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "hub.search.unavailable");
        }
    }

    private RestClient client() {
        RestClient c = client;
        if (c == null) {
            c = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            client = c;
        }
        return c;
    }

    /** Whether a rebuild is running (it copies every item anyway). */
    public boolean rebuilding() {
        CompletableFuture<?> current = running.get();
        return current != null && !current.isDone();
    }

    /** The last change (microseconds since 1970) of each of these items as the index holds it; absent: not indexed. */
    public Map<UUID, Long> indexedChanges(Collection<UUID> ids) {
        Map<UUID, Long> changes = new HashMap<>();
        if (ids.isEmpty()) {
            return changes;
        }
        StringBuilder values = new StringBuilder();
        for (UUID id : ids) {
            values.append(values.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        String body = "{\"size\":" + ids.size() + ",\"track_total_hits\":false,\"_source\":false,\"query\":{\"ids\":"
                + "{\"values\":[" + values + "]}},\"docvalue_fields\":[\"" + KnowledgeSearchMapping.UPDATED_MICROS
                + "\"]}";
        for (JsonNode hit : send("POST", "/" + READ_ALIAS + "/_search?filter_path=hits.hits._id,hits.hits.fields", body)
                .path("hits").path("hits")) {
            changes.put(UUID.fromString(hit.path("_id").asText()),
                    hit.path("fields").path(KnowledgeSearchMapping.UPDATED_MICROS).path(0).asLong());
        }
        return changes;
    }

    /** The number of items in the index. */
    public long indexed() {
        return send("GET", "/" + READ_ALIAS + "/_count", null).path("count").asLong();
    }

    /** What the index holds beside the table, and the last (or running) rebuild; null fields are unknown. */
    public record Status(long items, Long indexed, Rebuild rebuild) {
    }

    /** A rebuild: when it started and ended, how many items it had to do and has done, and why it failed. */
    public record Rebuild(Instant startedAt, Instant finishedAt, long total, long done, String failure) {

        @JsonProperty
        public boolean running() {
            return finishedAt == null;
        }
    }

    private final AtomicReference<Rebuild> lastRebuild = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<?>> running = new AtomicReference<>();

    public Status status() {
        Long count;
        try {
            count = indexed();
        } catch (ApiException e) {
            count = null; // the node does not answer
        }
        return new Status(rows(), count, lastRebuild.get());
    }

    /**
     * Copies every item from PostgreSQL into the index, replacing what it held; searches meanwhile see the items done
     * so far. One rebuild at a time: asked again while one runs, this returns the running one. Completes when done.
     */
    public synchronized CompletableFuture<?> rebuild() {
        CompletableFuture<?> current = running.get();
        if (current != null && !current.isDone()) {
            return current;
        }
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        lastRebuild.set(new Rebuild(started, null, 0, 0, null));
        CompletableFuture<?> next = mapping.scope(KnowledgeItem.class).massIndexer()
                .threadsToLoadObjects(2) // loading and indexing overlap; more would only queue on two cores
                .batchSizeToLoadObjects(100) // 100 items with their bodies: a few MB of a 96 MB heap
                .purgeAllOnStart(true)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void addToTotalCount(long increment) {
                        total.addAndGet(increment);
                        lastRebuild.set(new Rebuild(started, null, total.get(), done.get(), null));
                    }

                    @Override
                    public void documentsAdded(long increment) {
                        long now = done.addAndGet(increment);
                        lastRebuild.set(new Rebuild(started, null, total.get(), now, null));
                        if (now / PROGRESS_EVERY != (now - increment) / PROGRESS_EVERY) {
                            LOG.infof("rebuilding the search index: %,d of %,d items", now, total.get());
                        }
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .start()
                .toCompletableFuture()
                .thenRun(this::mergeSegments)
                .whenComplete((ignored, failure) -> {
                    lastRebuild.set(new Rebuild(started, Instant.now(), total.get(), done.get(),
                            failure == null ? null : failure.toString()));
                    if (failure != null) {
                        LOG.errorf(failure, "rebuilding the search index failed");
                    } else {
                        LOG.infof("search index rebuilt from PostgreSQL in %.1f s: %,d items", (System.nanoTime() - t0) / 1e9,
                                done.get());
                    }
                });
        running.set(next);
        return next;
    }

    /**
     * Merges the rebuilt index into one segment: a search then reads each field's values once rather than per segment
     * (measured in bench/README.md: a tenth off a browse page). Hibernate Search's own merge on finish asks for no
     * segment count, which leaves the segments as they are. A failed merge leaves a complete index, so it only warns.
     */
    private void mergeSegments() {
        try {
            send("POST", "/" + NAME + "-write/_forcemerge?max_num_segments=1", null);
        } catch (RuntimeException e) {
            LOG.warnf("merging the rebuilt search index into one segment failed (searches work, a little slower): %s", e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        long rows = rows();
        long indexed = indexed();
        if (rows == indexed) {
            LOG.infof("search index is in step with PostgreSQL (%,d items)", rows);
            return;
        }
        LOG.infof("search index holds %,d items, PostgreSQL %,d: rebuilding it%s", indexed, rows,
                rows > REBUILD_IN_FOREGROUND ? " in the background (searches are incomplete until it is done)" : "");
        CompletableFuture<?> done = rebuild();
        if (rows <= REBUILD_IN_FOREGROUND) {
            done.join();
        }
    }

    private long rows() {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from knowledge_item")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the knowledge items", e);
        }
    }
}
