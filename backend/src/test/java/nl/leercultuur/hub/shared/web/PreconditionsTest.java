package nl.leercultuur.hub.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.ProblemType;
import org.junit.jupiter.api.Test;

/** Plain JUnit: entity-tag comparison as RFC 9110 section 8.8.3.2 defines it. */
class PreconditionsTest {

    @Test
    void shouldCompareStronglyForIfMatch() {
        assertTrue(Preconditions.matches("\"3\"", 3, false));
        assertTrue(Preconditions.matches("*", 3, false));
        assertTrue(Preconditions.matches("\"1\", \"3\"", 3, false));
        assertFalse(Preconditions.matches("W/\"3\"", 3, false));
        assertFalse(Preconditions.matches("\"4\"", 3, false));
        assertFalse(Preconditions.matches("3", 3, false));
        assertFalse(Preconditions.matches("\"3", 3, false));
    }

    @Test
    void shouldCompareWeaklyForIfNoneMatch() {
        assertTrue(Preconditions.matches("W/\"3\"", 3, true));
        assertTrue(Preconditions.matches("\"3\"", 3, true));
        assertFalse(Preconditions.matches("W/\"4\"", 3, true));
    }

    @Test
    void shouldRequireIfMatchAndRefuseStaleVersions() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ApiException.class, () -> Preconditions.requireMatch(null, 3)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ApiException.class, () -> Preconditions.requireMatch("\"2\"", 3)).type());
        Preconditions.requireMatch("\"3\"", 3);
    }

    @Test
    void shouldAnswerNotModifiedOnlyWhenTheTagIsCurrent() {
        assertEquals(304, Preconditions.notModified("\"3\"", 3).getStatus());
        assertNull(Preconditions.notModified("\"2\"", 3));
        assertNull(Preconditions.notModified(null, 3));
        assertEquals(304, Preconditions.conditionalGet("W/\"3\"", 3, "body").getStatus());
        jakarta.ws.rs.core.Response fresh = Preconditions.conditionalGet("\"2\"", 3, "body");
        assertEquals(200, fresh.getStatus());
        assertEquals("body", fresh.getEntity());
        assertEquals("\"3\"", fresh.getHeaderString("ETag"));
    }
}
