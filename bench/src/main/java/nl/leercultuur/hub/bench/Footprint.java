package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's memory as the operating system sees it (resident set size, from /proc/PID/status), sampled every
 * 100 ms: before the measurements (idle, after start and the index rebuild) and the highest value while the API phases
 * run. With no process id (the API runs elsewhere) it reports nothing.
 */
final class Footprint {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private final long pid;
    private final ScheduledExecutorService sampler;
    private final long idleKb;
    private volatile boolean underLoad;
    private volatile long maxUnderLoadKb;

    private Footprint(long pid) {
        this.pid = pid;
        this.idleKb = pid > 0 ? rssKb() : 0;
        if (pid > 0) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rss-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> {
                if (underLoad) {
                    maxUnderLoadKb = Math.max(maxUnderLoadKb, rssKb());
                }
            }, 0, 100, TimeUnit.MILLISECONDS);
        } else {
            sampler = null;
        }
    }

    static Footprint watch(long pid) {
        return new Footprint(pid);
    }

    void startLoad() {
        underLoad = true;
    }

    void endLoad() {
        underLoad = false;
    }

    void stop() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    long maxUnderLoadMb() {
        return maxUnderLoadKb / 1024;
    }

    String describe(BenchConfig config) {
        if (pid <= 0) {
            return "API footprint not measured (no process id given)";
        }
        return String.format(Locale.ROOT, "API footprint: RSS %d MB idle (after start and the index rebuild), at most %d MB "
                        + "during the API phases; start %s (Quarkus: %s)", idleKb / 1024, maxUnderLoadKb / 1024,
                config.apiStartMillis() > 0 ? String.format(Locale.ROOT, "%.2f s from launch to ready",
                        config.apiStartMillis() / 1000.0) : "not measured",
                quarkusStarted(config.apiLog()));
    }

    /** Quarkus's own figure from its log: "… started in 1.234s." */
    private static String quarkusStarted(Path log) {
        if (log == null || !Files.isReadable(log)) {
            return "no log";
        }
        try {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? "started in " + m.group(1) + " s" : "no start line in the log";
        } catch (IOException e) {
            return "log not readable";
        }
    }

    private long rssKb() {
        try {
            Matcher m = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
