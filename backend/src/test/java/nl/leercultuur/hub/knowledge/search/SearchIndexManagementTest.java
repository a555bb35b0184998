package nl.leercultuur.hub.knowledge.search;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.leercultuur.hub.knowledge.KnowledgeItem;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.Test;

/** Operators rebuild the search index from PostgreSQL through the management interface, and watch it progress. */
@QuarkusTest
class SearchIndexManagementTest {

    @Inject
    KnowledgeSearchIndex index;

    @Inject
    SearchMapping mapping;

    private static RequestSpecification management() {
        return RestAssured.given().port(ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class));
    }

    @Test
    void shouldRebuildTheIndexFromPostgresqlAndShowItsProgress() throws Exception {
        // the index was built at start from the items that Flyway's SQL put in the table
        management().get(SearchIndexManagement.PATH).then().statusCode(200)
                .body("items", greaterThan(0));
        long items = management().get(SearchIndexManagement.PATH).then().extract().jsonPath().getLong("items");
        // an index that lost its items (a node replaced, say) …
        SearchWorkspace workspace = mapping.scope(KnowledgeItem.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertEquals(0, index.indexed());

        // … is filled again by one call
        management().post(SearchIndexManagement.PATH + "/rebuild").then().statusCode(202)
                .body("rebuild.startedAt", notNullValue());
        JsonPath status = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            status = management().get(SearchIndexManagement.PATH).then().statusCode(200).extract().jsonPath();
            if (!status.getBoolean("rebuild.running")) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(status != null && !status.getBoolean("rebuild.running"), "the rebuild did not finish in 30 s");
        assertEquals(items, status.getLong("indexed"));
        assertEquals(items, status.getLong("rebuild.done"));
        assertEquals(items, status.getLong("rebuild.total"));
        assertEquals(null, status.getString("rebuild.failure"));
    }

    @Test
    void shouldKeepTheRebuildOffTheApiPort() {
        RestAssured.given().post(SearchIndexManagement.PATH + "/rebuild").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().get(SearchIndexManagement.PATH).then().statusCode(404);
    }
}
