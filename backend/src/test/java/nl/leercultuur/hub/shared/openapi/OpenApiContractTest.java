package nl.leercultuur.hub.shared.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The live OpenAPI document is the committed contract ({@code contract/openapi.json}): partner systems generate their
 * clients from it. A change that breaks them (openapi-diff: a removed operation, a new required parameter, a changed
 * type …) fails here with the list of breaking changes; any other difference fails too, until
 * {@code make contract-snapshot} has written the new contract and it is committed with the change.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "contract", "openapi.json");

    @Test
    void shouldServeExactlyTheCommittedContract() throws Exception {
        String committed = Files.readString(CONTRACT);
        String live = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();

        ContractDiff diff = ContractDiff.between(committed, live);
        assertFalse(diff.breaking(), "The API changed in a way that breaks generated clients:\n" + diff.report()
                + "\nIf this is intended (a new API version, agreed with the partner systems), run `make contract-snapshot` "
                + "and commit contract/openapi.json with this change.");

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(committed);
        JsonNode actual = json.readTree(live);
        assertTrue(expected.equals(actual), "The live OpenAPI document differs from contract/openapi.json (changes are "
                + "compatible):\n" + diff.report() + "\nRun `make contract-snapshot` and commit contract/openapi.json.");
    }
}
