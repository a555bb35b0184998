package nl.leercultuur.hub.bench;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leercultuur.hub.knowledge.search.SearchCriteria;

/**
 * {@code make bench}: knowledge search at 100,000 items the way people search, through the API and as the same
 * request sent directly to the API's OpenSearch index, with the page's rows from PostgreSQL by id as a second figure.
 *
 * <p>Two modes. {@code bench.mode=load} fills the (empty, migrated) database and exits; infra/bin/bench.sh runs it
 * before it starts the measured API, which then finds its index behind the table and rebuilds it in the background.
 * {@code bench.mode=measure} (the default) first waits until the API's index holds every item (and reports how long the
 * rebuild took from the API's readiness), then, for each {@link Shape} of search: a check that the API and OpenSearch
 * find the same number of items, a warm-up, then the measured phases — API with 1 and with {@code clients} clients,
 * the API's OpenSearch request with 1 and {@code clients} clients, the by-id SQL with 1 and {@code clients}
 * connections — each request taking the next input of the shape's rotation (30 words or phrases × 5 pages, …).
 * Reports p50/p90/p99 and throughput per shape and client count, OpenSearch's own {@code took}, the API's memory
 * (RSS) and start time, and the configuration measured. Exits with 1 when a shape's API p99 with {@code clients}
 * clients reaches the limit (50 ms), with 2 on any other failure.
 */
public final class SearchBenchmark {

    private record Row(Shape shape, long minMatches, long maxMatches, Phase.Result api1, Phase.Result apiN,
                       Phase.Result os1, Phase.Result osN, long took1, long tookN, Phase.Result byId1,
                       Phase.Result byIdN, CpuMeter.PerRequest cpu1, CpuMeter.PerRequest cpuN) {
    }

