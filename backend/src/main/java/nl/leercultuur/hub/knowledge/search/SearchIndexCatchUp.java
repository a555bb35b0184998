package nl.leercultuur.hub.knowledge.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.KnowledgeItem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Brings the index back in step with PostgreSQL for the items changed recently. Each API replica indexes its own
 * writes when their transaction commits (Hibernate Search, {@code read-sync}); a replica that stops between the commit
 * and the indexing, or two replicas that change one item at nearly the same time and index in the opposite order,
 * leave the index behind the table. Every {@code hub.search.catch-up.every} this compares the last change of the
 * items changed since shortly before its previous run (the first run: within {@code hub.search.catch-up.window}) with
 * the index's copy ({@code updatedMicros}) and indexes the ones that differ or are missing. Every replica may run it:
 * indexing an item again is harmless. (Hibernate Search's outbox-polling coordination would queue every change in a
 * table instead; its Quarkus extension cannot be downloaded from the registry this project can reach, see README.)
 * An item deleted by SQL stays in the index until a rebuild; searches never show it, since the rows come from
 * PostgreSQL.
 */
@ApplicationScoped
public class SearchIndexCatchUp {

    /**
     * At most this many recent changes per run, newest first. More within the window means a bulk change by SQL, which
     * Hibernate Search does not see at all: a case for a rebuild (the API's start does one when the counts differ).
     */
    static final int LIMIT = 2_000;

    /** A change is checked again in the next run when it is this close to the last run's start (a late commit). */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(SearchIndexCatchUp.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KnowledgeSearchIndex index;

    @Inject
    EntityManager em;

    @Inject
    SearchSession search;

    @ConfigProperty(name = "hub.search.catch-up.window", defaultValue = "10m")
    Duration window;

    /** When the last run that reached the index started; null before the first. */
    private volatile Instant lastRun;

    @Scheduled(every = "${hub.search.catch-up.every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("catching the search index up with PostgreSQL failed (next try in a moment): %s", e.toString());
        }
    }

    /** Indexes the recently changed items whose index copy differs from the table; returns their ids. */
    @ActivateRequestContext
    public List<UUID> catchUp() {
        if (index.rebuilding()) {
            return List.of();
        }
        // the first run looks back over the window, the next ones from shortly before the previous run: each change is
        // checked once or twice, not every 30 s for ten minutes
        Instant started = Instant.now();
        Instant since = started.minus(window);
        if (lastRun != null && lastRun.minus(OVERLAP).isAfter(since)) {
            since = lastRun.minus(OVERLAP);
        }
        Map<UUID, Long> changed = recentChanges(since);
        Map<UUID, Long> indexed = index.indexedChanges(changed.keySet()); // none asked, none sent
        lastRun = started;
        List<UUID> behind = changed.entrySet().stream()
                .filter(e -> !Objects.equals(indexed.get(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (behind.isEmpty()) {
            return behind;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : behind) {
                KnowledgeItem item = em.find(KnowledgeItem.class, id);
                if (item != null) {
                    search.indexingPlan().addOrUpdate(item);
                }
            }
        });
        LOG.infof("search index caught up with PostgreSQL: %d recently changed item(s) indexed again", behind.size());
        return behind;
    }

    /** The items changed after {@code since}, newest first: id → last change in microseconds since 1970. */
    private Map<UUID, Long> recentChanges(Instant since) {
        Map<UUID, Long> changes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement st = connection.prepareStatement(
                        "select id, updated_at from knowledge_item where updated_at > ? "
                                + "order by updated_at desc limit ?")) {
            st.setTimestamp(1, Timestamp.from(since));
            st.setInt(2, LIMIT);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changes.put(rs.getObject(1, UUID.class),
                            KnowledgeSearchMapping.EpochMicros.micros(rs.getTimestamp(2).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the recent changes of the knowledge items", e);
        }
        return changes;
    }
}
