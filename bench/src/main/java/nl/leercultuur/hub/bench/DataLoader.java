package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills the (empty, freshly migrated) database with generated knowledge items: the INSERT ... SELECT of
 * {@code bench/load-knowledge-items.sql}, run over {@code loadThreads} connections at once, each for its own range
 * of item numbers. The table's secondary indexes are dropped during the load and rebuilt afterwards from their own
 * definitions (as read from {@code pg_indexes}, so whatever the migrations define is what gets measured); then
 * {@code VACUUM ANALYZE}, so the planner has statistics and index-only scans see an all-visible table.
 */
final class DataLoader {

    private static final String SCRIPT = "/bench/load-knowledge-items.sql";
    private static final String BLOCK_SEPARATOR = "\n-- @@\n";

    private final BenchConfig config;

    DataLoader(BenchConfig config) {
        this.config = config;
    }

    /** The number of rows in the knowledge_item table. */
    long count() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from knowledge_item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void ensureLoaded() throws Exception {
        long existing = count();
        if (existing >= config.items()) {
            log("the database already holds %,d knowledge items; not loading", existing);
            return;
        }
        if (existing > 0) {
            throw new IllegalStateException("the database holds " + existing + " knowledge items, fewer than the "
                    + config.items() + " to measure with; start from an empty database (bench.sh does)");
        }
        String script = script();
        long t0 = System.nanoTime();
        List<String> indexes = dropSecondaryIndexes();
        log("dropped %d secondary indexes for the load", indexes.size());

        int threads = Math.max(1, Math.min(config.loadThreads(), config.items()));
        log("generating %,d knowledge items with %d parallel INSERT ... SELECT statements", config.items(), threads);
        long t1 = System.nanoTime();
        parallel(threads, t -> {
            long from = (long) config.items() * t / threads + 1;
            long to = (long) config.items() * (t + 1) / threads;
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String block : script.replace("${from}", Long.toString(from)).replace("${to}", Long.toString(to))
                        .replace("${seed}", Double.toString(0.2026 + t / 100.0)).split(BLOCK_SEPARATOR)) {
                    st.execute(block);
                }
            }
        });
        log("inserted in %.1f s", seconds(t1));

        long t2 = System.nanoTime();
        ConcurrentLinkedQueue<String> toBuild = new ConcurrentLinkedQueue<>(indexes);
        parallel(threads, t -> {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("set maintenance_work_mem = '512MB'");
                for (String definition = toBuild.poll(); definition != null; definition = toBuild.poll()) {
                    st.execute(definition);
                }
            }
        });
        log("rebuilt %d indexes in %.1f s", indexes.size(), seconds(t2));

        long t3 = System.nanoTime();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("vacuum (analyze) knowledge_item");
        }
        log("vacuum analyze in %.1f s; whole load %.1f s", seconds(t3), seconds(t0));
    }

    /** A short description of the data set, for the report. */
    List<String> describe() throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select count(*),
                           count(*) filter (where status = 'PUBLISHED' and visibility = 'PUBLIC'),
                           pg_size_pretty(pg_table_size('knowledge_item')),
                           pg_size_pretty(pg_indexes_size('knowledge_item')),
                           (select count(*) from pg_indexes where tablename = 'knowledge_item'),
                           round(avg(array_length(regexp_split_to_array(body, '\\s+'), 1))),
                           round(avg(array_length(regexp_split_to_array(title, '\\s+'), 1)), 1),
                           round(avg(array_length(regexp_split_to_array(summary, '\\s+'), 1)))
                      from knowledge_item""")) {
                rs.next();
                lines.add(String.format(Locale.ROOT, "%,d knowledge items, %,d of them published and public "
                                + "(what a visitor searches)", rs.getLong(1), rs.getLong(2)));
                lines.add(String.format(Locale.ROOT, "PostgreSQL: table %s, its %s indexes %s (no full-text index: "
                        + "search is OpenSearch's)", rs.getString(3), rs.getString(5), rs.getString(4)));
                lines.add(String.format(Locale.ROOT, "average words: title %s, summary %s, body %s",
                        rs.getString(7), rs.getString(8), rs.getString(6)));
            }
            try (ResultSet rs = st.executeQuery("select version(), current_setting('shared_buffers'), "
                    + "current_setting('work_mem')")) {
                rs.next();
                lines.add(rs.getString(1).replaceAll(",.*", "") + ", shared_buffers " + rs.getString(2)
                        + ", work_mem " + rs.getString(3));
            }
        }
        return lines;
    }

    private List<String> dropSecondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select i.indexname, i.indexdef
                      from pg_indexes i
                     where i.schemaname = current_schema() and i.tablename = 'knowledge_item'
                       and not exists (select 1 from pg_constraint k where k.conname = i.indexname)
                     order by i.indexname""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            for (String name : names) {
                st.execute("drop index \"" + name + "\"");
            }
        }
        return definitions;
    }

    @FunctionalInterface
    private interface Task {
        void run(int thread) throws Exception;
    }

    private static void parallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    task.run(thread);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    }

    private static String script() throws IOException {
        try (InputStream in = DataLoader.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
