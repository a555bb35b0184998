package nl.leercultuur.hub.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAccumulator;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;

/**
 * {@code make bench}: knowledge search at 100,000 items the way people search, through the API and as the same
 * statements run directly against PostgreSQL.
 *
 * <p>Expects a running API (on an empty, migrated database) and that database; infra/bin/bench.sh starts both.
 * For each {@link Shape} of search: a check that the API and the SQL find the same number of items, a warm-up, then
 * four measured phases — API with 1 client, API with {@code clients} clients, SQL with 1 and with {@code clients}
 * connections — each request taking the next input of the shape's rotation (30 words or phrases × 5 pages, …).
 * Reports p50/p90/p99 and throughput per shape and client count, the API's memory (RSS) and start time, and the
 * configuration measured. Exits with 1 when a shape's API p99 with {@code clients} clients reaches the limit
 * (50 ms), with 2 on any other failure.
 */
public final class SearchBenchmark {

    private record Row(Shape shape, long minMatches, long maxMatches, Phase.Result api1, Phase.Result apiN,
                       Phase.Result sql1, Phase.Result sqlN, String osMatches, Phase.Result os1, Phase.Result osN) {
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(BenchConfig.fromEnvironment()));
        } catch (Exception e) {
            System.err.println("[bench] FAILED: " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }

    static int run(BenchConfig config) throws Exception {
        log("API %s, database %s, %,d items", config.apiUrl(), config.jdbcUrl(), config.items());
        DataLoader loader = new DataLoader(config);
        loader.ensureLoaded();
        List<String> dataSet = loader.describe();
        dataSet.forEach(line -> log("data: %s", line));
        List<String> themes = themeCodes(config);
        OpenSearchSide openSearch = config.openSearchUrl() == null ? null : new OpenSearchSide(config.openSearchUrl());
        if (openSearch != null) {
            openSearch.load(config);
            dataSet.add(openSearch.describe());
        }

        Footprint footprint = Footprint.watch(config.apiPid());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ApiSearch api = new ApiSearch(config.apiUrl());
        List<Shape> shapes = Shape.typical(themes);
        List<SqlSearch> connections = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (SqlSearch sql = new SqlSearch(config)) {
            for (Shape shape : shapes) {
                int inputs = shape.distinctInputs();
                // each input once, in the three forms the three sides need
                List<BenchQuery> queries = new ArrayList<>(inputs);
                List<HttpRequest> requests = new ArrayList<>(inputs);
                List<SearchCriteria> criteria = new ArrayList<>(inputs);
                for (int i = 0; i < inputs; i++) {
                    BenchQuery query = shape.query().apply(i);
                    queries.add(query);
                    requests.add(api.request(query));
                    criteria.add(query.criteria());
                }
                // the benchmark must run what the API runs: compare the totals of the first inputs
                for (int i = 0; i < Math.min(5, inputs); i++) {
                    long apiTotal = ApiSearch.totalItems(api.call(requests.get(i)));
                    long sqlTotal = sql.search(criteria.get(i));
                    if (apiTotal != sqlTotal) {
                        problems.add(String.format(Locale.ROOT, "%s, %s: the API found %d items, the SQL %d — the "
                                + "benchmark no longer runs the API's statements", shape.label(),
                                requests.get(i).uri().getRawQuery(), apiTotal, sqlTotal));
                    }
                }
                LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
                LongAccumulator max = new LongAccumulator(Math::max, Long.MIN_VALUE);
                Phase.OperationFactory viaApi = client -> input -> {
                    long total = ApiSearch.totalItems(api.call(requests.get(input % inputs)));
                    min.accumulate(total);
                    max.accumulate(total);
                };
                Phase.OperationFactory viaSql = client -> {
                    SqlSearch own = new SqlSearch(config);
                    connections.add(own);
                    return input -> own.search(criteria.get(input % inputs));
                };
                log("measuring %s (%d different inputs, e.g. %s)", shape.label(), inputs, shape.example());
                Phase.run(viaApi, 1, config.warmup(), config.warmupBudget());
                Phase.run(viaSql, 1, config.warmup(), config.warmupBudget());
                footprint.startLoad();
                Phase.Result api1 = Phase.run(viaApi, 1, config.iterations(), config.phaseBudget());
                Phase.Result apiN = Phase.run(viaApi, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                footprint.endLoad();
                Phase.Result sql1 = Phase.run(viaSql, 1, config.iterations(), config.phaseBudget());
                Phase.Result sqlN = Phase.run(viaSql, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                Phase.Result os1 = null;
                Phase.Result osN = null;
                String osMatches = "";
                if (openSearch != null) {
                    LongAccumulator osMin = new LongAccumulator(Math::min, Long.MAX_VALUE);
                    LongAccumulator osMax = new LongAccumulator(Math::max, Long.MIN_VALUE);
                    Phase.OperationFactory viaOs = client -> input -> {
                        long total = openSearch.search(queries.get(input % inputs));
                        osMin.accumulate(total);
                        osMax.accumulate(total);
                    };
                    Phase.run(viaOs, 1, config.warmup(), config.warmupBudget());
                    os1 = Phase.run(viaOs, 1, config.iterations(), config.phaseBudget());
                    osN = Phase.run(viaOs, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                    osMatches = osMin.get() == osMax.get() ? String.format(Locale.ROOT, "%,d", osMin.get())
                            : String.format(Locale.ROOT, "%,d–%,d", osMin.get(), osMax.get());
                    log("  OpenSearch p99 %.1f ms (1 client), %.1f ms (%d clients)", os1.millis(99), osN.millis(99),
                            config.clients());
                }
                Row row = new Row(shape, min.get(), max.get(), api1, apiN, sql1, sqlN, osMatches, os1, osN);
                rows.add(row);
                log("  API p99 %.1f ms (1 client), %.1f ms (%d clients); SQL p99 %.1f / %.1f ms", api1.millis(99),
                        apiN.millis(99), config.clients(), sql1.millis(99), sqlN.millis(99));
                if (api1.budgetExhausted() || apiN.budgetExhausted() || sql1.budgetExhausted() || sqlN.budgetExhausted()) {
                    notes.add(String.format(Locale.ROOT, "%s was stopped by the %d s time budget: API %d + %d, SQL "
                                    + "%d + %d requests measured (of %d + %d)", shape.label(),
                            config.phaseBudget().toSeconds(), api1.operations(), apiN.operations(), sql1.operations(),
                            sqlN.operations(), config.iterations(), config.clients() * config.iterationsPerClient()));
                }
            }
        } finally {
            for (SqlSearch connection : connections) {
                connection.close();
            }
            footprint.stop();
        }

        for (Row row : rows) {
            if (row.apiN().millis(99) >= config.p99LimitMillis()) {
                problems.add(String.format(Locale.ROOT, "%s: API p99 with %d clients %.1f ms is not under %.0f ms",
                        row.shape().label(), config.clients(), row.apiN().millis(99), config.p99LimitMillis()));
            }
        }
        if (config.footprintLimitMb() > 0 && footprint.maxUnderLoadMb() >= config.footprintLimitMb()) {
            problems.add(String.format(Locale.ROOT, "the API's RSS under load reached %d MB (limit %d MB)",
                    footprint.maxUnderLoadMb(), config.footprintLimitMb()));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> context = new ArrayList<>(dataSet);
        context.add(String.format(Locale.ROOT, "system load average (1 min): %.1f before the measurements, %.1f after "
                + "(other work on the machine inflates every figure)", loadBefore, loadAfter));
        context.addAll(configuration(config));
        context.add(footprint.describe(config));
        String report = report(config, context, rows, problems, notes);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(config.report().toAbsolutePath().getParent());
        Files.writeString(config.report(), report);
        log("report written to %s", config.report().toAbsolutePath());
        if (config.readme() != null) {
            Readme.replaceResults(config.readme(), report);
            log("results written into %s", config.readme().toAbsolutePath());
        }

        // the query plans of each shape's first input, to see where the time goes
        StringBuilder plans = new StringBuilder();
        try (SqlSearch sql = new SqlSearch(config)) {
            for (Shape shape : shapes) {
                BenchQuery first = shape.query().apply(0);
                plans.append("==== ").append(shape.label()).append(": ").append(first.queryString()).append(" ====\n")
                        .append(sql.explain(first.criteria()));
                if (openSearch != null) {
                    plans.append(openSearch.explain(first));
                }
            }
        }
        Path plansFile = config.report().resolveSibling("bench-plans.txt");
        Files.writeString(plansFile, plans);
        log("query plans (EXPLAIN ANALYZE, BUFFERS) written to %s", plansFile.toAbsolutePath());
        return problems.isEmpty() ? 0 : 1;
    }

    private static List<String> themeCodes(BenchConfig config) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select code from theme order by sort_order")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no themes in the database: the migrations did not run");
        }
        return codes;
    }

    /** The PostgreSQL settings that matter for search, as the server reports them, and the API's settings. */
    private static List<String> configuration(BenchConfig config) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                     select string_agg(name || ' ' || setting || coalesce(unit, ''), ', ' order by name)
                       from pg_settings
                      where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost',
                                     'max_parallel_workers_per_gather', 'jit', 'max_connections')""")) {
            rs.next();
            lines.add("PostgreSQL settings: " + rs.getString(1) + " (shared_buffers in 8 kB pages)");
        }
        if (!config.apiSettings().isBlank()) {
            lines.add("API: " + config.apiSettings());
        }
        return lines;
    }

    private static String report(BenchConfig config, List<String> context, List<Row> rows, List<String> problems,
                                 List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("### Run of ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES))
                .append("\n\n");
        for (String line : context) {
            out.append("- ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "- %d CPU cores, Java %s; anonymous visitor, page size 20; per shape "
                        + "%d warm-up requests, then %d sequential requests (1 client) and %d×%d parallel requests "
                        + "(%d clients), each on the next input of the rotation; no result or count cache in the API, "
                        + "so the cache hit rate is 0 %%; latencies in ms, throughput in requests per second\n\n",
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), config.warmup(),
                config.iterations(), config.clients(), config.iterationsPerClient(), config.clients()));
        boolean os = rows.stream().anyMatch(r -> r.os1() != null);
        out.append("| shape | inputs | matches | clients | API p50 | API p90 | API p99 | API req/s | SQL p50 | SQL p90 "
                + "| SQL p99 | SQL q/s |").append(os ? " OpenSearch matches | OS p50 | OS p90 | OS p99 | OS q/s |" : "")
                .append('\n');
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|").append(os ? "--:|--:|--:|--:|--:|" : "").append('\n');
        for (Row r : rows) {
            String matches = r.minMatches() == r.maxMatches() ? String.format(Locale.ROOT, "%,d", r.minMatches())
                    : String.format(Locale.ROOT, "%,d–%,d", r.minMatches(), r.maxMatches());
            out.append(line(r.shape().label() + " (`" + r.shape().example() + "`)", r.shape().distinctInputs(), matches,
                    1, r.api1(), r.sql1(), os ? r.osMatches() : null, r.os1()));
            out.append(line("", r.shape().distinctInputs(), "", config.clients(), r.apiN(), r.sqlN(), os ? "" : null,
                    r.osN()));
        }
        out.append('\n');
        out.append("SQL: the statements the API runs for the same search (KnowledgeSearchSql: page, facets with the "
                + "total), one after the other on one connection per client; the API runs the two at the same time.");
        if (os) {
            out.append(" OpenSearch (OS): the one request the API would send for the same search (OpenSearchSide: hits "
                    + "with highlights and the exact total, the four facets, each under all filters but its own), over "
                    + "its REST API; its matches differ a little from PostgreSQL's because the two Dutch stemmers and "
                    + "stop-word lists differ.");
        }
        out.append("\n\n");
        for (String note : notes) {
            out.append("Note: ").append(note).append(".\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
        }
        if (problems.isEmpty()) {
            out.append(String.format(Locale.ROOT, "**Target met**: every shape's API p99 with %d clients is under "
                    + "%.0f ms.\n", config.clients(), config.p99LimitMillis()));
        } else {
            out.append(String.format(Locale.ROOT, "**Target missed** (API p99 < %.0f ms with %d clients):\n",
                    config.p99LimitMillis(), config.clients()));
            for (String problem : problems) {
                out.append("- ").append(problem).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(String label, int inputs, String matches, int clients, Phase.Result api, Phase.Result sql,
                               String osMatches, Phase.Result os) {
        String line = String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.0f |",
                label, label.isEmpty() ? "" : Integer.toString(inputs), matches, clients, api.millis(50), api.millis(90),
                api.millis(99), api.perSecond(), sql.millis(50), sql.millis(90), sql.millis(99), sql.perSecond());
        if (osMatches != null && os != null) {
            line += String.format(Locale.ROOT, " %s | %.1f | %.1f | %.1f | %.0f |", osMatches, os.millis(50),
                    os.millis(90), os.millis(99), os.perSecond());
        }
        return line + "\n";
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
