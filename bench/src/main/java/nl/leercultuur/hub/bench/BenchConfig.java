package nl.leercultuur.hub.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of one benchmark run. Per shape of search: a warm-up of {@code warmup} requests on each side, then the
 * measured phases (API, OpenSearch and the by-id SQL, each with 1 and {@code clients} clients); each of these stops at
 * its fixed count or at its time budget, whichever comes first, so that a slow system still finishes in time.
 * {@code mode} is {@code load} (fill the database and exit: bench.sh does this before it starts the measured API, so
 * that the API rebuilds its index from the loaded table) or {@code measure} (the default).
 * Every value can be set as a system property ({@code -Dbench.items=1000}) or as an
 * environment variable ({@code BENCH_ITEMS=1000}); infra/bin/bench.sh passes the ports it started things on.
 * {@code warmupAll} is the number of requests of each shape sent through the API with all clients in one warm-up round,
 * before any shape is measured: the engine and the API have just started and compile their search paths under load
 * meanwhile. Rounds repeat, up to {@code warmupRounds}, until their JIT compilers use less than
 * {@code warmupJitPercent} % of their CPU in a round: users meet a node that has run for days, not one that compiles.
 * {@code shapes} limits a trial run to some shapes (their numbers in {@link Shape#typical}, from 1, comma-separated;
 * empty: all).
 */
record BenchConfig(
        String mode,
        String apiUrl,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        int items,
        int loadThreads,
        int warmup,
        Duration warmupBudget,
        int iterations,
        int clients,
        int iterationsPerClient,
        Duration phaseBudget,
        double p99LimitMillis,
        long footprintLimitMb,
        Path report,
        Path readme,
        long apiPid,
        long apiStartMillis,
        Path apiLog,
        String apiSettings,
        String openSearchUrl,
        long apiReadyEpochMillis,
        Duration indexTimeout,
        long openSearchPid,
        String shapes,
        int warmupAll,
        int warmupRounds,
        double warmupJitPercent) {

    static BenchConfig fromEnvironment() {
        return new BenchConfig(
                text("bench.mode", "measure"),
                text("bench.api-url", "http://127.0.0.1:8082"),
                text("bench.jdbc-url", "jdbc:postgresql://127.0.0.1:55434/hub"),
                text("bench.db-user", "hub"),
                text("bench.db-password", "hub"),
                number("bench.items", 100_000),
                number("bench.load-threads", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))),
                number("bench.warmup", 50),
                Duration.ofSeconds(number("bench.warmup-budget-seconds", 5)),
                number("bench.iterations", 300),
                number("bench.clients", 4),
                number("bench.iterations-per-client", 75),
                Duration.ofSeconds(number("bench.phase-budget-seconds", 10)),
                Double.parseDouble(text("bench.p99-limit-ms", "50")),
                number("bench.footprint-limit-mb", 300),
                Path.of(text("bench.report", "target/bench-report.md")),
                optionalPath(text("bench.readme", "")),
                number("bench.api-pid", 0),
                number("bench.api-start-ms", 0),
                optionalPath(text("bench.api-log", "")),
                text("bench.api-settings", ""),
                text("bench.opensearch-url", "http://127.0.0.1:9202"),
                Long.parseLong(text("bench.api-ready-epoch-ms", "0")),
                Duration.ofSeconds(number("bench.index-timeout-seconds", 1200)),
                Long.parseLong(text("bench.opensearch-pid", "0")),
                text("bench.shapes", ""),
                number("bench.warmup-all", 1000),
                number("bench.warmup-rounds", 6),
                Double.parseDouble(text("bench.warmup-jit-percent", "10")));
    }

    private static Path optionalPath(String value) {
        return value.isEmpty() ? null : Path.of(value);
    }

    private static String text(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(String property, int fallback) {
        return Integer.parseInt(text(property, Integer.toString(fallback)));
    }
}
