package nl.leercultuur.hub.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL 17 server for the tests (zonky's binaries from Maven Central; no Docker needed). Started once
 * per test run. Set TEST_DATASOURCE_URL (+ _USERNAME/_PASSWORD) to use an existing server instead.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_DATASOURCE_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("TEST_DATASOURCE_USERNAME", "hub"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", "hub"));
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