    private static final Pattern REBUILT = Pattern.compile(
            "search index rebuilt from PostgreSQL in ([0-9.,]+) s: ([0-9.,]+) items");

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
        DataLoader loader = new DataLoader(config);
        if ("load".equals(config.mode())) {
            log("database %s: loading %,d items", config.jdbcUrl(), config.items());
            loader.ensureLoaded();
            return 0;
        }
        if (!"measure".equals(config.mode())) {
            throw new IllegalArgumentException("bench.mode is load or measure, not " + config.mode());
        }
        log("API %s, OpenSearch %s, database %s, %,d items", config.apiUrl(), config.openSearchUrl(), config.jdbcUrl(),
                config.items());
        long rows = loader.count();
        if (rows < config.items()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the database holds %,d knowledge items, not "
                    + "%,d: load them first (bench.mode=load), then start the API, which rebuilds its index from the "
                    + "table (bench.sh does both)", rows, config.items()));
        }
        OpenSearchSide openSearch = new OpenSearchSide(config.openSearchUrl());
        String rebuild = awaitIndex(config, loader, openSearch);
        List<String> dataSet = loader.describe();
        dataSet.add(openSearch.describe());
        dataSet.add(rebuild);
        dataSet.forEach(line -> log("data: %s", line));
        List<String> themes = themeCodes(config);

        Footprint footprint = Footprint.watch(config.apiPid());
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ApiSearch api = new ApiSearch(config.apiUrl());
        List<Shape> shapes = Shape.select(Shape.typical(themes), config.shapes());
        CpuMeter cpu = new CpuMeter(config.apiPid(), config.openSearchPid());
        List<ByIdSql> connections = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Row> rowsOut = new ArrayList<>();
        StringBuilder plans = new StringBuilder();
        // every shape through the API with all clients (bench.warmup-all requests each, in rounds until the JIT compilers
        // have little left to do) before any is measured: the engine and the API have just started, and compile their
        // search paths now rather than during the measured phases. Each input once, as the API's HTTP request (for the warm-up and the API phases) and below as the OpenSearch
        // request the API sends for it
        Map<Shape, List<HttpRequest>> apiRequests = new LinkedHashMap<>();
        for (Shape shape : shapes) {
            List<HttpRequest> requests = new ArrayList<>(shape.distinctInputs());
            for (int i = 0; i < shape.distinctInputs(); i++) {
                requests.add(api.request(shape.query().apply(i)));
            }
            apiRequests.put(shape, requests);
        }
        List<String> warmupShares = new ArrayList<>();
        for (int round = 1; round <= config.warmupRounds(); round++) {
            CpuMeter.Sample before = cpu.sample();
            long sent = 0;
            for (List<HttpRequest> requests : apiRequests.values()) {
                sent += Phase.run(client -> input -> api.call(requests.get(input % requests.size())), config.clients(),
                        Math.max(1, config.warmupAll() / config.clients()), config.warmupBudget().multipliedBy(6))
                        .operations();
            }
            double jit = CpuMeter.perRequest(before, cpu.sample(), sent).jitShare() * 100;
            warmupShares.add(String.format(Locale.ROOT, "%.0f %%", jit));
            log("warm-up round %d: %d requests of each shape through the API, %d clients; JIT compilation took %.0f %% "
                    + "of the API's and the engine's CPU", round, config.warmupAll(), config.clients(), jit);
            if (jit < config.warmupJitPercent()) {
                break;
            }
        }
        try (ByIdSql sql = new ByIdSql(config)) {
            for (Shape shape : shapes) {
                int inputs = shape.distinctInputs();
                List<HttpRequest> requests = apiRequests.get(shape);
                List<String> bodies = new ArrayList<>(inputs);
                for (int i = 0; i < inputs; i++) {
                    bodies.add(OpenSearchSide.request(sql.effective(shape.query().apply(i).criteria())));
                }
                // the benchmark must send what the API sends: compare the totals of the first inputs, and the page's
                // ids must all come back from PostgreSQL (the index is in step with the table)
                for (int i = 0; i < Math.min(5, inputs); i++) {
                    long apiTotal = ApiSearch.totalItems(api.call(requests.get(i)));
                    OpenSearchSide.Answer answer = openSearch.search(bodies.get(i));
                    if (apiTotal != answer.total()) {
                        problems.add(String.format(Locale.ROOT, "%s, %s: the API found %d items, OpenSearch %d — the "
                                + "benchmark no longer sends the API's request", shape.label(),
                                requests.get(i).uri().getRawQuery(), apiTotal, answer.total()));
                    }
                    int found = sql.rows(answer.ids());
                    if (found != answer.ids().size()) {
                        problems.add(String.format(Locale.ROOT, "%s, %s: PostgreSQL has %d of the %d items of the "
                                + "page — the index is not in step with the table", shape.label(),
                                requests.get(i).uri().getRawQuery(), found, answer.ids().size()));
                    }
                }
                LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
                LongAccumulator max = new LongAccumulator(Math::max, Long.MIN_VALUE);
                Phase.OperationFactory viaApi = client -> input -> {
                    long total = ApiSearch.totalItems(api.call(requests.get(input % inputs)));
                    min.accumulate(total);
                    max.accumulate(total);
                };
                log("measuring %s (%d different inputs, e.g. %s)", shape.label(), inputs, shape.example());
                Phase.run(viaApi, 1, config.warmup(), config.warmupBudget());
                footprint.startLoad();
                CpuMeter.Sample c0 = cpu.sample();
                Phase.Result api1 = Phase.run(viaApi, 1, config.iterations(), config.phaseBudget());
                CpuMeter.Sample c1 = cpu.sample();
                Phase.Result apiN = Phase.run(viaApi, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                CpuMeter.Sample c2 = cpu.sample();
                footprint.endLoad();
                CpuMeter.PerRequest cpu1 = CpuMeter.perRequest(c0, c1, api1.operations());
                CpuMeter.PerRequest cpuN = CpuMeter.perRequest(c1, c2, apiN.operations());

                // the same requests to OpenSearch; the pages' ids feed the by-id SQL below
                List<List<UUID>> pages = Collections.synchronizedList(new ArrayList<>());
                Phase.run(viaOpenSearch(openSearch, bodies, new ArrayList<>(), pages), 1, config.warmup(),
                        config.warmupBudget());
                List<Long> took1 = Collections.synchronizedList(new ArrayList<>());
                List<Long> tookN = Collections.synchronizedList(new ArrayList<>());
                Phase.Result os1 = Phase.run(viaOpenSearch(openSearch, bodies, took1, pages), 1, config.iterations(),
                        config.phaseBudget());
                Phase.Result osN = Phase.run(viaOpenSearch(openSearch, bodies, tookN, null), config.clients(),
                        config.iterationsPerClient(), config.phaseBudget());

                // the API's second step: the page's rows by id
                Phase.Result byId1 = null;
                Phase.Result byIdN = null;
                List<List<UUID>> nonEmpty = pages.stream().filter(p -> !p.isEmpty()).toList();
                if (!nonEmpty.isEmpty()) {
                    Phase.OperationFactory viaSql = client -> {
                        ByIdSql own = new ByIdSql(config);
                        connections.add(own);
                        return input -> own.rows(nonEmpty.get(input % nonEmpty.size()));
                    };
                    Phase.run(viaSql, 1, config.warmup(), config.warmupBudget());
                    byId1 = Phase.run(viaSql, 1, config.iterations(), config.phaseBudget());
                    byIdN = Phase.run(viaSql, config.clients(), config.iterationsPerClient(), config.phaseBudget());
                }
                Row row = new Row(shape, min.get(), max.get(), api1, apiN, os1, osN, median(took1), median(tookN),
                        byId1, byIdN, cpu1, cpuN);
                rowsOut.add(row);
                log("  API p99 %.1f ms (1 client), %.1f ms (%d clients); OpenSearch p99 %.1f / %.1f ms, took p50 %d / "
                                + "%d ms; by-id SQL p99 %s / %s ms", api1.millis(99), apiN.millis(99), config.clients(),
                        os1.millis(99), osN.millis(99), row.took1(), row.tookN(), millis(byId1, 99), millis(byIdN, 99));
                log("  CPU ms per API request with %d clients: API %.1f, OpenSearch %.1f, PostgreSQL and the rest %.1f, "
                        + "benchmark %.1f; JIT compiling %.1f", config.clients(), cpuN.api(), cpuN.engine(), cpuN.rest(),
                        cpuN.self(), cpuN.jit());
                List<Phase.Result> phases = new ArrayList<>(List.of(api1, apiN, os1, osN));
                if (byId1 != null) {
                    phases.add(byId1);
                    phases.add(byIdN);
                }
                if (phases.stream().anyMatch(Phase.Result::budgetExhausted)) {
                    notes.add(String.format(Locale.ROOT, "%s was stopped by the %d s time budget: API %d + %d, "
                                    + "OpenSearch %d + %d, by-id SQL %s + %s requests measured (of %d + %d)",
                            shape.label(), config.phaseBudget().toSeconds(), api1.operations(), apiN.operations(),
                            os1.operations(), osN.operations(), byId1 == null ? "-" : byId1.operations(),
                            byIdN == null ? "-" : byIdN.operations(), config.iterations(),
                            config.clients() * config.iterationsPerClient()));
                }

                // the request and the by-id statement of the shape's first input, to see where the time goes
                String first = bodies.get(0);
                plans.append("==== ").append(shape.label()).append(": ").append(requests.get(0).uri().getRawQuery())
                        .append(" ====\n").append(openSearch.explain(first))
                        .append(sql.explain(openSearch.search(first).ids()));
            }
        } finally {
            for (ByIdSql connection : connections) {
                connection.close();
            }
            footprint.stop();
        }

        for (Row row : rowsOut) {
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
        context.add(String.format(Locale.ROOT, "warm-up: %d round(s) of %d requests of every shape through the API with "
                        + "%d clients; the JIT compilers' share of the API's and the engine's CPU per round: %s (rounds "
                        + "stop under %.0f %% or after %d)", warmupShares.size(), config.warmupAll(), config.clients(),
                String.join(", ", warmupShares), config.warmupJitPercent(), config.warmupRounds()));
        context.add(footprint.describe(config));
        String report = report(config, context, rowsOut, problems, notes);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(config.report().toAbsolutePath().getParent());
        Files.writeString(config.report(), report);
        log("report written to %s", config.report().toAbsolutePath());
        if (config.readme() != null) {
            Readme.replaceResults(config.readme(), report);
            log("results written into %s", config.readme().toAbsolutePath());
        }
        Path plansFile = config.report().resolveSibling("bench-plans.txt");
        Files.writeString(plansFile, plans);
        log("OpenSearch requests with their took, and the by-id SQL's EXPLAIN (ANALYZE, BUFFERS), written to %s",
                plansFile.toAbsolutePath());
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * One client's OpenSearch search: the request of input {@code input}, its {@code took} into {@code took}, and (when
     * {@code pages} is given) the page's ids into {@code pages}.
     */
    private static Phase.OperationFactory viaOpenSearch(OpenSearchSide openSearch, List<String> bodies, List<Long> took,
                                                        List<List<UUID>> pages) {
        return client -> input -> {
            OpenSearchSide.Answer answer = openSearch.search(bodies.get(input % bodies.size()));
            took.add(answer.tookMillis());
            if (pages != null) {
                pages.add(answer.ids());
            }
        };
    }

    /**
     * Waits until the API's index holds every item of the table and, when the API's log says it is rebuilding the
     * index, until it logs that the rebuild is done (the mass indexer merges segments after the last document); returns
     * the line for the report.
     */
    private static String awaitIndex(BenchConfig config, DataLoader loader, OpenSearchSide openSearch) throws Exception {
        long since = config.apiReadyEpochMillis() > 0 ? config.apiReadyEpochMillis() : System.currentTimeMillis();
        boolean readyGiven = config.apiReadyEpochMillis() > 0;
        long waited = openSearch.awaitComplete(() -> {
            try {
                return loader.count();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, () -> apiRebuildDone(config.apiLog()), since, config.indexTimeout());
        String log = apiLog(config.apiLog());
        Matcher rebuilt = REBUILT.matcher(log);
        boolean announced = log.contains("rebuilding it");
        if (!announced && log.contains("search index is in step")) {
            return "the API's index was in step with the table at the API's start: no rebuild";
        }
        String own = rebuilt.find() ? String.format(Locale.ROOT, " (the API's own figure: mass indexing of %s items "
                + "in %s s)", rebuilt.group(2), rebuilt.group(1)) : "";
        return String.format(Locale.ROOT, "index rebuild at the API's start (Hibernate Search's mass indexer, in the "
                        + "background; searches are incomplete until it is done): %,d items complete %.1f s after %s%s",
                loader.count(), waited / 1000.0, readyGiven ? "the API was ready" : "the benchmark began waiting", own);
    }

    /** True unless the API's log says a rebuild began and does not yet say that it ended; a failed rebuild throws. */
    private static boolean apiRebuildDone(Path apiLog) {
        String log = apiLog(apiLog);
        if (log.contains("rebuilding the search index failed")) {
            throw new IllegalStateException("the API's index rebuild failed (see " + apiLog + ")");
        }
        return !log.contains("rebuilding it") || REBUILT.matcher(log).find();
    }

    private static String apiLog(Path apiLog) {
        if (apiLog == null || !Files.isReadable(apiLog)) {
            return "";
        }
        try {
            return Files.readString(apiLog);
        } catch (IOException e) {
            return "";
        }
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(Phase.Result result, double percentile) {
        return result == null ? "-" : String.format(Locale.ROOT, "%.1f", result.millis(percentile));
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
        out.append(String.format(Locale.ROOT, "- %d CPU cores, Java %s; anonymous visitor, page size 20; first rounds "
                        + "of %d requests of every shape through the API with all clients (the warm-up above: the engine "
                        + "and the API have just started), then per shape and side %d warm-up requests, then %d "
                        + "sequential requests (1 client) and %d×%d parallel requests (%d clients), each on the next "
                        + "input of the rotation; latencies in ms, throughput in requests per second\n",
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(), config.warmupAll(),
                config.warmup(), config.iterations(), config.clients(), config.iterationsPerClient(), config.clients()));
        out.append("- cache hit rate 0 %: the API has no result or count cache, and OpenSearch's shard request cache "
                + "only caches requests with size=0, while every request here asks for a page of 20\n\n");
        out.append("| shape | inputs | matches | clients | API p50 | API p90 | API p99 | API req/s | OS p50 | OS p90 "
                + "| OS p99 | OS req/s | OS took p50 | by-id SQL p50 | by-id SQL p99 |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            String matches = r.minMatches() == r.maxMatches() ? String.format(Locale.ROOT, "%,d", r.minMatches())
                    : String.format(Locale.ROOT, "%,d–%,d", r.minMatches(), r.maxMatches());
            out.append(line(r.shape().label() + " (`" + r.shape().example() + "`)", r.shape().distinctInputs(), matches,
                    1, r.api1(), r.os1(), r.took1(), r.byId1()));
            out.append(line("", r.shape().distinctInputs(), "", config.clients(), r.apiN(), r.osN(), r.tookN(),
                    r.byIdN()));
        }
        out.append('\n');
        out.append("CPU time per API request in the API phases above (ms, from /proc: the API's process, the OpenSearch "
                + "node's, the rest of the machine — PostgreSQL, the kernel — and the benchmark's own clients; the "
                + "two cores give 2 ms of CPU per ms, so the total bounds the throughput):\n\n");
        out.append("| shape | clients | API | OpenSearch | PostgreSQL and the rest | benchmark | total | of which JIT "
                + "compiling (API and OpenSearch) |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            out.append(r.cpu1().row(r.shape().label(), 1)).append(r.cpuN().row("", config.clients()));
        }
        out.append('\n');
        out.append("API: `GET /api/v1/knowledge-items?…`, the whole body read. OpenSearch (OS): the request the API "
                + "sends for the same search (the backend's `KnowledgeSearchRequest.page` with a visitor's scope: the "
                + "page's ids with highlights, the exact total, the four facets, each under all filters but its own), "
                + "`POST /" + OpenSearchSide.ALIAS + "/_search` on the API's node, the whole answer read; `took` is "
                + "the engine's own time for it (no HTTP, no JSON writing), median over the phase. By-id SQL: the "
                + "API's second step, the page's rows from PostgreSQL by primary key under the visitor's scope "
                + "(`KnowledgeSearchSql.byIds`), over the pages the OpenSearch phase returned, one connection per "
                + "client. What the API adds on top: HTTP, its JSON, and the stop-word check (one small SQL statement) "
                + "only when a search with words finds nothing.\n\n");
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

    private static String line(String label, int inputs, String matches, int clients, Phase.Result api, Phase.Result os,
                               long took, Phase.Result byId) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.0f "
                        + "| %s | %s | %s |\n",
                label, label.isEmpty() ? "" : Integer.toString(inputs), matches, clients, api.millis(50), api.millis(90),
                api.millis(99), api.perSecond(), os.millis(50), os.millis(90), os.millis(99), os.perSecond(),
                took < 0 ? "-" : Long.toString(took), millis(byId, 50), millis(byId, 99));
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
