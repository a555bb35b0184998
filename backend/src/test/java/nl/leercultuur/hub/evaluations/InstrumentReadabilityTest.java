package nl.leercultuur.hub.evaluations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every Dutch item of the Hub's own questionnaire must be plain Dutch at B1, as Dutch public services require. The
 * measure is the Flesch–Douma reading ease (W.H. Douma, 1960, the Flesch formula adapted to Dutch):
 * <pre>206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)</pre>
 * The bound is {@value #B1_BOUND}: in Douma's norm table a score of 60–70 is "normaal", readable with the primary school
 * completed and lower secondary education (the table as published in <i>Taal en Tongval</i> 1977, DBNL
 * https://www.dbnl.org/tekst/_taa014197701_01/_taa014197701_01_0089.php; also nl.wikipedia.org/wiki/Leesbaarheid:
 * "60–70: lager middelbaar onderwijs"). That is the reader B1 writing aims at; anything under 60 ("tamelijk moeilijk"
 * and worse) is above B1. A formula is a check, not a proof: the items were also written to the B1 guidelines (short
 * sentences, everyday words, one statement per item).
 */
@QuarkusTest
class InstrumentReadabilityTest {

    static final double B1_BOUND = 60;

    @Test
    void shouldKeepEveryDutchItemAtB1() {
        List<Map<String, Object>> items = RestAssured.given().get("/api/v1/instruments/" + EvaluationFixtures.DEFAULT_INSTRUMENT).then()
                .statusCode(200).extract().path("items");
        List<String> tooHard = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String text = (String) item.get("textNl");
            double score = fleschDouma(text);
            if (score < B1_BOUND) {
                tooHard.add(String.format(Locale.ROOT, "%s (%.1f): %s", item.get("code"), score, text));
            }
        }
        assertEquals(List.of(), tooHard, "Dutch items under the B1 bound of " + B1_BOUND);
    }

    @Test
    void shouldCountDutchSyllablesAndScoreKnownSentences() {
        assertEquals(1, syllables("kat"));
        assertEquals(3, syllables("collega"), "co-lle-ga: three vowel groups");
        assertEquals(5, syllables("leidinggevende"));
        assertEquals(4, syllables("geëvalueerd"), "the diaeresis starts a syllable: ge-ë-va-lu-eerd, with eerd one group");
        assertEquals(1, syllables("ijs"));
        // one sentence of 4 words and 4 syllables: 206.835 − 0.93·4 − 77·1 = 126.115
        assertEquals(126.115, fleschDouma("De kat zit hier."), 1e-9);
        // a bureaucratic sentence must fail the bound
        assertTrue(fleschDouma("Ten behoeve van de bevordering van de organisatiebrede leercultuur worden ontwikkelingsgesprekken "
                + "geïntegreerd in de beoordelingssystematiek.") < B1_BOUND);
    }

    /** Flesch–Douma reading ease of a text. */
    static double fleschDouma(String text) {
        String[] sentences = text.trim().split("[.!?]+\\s*");
        List<String> words = words(text);
        int syllables = words.stream().mapToInt(InstrumentReadabilityTest::syllables).sum();
        return 206.835 - 0.93 * ((double) words.size() / Math.max(1, sentences.length)) - 77 * ((double) syllables / words.size());
    }

    /** The words of a text: letters only; an apostrophe inside a word ("collega's") keeps it one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.replace("'", "").replace("’", "").split("[^\\p{L}]+")) {
            if (!raw.isEmpty()) {
                words.add(raw.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * Dutch syllables, counted as groups of vowels (a, e, i, o, u, y; "ij" counts with its i). A vowel with a diaeresis
     * (ë, ï, ö, ü) starts a new group, as it does in Dutch spelling (geëvalueerd, ideeën).
     */
    static int syllables(String word) {
        int groups = 0;
        boolean inGroup = false;
        for (char c : word.toCharArray()) {
            boolean diaeresis = "ëïöüä".indexOf(c) >= 0;
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            boolean vowel = "aeiouy".indexOf(base) >= 0;
            if (vowel && (!inGroup || diaeresis)) {
                groups++;
            }
            inGroup = vowel;
        }
        return Math.max(1, groups);
    }
}
