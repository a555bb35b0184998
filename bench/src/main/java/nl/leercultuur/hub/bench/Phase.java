package nl.leercultuur.hub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Runs an operation a fixed number of times, by one or more clients in parallel, and records each latency.
 * A phase also stops when its time budget is used up, so a very slow system cannot make the run endless; the
 * result then says how many operations it measured.
 */
final class Phase {

    /**
     * One client's operation; each client gets its own (its own connection, for instance). {@code input} numbers the
     * requests of the phase across all its clients (0, 1, 2, …), so that every request gets the next input of a
     * rotation.
     */
    @FunctionalInterface
    interface Operation {
        void run(int input) throws Exception;
    }

    /** Creates the operation of client number {@code client} (0-based). */
    @FunctionalInterface
    interface OperationFactory {
        Operation create(int client) throws Exception;
    }

    record Result(Histogram latencies, long operations, long wallNanos, boolean budgetExhausted) {

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        double perSecond() {
            return wallNanos == 0 ? 0 : operations * 1_000_000_000.0 / wallNanos;
        }
    }

    private Phase() {
    }

    /** {@code clients} clients each run their operation {@code perClient} times (or until the budget is gone). */
    static Result run(OperationFactory factory, int clients, int perClient, Duration budget) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Operation> operations = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            operations.add(factory.create(c));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            long deadline = System.nanoTime() + budget.toNanos();
            List<Future<Histogram>> futures = new ArrayList<>();
            for (Operation operation : operations) {
                futures.add(pool.submit(() -> {
                    // latencies in microseconds, 1 µs .. 10 min, 3 significant digits
                    Histogram histogram = new Histogram(1, 600_000_000L, 3);
                    start.await();
                    for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
                        long t0 = System.nanoTime();
                        operation.run(next.getAndIncrement());
                        histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    }
                    return histogram;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            Histogram all = new Histogram(1, 600_000_000L, 3);
            for (Future<Histogram> future : futures) {
                all.add(future.get());
            }
            long wall = System.nanoTime() - t0;
            long expected = (long) clients * perClient;
            return new Result(all, all.getTotalCount(), wall, all.getTotalCount() < expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
