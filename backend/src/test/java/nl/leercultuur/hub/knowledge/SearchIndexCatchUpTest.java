package nl.leercultuur.hub.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.knowledge.search.SearchIndexCatchUp;
import org.junit.jupiter.api.Test;

/**
 * A change the index never got (a replica stopped between the commit and the indexing; here: a change made by SQL,
 * which Hibernate Search does not see) is found by the catch-up and indexed, once; items in step are left alone.
 */
@QuarkusTest
class SearchIndexCatchUpTest {

    @Inject
    SearchIndexCatchUp catchUp;

    @Inject
    AgroalDataSource dataSource;

    private static long found(String word) {
        return ((Number) RestAssured.given().queryParam("q", word).get("/api/v1/knowledge-items")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void shouldIndexAgainTheRecentChangesTheIndexMissed() throws Exception {
        String before = KnowledgeFixtures.uniqueWord();
        String after = KnowledgeFixtures.uniqueWord();
        UUID missed = KnowledgeFixtures.published(Map.of("title", "Leren met " + before));
        UUID inStep = KnowledgeFixtures.published(Map.of("title", "Werkplekleren met " + before));
        assertEquals(2, found(before));

        // the title changes in PostgreSQL, the index does not hear of it
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "update knowledge_item set title = ?, updated_at = now(), version = version + 1 "
                                + "where id = ?")) {
            st.setString(1, "Leren met " + after);
            st.setObject(2, missed);
            assertEquals(1, st.executeUpdate());
        }
        assertEquals(0, found(after));

        List<UUID> indexed = catchUp.catchUp();
        assertTrue(indexed.contains(missed), "the item the index missed is indexed again: " + indexed);
        assertFalse(indexed.contains(inStep), "an item in step is left alone: " + indexed);
        assertEquals(1, found(after));
        assertEquals(1, found(before));

        // once in step, the next run leaves it alone
        assertFalse(catchUp.catchUp().contains(missed));
    }
}
