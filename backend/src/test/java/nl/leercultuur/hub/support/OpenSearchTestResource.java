package nl.leercultuur.hub.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch 2.19 node for the tests (infra/bin/opensearch.sh: the engine's jars from Maven Central; no Docker
 * needed), on two free ports, with an empty data directory in backend/target/opensearch-test. Started once per test
 * run and stopped after it, also when the test JVM ends early; a node that a killed run left behind is stopped at the
 * next start. The script's output goes to the test output, the node's own log to
 * .local/logs/opensearch-&lt;port&gt;.log. Set TEST_OPENSEARCH_HOSTS (e.g. 127.0.0.1:9200) to use an existing node
 * instead.
 */
public class OpenSearchTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String HOSTS = "quarkus.hibernate-search-orm.elasticsearch.hosts";

    /** The first start may build infra/opensearch, which downloads OpenSearch (about 55 MB) once. */
    private static final long START_TIMEOUT_MINUTES = 15;
    private static final long STOP_TIMEOUT_MINUTES = 2;

    private Path script;
    private Path portFile;
    private boolean ownsPortFile;
    private Map<String, String> env;
    private Thread shutdownHook;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_OPENSEARCH_HOSTS");
        if (external != null && !external.isBlank()) {
            return Map.of(HOSTS, external);
        }
        Path root = repositoryRoot();
        script = root.resolve("infra/bin/opensearch.sh");
        Path target = root.resolve("backend/target");
        portFile = target.resolve("opensearch-test.port");
        int[] ports = freePorts();
        Path data;
        if (otherTestRunAlive()) {
            // another live test JVM of this checkout (continuous testing, say) has target/opensearch-test
            data = target.resolve("opensearch-test-" + ports[0]);
        } else {
            stopLeftOver(target.resolve("opensearch-test"));
            data = target.resolve("opensearch-test");
            writePortFile(ports[0]);
        }
        env = env(ports[0], ports[1], data);
        shutdownHook = new Thread(this::stopNode, "opensearch-test-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook); // also when the test JVM ends without stop()
        int exit = run("start", env, START_TIMEOUT_MINUTES);
        if (exit != 0) {
            stop(); // the script already stopped what it started; this drops the hook and the port file
            Path log = Path.of(System.getenv().getOrDefault("LOCAL_DIR", root.resolve(".local").toString()))
                    .resolve("logs/opensearch-" + ports[0] + ".log");
            throw new IllegalStateException("The OpenSearch node for the tests did not start: " + script
                    + " start exited with " + exit + " (its output is above; the node's log is " + log + ")."
                    + " Or set TEST_OPENSEARCH_HOSTS=host:port to use a running node.");
        }
        return Map.of(HOSTS, "127.0.0.1:" + ports[0]);
    }

    @Override
    public void stop() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs (or ran) anyway
            }
            shutdownHook = null;
        }
        stopNode();
    }

    private synchronized void stopNode() {
        if (env != null) {
            run("stop", env, STOP_TIMEOUT_MINUTES);
            env = null;
            if (ownsPortFile) {
                deletePortFile();
                ownsPortFile = false;
            }
        }
    }

    /**
     * The port file ({@code <port> <pid>}) names the node in target/opensearch-test and the test JVM that started it;
     * a clean stop removes it. True when that JVM still runs.
     */
    private boolean otherTestRunAlive() {
        long[] entry = readPortFile();
        return entry != null && entry[1] != ProcessHandle.current().pid()
                && ProcessHandle.of(entry[1]).map(ProcessHandle::isAlive).orElse(false);
    }

    /** A node that a killed test run left behind is stopped first: it would hold the data directory. */
    private void stopLeftOver(Path data) {
        long[] entry = readPortFile();
        if (entry != null) {
            run("stop", env((int) entry[0], (int) entry[0] + 100, data), STOP_TIMEOUT_MINUTES);
        }
        deletePortFile();
    }

    private static Map<String, String> env(int port, int transportPort, Path data) {
        return Map.of(
                "OS_PORT", Integer.toString(port),
                "OS_TRANSPORT_PORT", Integer.toString(transportPort),
                "OS_DATA", data.toString(),
                "OS_FRESH", "1",
                "OS_HEAP", "384m");
    }

    /** Runs opensearch.sh with the given command, its output (which it writes to stderr) copied to the test output. */
    private int run(String command, Map<String, String> osEnv, long timeoutMinutes) {
        ProcessBuilder builder = new ProcessBuilder(script.toString(), command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.putAll(osEnv);
        // the JDK running the tests (>= 21, as the build requires) runs the node too, unless JAVA_HOME says otherwise
        environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            Thread copier = new Thread(() -> copy(process), "opensearch-test-output");
            copier.setDaemon(true);
            copier.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        script + " " + command + " did not finish within " + timeoutMinutes + " minutes");
            }
            copier.join(TimeUnit.SECONDS.toMillis(5));
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + script + " " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + script + " " + command, e);
        }
    }

    private static void copy(Process process) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.err.println(line);
            }
        } catch (IOException e) {
            // the script ended
        }
    }

    /** The repository root: the nearest folder above the working directory (backend/ under Maven) with the script. */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/bin/opensearch.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("infra/bin/opensearch.sh not found in " + start + " or any folder above it;"
                + " set TEST_OPENSEARCH_HOSTS=host:port to use a running OpenSearch node.");
    }

    /** Two free TCP ports on 127.0.0.1 (HTTP and transport), held open together so that they differ. */
    private static int[] freePorts() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket http = new ServerSocket(0, 1, loopback);
                ServerSocket transport = new ServerSocket(0, 1, loopback)) {
            return new int[] {http.getLocalPort(), transport.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports for OpenSearch", e);
        }
    }

    /** The port file's port and pid, or null when there is none (or it is unreadable). */
    private long[] readPortFile() {
        try {
            String[] parts = Files.readString(portFile).strip().split("\\s+");
            return new long[] {Integer.parseInt(parts[0]), Long.parseLong(parts[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void writePortFile(int port) {
        try {
            Files.createDirectories(portFile.getParent());
            Files.writeString(portFile, port + " " + ProcessHandle.current().pid() + "\n");
            ownsPortFile = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deletePortFile() {
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // a later run only tries to stop a node that is gone
        }
    }
}
