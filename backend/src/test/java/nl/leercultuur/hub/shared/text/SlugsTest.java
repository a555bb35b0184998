package nl.leercultuur.hub.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Plain JUnit: readable, unique slugs. */
class SlugsTest {

    private static final UUID ID = UUID.fromString("1a2b3c4d-0000-0000-0000-000000000000");

    @Test
    void shouldMakeLowercaseAsciiWordsWithTheStartOfTheId() {
        assertEquals("leren-op-de-werkvloer-bij-cafe-de-vries-1a2b3c4d", Slugs.of("Leren óp de werkvloer bij Café \"De Vries\"!", ID));
    }

    @Test
    void shouldFallBackToTheIdForTitlesWithoutLetters() {
        assertEquals("1a2b3c4d", Slugs.of("???", ID));
    }

    @Test
    void shouldCutLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("woord ".repeat(60), ID);
        assertTrue(slug.length() <= 130, slug);
        assertTrue(slug.matches("(woord-)+1a2b3c4d"), slug);
    }
}
