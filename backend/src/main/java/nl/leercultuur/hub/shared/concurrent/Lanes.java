package nl.leercultuur.hub.shared.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Background lanes: one daemon thread each, for work that follows a committed change (mails, Keycloak calls). The
 * request's transaction and contexts are not carried over to it, as they would be to the shared worker pool, and a slow
 * outside service never takes a thread that serves requests. Work in one lane runs one item at a time, in order.
 */
public final class Lanes {

    private Lanes() {
    }

    /** A lane whose thread is called {@code name} (it shows in logs and thread dumps). */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
