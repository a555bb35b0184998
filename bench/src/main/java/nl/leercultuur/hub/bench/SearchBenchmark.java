package nl.leercultuur.hub.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;

/**
 * {@code make bench}: search latency and throughput of the knowledge bank at 100,000 items, through the API and as
 * the same SQL run directly against PostgreSQL.
 *
 * <p>Expects a running API (on an empty, migrated database) and that database; infra/bin/bench.sh starts both.
 * For each typical query: a warm-up, then {@code iterations} sequential requests by one client (latency
 * percentiles and throughput) and {@code iterationsPerClient} requests by each of {@code clients} parallel clients
 * (throughput), first against the API, then as raw SQL (see {@link BenchConfig} for the time budgets). Exits with 1 when a typical query's API p99 reaches the
 * limit (50 ms) or the API's median is more than twice the raw query's; with 2 on any other failure.
 */
public final class SearchBenchmark {

    private record Row(BenchQuery query, long matches, Phase.Result api1, Phase.Result apiN, Phase.Result sql1,
                       Phase.Result sqlN) {

        double ratio() {
            return api1.millis(50) / Math.max(sql1.millis(50), 0.001);
        }
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

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ApiSearch api = new ApiSearch(config.apiUrl());
        List<BenchQuery> queries = BenchQuery.typical();
        List<SearchCriteria> criteria = queries.stream().map(BenchQuery::criteria).toList();
        List<SqlSearch> connections = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (SqlSearch sql = new SqlSearch(config)) {
            for (int i = 0; i < queries.size(); i++) {
                BenchQuery query = queries.get(i);
                SearchCriteria c = criteria.get(i);
                HttpRequest request = api.request(query);
                Phase.run(client -> () -> api.call(request), 1, config.warmup(), config.warmupBudget());
                Phase.run(client -> () -> sql.search(c), 1, config.warmup(), config.warmupBudget());
                long apiTotal = ApiSearch.totalItems(api.call(request));
                long sqlTotal = sql.search(c);
                if (apiTotal != sqlTotal) {
                    problems.add(String.format(Locale.ROOT, "%s: the API found %d items, the SQL %d — the benchmark "
                            + "no longer runs the API's statements", query.label(), apiTotal, sqlTotal));
                }
                log("measuring %s (%,d matches)", query.label(), apiTotal);
                Phase.Result api1 = Phase.run(client -> () -> api.call(request), 1, config.iterations(),
                        config.phaseBudget());
                Phase.Result apiN = Phase.run(client -> () -> api.call(request), config.clients(),
                        config.iterationsPerClient(), config.phaseBudget());
                Phase.Result sql1 = Phase.run(client -> () -> sql.search(c), 1, config.iterations(),
                        config.phaseBudget());
                Phase.Result sqlN = Phase.run(client -> {
                    SqlSearch own = new SqlSearch(config);
                    connections.add(own);
                    return () -> own.search(c);
                }, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                rows.add(new Row(query, apiTotal, api1, apiN, sql1, sqlN));
                if (api1.budgetExhausted() || apiN.budgetExhausted() || sql1.budgetExhausted() || sqlN.budgetExhausted()) {
                    notes.add(String.format(Locale.ROOT, "`%s` was stopped by the %d s time budget: API %d + %d, SQL "
                                    + "%d + %d operations measured (of %d + %d)", query.label(),
                            config.phaseBudget().toSeconds(), api1.operations(), apiN.operations(), sql1.operations(),
                            sqlN.operations(), config.iterations(), config.clients() * config.iterationsPerClient()));
                    log("  note: %s", notes.getLast());
                }
            }
        } finally {
            for (SqlSearch connection : connections) {
                connection.close();
            }
        }

        for (Row row : rows) {
            if (row.api1().millis(99) >= config.p99LimitMillis()) {
                problems.add(String.format(Locale.ROOT, "%s: API p99 %.1f ms is not under %.0f ms", row.query().label(),
                        row.api1().millis(99), config.p99LimitMillis()));
            }
            if (row.ratio() > config.ratioLimit()) {
                problems.add(String.format(Locale.ROOT, "%s: API p50 is %.2f× the SQL p50 (limit %.1f×)",
                        row.query().label(), row.ratio(), config.ratioLimit()));
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // other work on the machine inflates every figure: say how busy it was
        List<String> context = new ArrayList<>(dataSet);
        context.add(String.format(Locale.ROOT, "system load average (1 min): %.1f before the measurements, %.1f after",
                loadBefore, loadAfter));
        String report = report(config, context, rows, problems, notes);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(config.report().toAbsolutePath().getParent());
        Files.writeString(config.report(), report);
        log("report written to %s", config.report().toAbsolutePath());

        // the query plans, to see where the time goes (one EXPLAIN ANALYZE per statement of each query)
        StringBuilder plans = new StringBuilder();
        try (SqlSearch sql = new SqlSearch(config)) {
            for (int i = 0; i < queries.size(); i++) {
                plans.append("==== ").append(queries.get(i).label()).append(" ====\n").append(sql.explain(criteria.get(i)));
            }
        }
        var plansFile = config.report().resolveSibling("bench-plans.txt");
        Files.writeString(plansFile, plans);
        log("query plans (EXPLAIN ANALYZE, BUFFERS) written to %s", plansFile.toAbsolutePath());
        return problems.isEmpty() ? 0 : 1;
    }

    private static String report(BenchConfig config, List<String> dataSet, List<Row> rows, List<String> problems,
                                 List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("## Search benchmark (").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES))
                .append(")\n\n");
        for (String line : dataSet) {
            out.append("- ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "- %d CPU cores, Java %s; anonymous visitor, page size 20; per query "
                        + "%d warm-up, %d sequential requests (latency, 1 client) and %d×%d parallel requests "
                        + "(%d clients); latencies in ms\n\n",
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), config.warmup(),
                config.iterations(), config.clients(), config.iterationsPerClient(), config.clients()));
        out.append(String.format(Locale.ROOT,
                "| query | matches | API p50 | API p90 | API p99 | API req/s (1) | API req/s (%d) | SQL p50 | SQL p90 "
                        + "| SQL p99 | SQL q/s (1) | SQL q/s (%d) | API/SQL p50 |\n",
                config.clients(), config.clients()));
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT,
                    "| `%s` | %,d | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.2f |\n",
                    r.query().label(), r.matches(), r.api1().millis(50), r.api1().millis(90), r.api1().millis(99),
                    r.api1().perSecond(), r.apiN().perSecond(), r.sql1().millis(50), r.sql1().millis(90),
                    r.sql1().millis(99), r.sql1().perSecond(), r.sqlN().perSecond(), r.ratio()));
        }
        out.append('\n');
        for (String note : notes) {
            out.append("Note: ").append(note).append(".\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
        }
        if (problems.isEmpty()) {
            out.append(String.format(Locale.ROOT, "Target met: every query's API p99 is under %.0f ms and within "
                    + "%.1f× of the raw SQL's median.\n", config.p99LimitMillis(), config.ratioLimit()));
        } else {
            out.append(String.format(Locale.ROOT, "Target MISSED (API p99 < %.0f ms, API p50 ≤ %.1f× SQL p50):\n",
                    config.p99LimitMillis(), config.ratioLimit()));
            for (String problem : problems) {
                out.append("- ").append(problem).append('\n');
            }
        }
        return out.toString();
    }

    private static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
