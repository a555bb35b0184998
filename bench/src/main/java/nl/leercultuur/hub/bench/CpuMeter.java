package nl.leercultuur.hub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the CPU time of a phase goes, from /proc: the API's process, the OpenSearch node's, this benchmark's own (the
 * clients), and the rest of the machine (PostgreSQL, the kernel, anything else running). On two cores every
 * millisecond of CPU one of them spends is a millisecond the others wait, so this says what to make cheaper. Linux
 * counts in clock ticks of 10 ms (USER_HZ 100), so a phase of a few seconds gives figures to about a tenth of a
 * millisecond per request. Without /proc (not Linux) or a process id, that part reads as zero. The API's and the
 * engine's JIT compiler threads are counted apart as well: while they still compile, the phase measures a JVM that
 * is not yet warm.
 */
final class CpuMeter {

    private static final double MS_PER_TICK = 10.0;

    private final long apiPid;
    private final long enginePid;

    /** Ticks so far; {@code jit} is the part of the API's and the engine's that their JIT compiler threads spent. */
    record Sample(long machine, long api, long engine, long self, long jit) {
    }

    /** CPU milliseconds per request of a phase; {@code jit} is part of {@code api} and {@code engine}. */
    record PerRequest(double api, double engine, double self, double rest, double jit) {

        double total() {
            return api + engine + self + rest;
        }

        /** The share of the API's and the engine's CPU that went to compiling code (0–1). */
        double jitShare() {
            return api + engine == 0 ? 0 : jit / (api + engine);
        }

        String row(String label, int clients) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", label, clients,
                    api, engine, rest, self, total(), jit);
        }
    }

    CpuMeter(long apiPid, long enginePid) {
        this.apiPid = apiPid;
        this.enginePid = enginePid;
    }

    Sample sample() {
        return new Sample(machineBusyTicks(), processTicks(apiPid), processTicks(enginePid),
                processTicks(ProcessHandle.current().pid()), jitTicks(apiPid) + jitTicks(enginePid));
    }

    static PerRequest perRequest(Sample before, Sample after, long requests) {
        double n = Math.max(1, requests);
        long api = after.api - before.api;
        long engine = after.engine - before.engine;
        long self = after.self - before.self;
        long rest = Math.max(0, (after.machine - before.machine) - api - engine - self);
        long jit = after.jit - before.jit;
        return new PerRequest(api * MS_PER_TICK / n, engine * MS_PER_TICK / n, self * MS_PER_TICK / n,
                rest * MS_PER_TICK / n, jit * MS_PER_TICK / n);
    }

    /** user + nice + system + irq + softirq + steal of the first line of /proc/stat (all cores). */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of a process (all its threads), fields 14 and 15 of /proc/PID/stat. */
    private static long processTicks(long pid) {
        return pid <= 0 ? 0 : ticks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** utime + stime of a JVM's JIT compiler threads (HotSpot names them "C1 CompilerThread0", "C2 Compiler…"). */
    private static long jitTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(CpuMeter::isCompilerThread).mapToLong(t -> ticks(t.resolve("stat"))).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm"));
            return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
        } catch (IOException e) {
            return false; // the thread ended meanwhile
        }
    }

    private static long ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" "); // after "pid (comm) "; f[0] is field 3
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
