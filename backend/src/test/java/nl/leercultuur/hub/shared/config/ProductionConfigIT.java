package nl.leercultuur.hub.shared.config;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged API in its production profile does not fall back on development settings: without the database,
 * Keycloak and search engine settings it refuses to start, and says which environment variables to set.
 */
class ProductionConfigIT {

    @Test
    void shouldRefuseToStartWithoutDatabaseKeycloakAndSearchSettings() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the application first (mvnw verify does)");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("HUB_"));
        builder.environment().put("HUB_JSON_LOGS", "false");
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "the API should stop by itself, but kept running:\n" + output);
        assertNotEquals(0, process.exitValue(), output);
        for (String variable : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS")) {
            assertTrue(output.contains("Could not expand value " + variable), "names " + variable + ":\n" + output);
        }
    }
}
