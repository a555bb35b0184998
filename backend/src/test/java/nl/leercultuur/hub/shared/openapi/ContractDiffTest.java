package nl.leercultuur.hub.shared.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plain JUnit: the breaking-change check itself tells breaking from compatible changes. */
class ContractDiffTest {

    private static String document(String operations, String itemProperties) {
        return """
                {"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{%s},
                 "components":{"schemas":{"Item":{"type":"object","properties":{%s}}}}}
                """.formatted(operations, itemProperties);
    }

    private static String get(String path, String parameterType, boolean required) {
        return """
                "%s":{"get":{"operationId":"op%s","parameters":[{"name":"page","in":"query","required":%s,
                 "schema":{"type":"%s"}}],"responses":{"200":{"description":"ok","content":{"application/json":
                 {"schema":{"$ref":"#/components/schemas/Item"}}}}}}}
                """.formatted(path, Math.abs(path.hashCode()), required, parameterType);
    }

    private static final String BASE = document(get("/a", "integer", false) + "," + get("/b", "integer", false),
            "\"title\":{\"type\":\"string\"}");

    @Test
    void shouldSeeNoChangeInTheSameDocument() {
        assertTrue(ContractDiff.between(BASE, BASE).unchanged());
    }

    @Test
    void shouldCallARemovedOperationBreaking() {
        assertTrue(ContractDiff.between(BASE, document(get("/a", "integer", false), "\"title\":{\"type\":\"string\"}")).breaking());
    }

    @Test
    void shouldCallANewlyRequiredParameterBreaking() {
        String current = document(get("/a", "integer", true) + "," + get("/b", "integer", false), "\"title\":{\"type\":\"string\"}");
        assertTrue(ContractDiff.between(BASE, current).breaking());
    }

    @Test
    void shouldCallAnAddedResponseFieldCompatible() {
        String current = document(get("/a", "integer", false) + "," + get("/b", "integer", false),
                "\"title\":{\"type\":\"string\"},\"subtitle\":{\"type\":\"string\"}");
        ContractDiff diff = ContractDiff.between(BASE, current);
        assertFalse(diff.unchanged());
        assertFalse(diff.breaking(), diff.report());
    }
}
