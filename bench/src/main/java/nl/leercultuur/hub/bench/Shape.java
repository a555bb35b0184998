package nl.leercultuur.hub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A kind of search people make (browse, one word, a phrase, …), with the inputs it rotates over. Request number
 * {@code i} of a phase gets {@link #query(int) query(i)}: the word (or phrase, type, theme) turns over first, the
 * page (1–5) after each full turn, so consecutive requests never repeat an input and the first 150 requests of a
 * word shape are all different (30 words × 5 pages). Nothing in the API caches search results or counts, and
 * OpenSearch's request cache only keeps answers of size=0 requests, so no measured request is a cache hit; the
 * engine's file-system cache and PostgreSQL's buffer cache are warm, as they are in production.
 */
record Shape(String label, String example, int distinctInputs, IntFunction<BenchQuery> query) {

    static final int PAGES = 5;

    /** Thirty common words of the generated texts (each matches between about 2 % and a third of the items). */
    static final List<String> WORDS = List.of(
            "leercultuur", "feedback", "werkplek", "coaching", "intervisie", "mentor", "ontwikkeling", "leiderschap",
            "opleiding", "vakmanschap", "praktijkopleider", "leerbudget", "werkoverleg", "veiligheid", "digitalisering",
            "kennisdeling", "loopbaan", "evaluatie", "competenties", "motivatie", "vaardigheden", "training",
            "reflectie", "innovatie", "zorg", "bouw", "techniek", "werkinstructies", "begeleiding", "samenwerking");

    /** Thirty two-word phrases of the generated texts, from frequent to rare. */
    static final List<String> PHRASES = List.of(
            "informeel leren", "formeel leren", "psychologische veiligheid", "duurzame inzetbaarheid",
            "kunstmatige intelligentie", "pedagogisch medewerker", "administratief medewerker",
            "zakelijke dienstverlening", "meewerkend voorman", "korte termijn", "lange termijn", "kleine groepen",
            "vaste methode", "korte video", "eerste jaar", "ervaren monteur", "nieuwe medewerker", "jonge collega",
            "oudere werknemers", "betrokken leidinggevende", "ervaren collega", "nieuwe werkinstructies",
            "eigen ontwikkeling", "praktische vaardigheden", "digitale vaardigheden", "persoonlijke ontwikkeling",
            "gezamenlijke reflectie", "technische opleiding", "lerende organisatie", "concrete feedback");

    static final List<String> TYPES = List.of("RESEARCH", "PRACTICE_EXAMPLE", "INSTRUMENT", "INTERVENTION", "ARTICLE",
            "EVENT_REPORT");

    /** The typical searches of the knowledge bank, with the theme codes of the database for the theme filter. */
    static List<Shape> typical(List<String> themes) {
        int n = WORDS.size();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("browse (newest first)", "page 0..4", PAGES,
                i -> BenchQuery.of("page", page(i, 1))));
        shapes.add(new Shape("one word", "q=leercultuur", n * PAGES,
                i -> BenchQuery.of("q", WORDS.get(i % n), "page", page(i, n))));
        shapes.add(new Shape("two-word phrase", "q=\"informeel leren\"", PHRASES.size() * PAGES,
                i -> BenchQuery.of("q", '"' + PHRASES.get(i % PHRASES.size()) + '"', "page", page(i, PHRASES.size()))));
        shapes.add(new Shape("word -word", "q=feedback -leiderschap", n * PAGES,
                i -> BenchQuery.of("q", WORDS.get(i % n) + " -" + WORDS.get((i + 7) % n), "page", page(i, n))));
        shapes.add(new Shape("word + theme", "q=ontwikkeling&theme=leiderschap", n * themes.size(),
                i -> BenchQuery.of("q", WORDS.get(i % n), "theme", themes.get((i / n + i) % themes.size()))));
        shapes.add(new Shape("type filter", "type=RESEARCH, page 0..4", TYPES.size() * PAGES,
                i -> BenchQuery.of("type", TYPES.get(i % TYPES.size()), "page", page(i, TYPES.size()))));
        shapes.add(new Shape("word, by year", "q=werkplek&sort=publicationYear,desc", n * PAGES,
                i -> BenchQuery.of("q", WORDS.get(i % n), "sort", "publicationYear,desc", "page", page(i, n))));
        return shapes;
    }

    /**
     * The shapes numbered in {@code selection} (from 1, comma-separated, as in the report's order), or all of them
     * when it is empty: for trial runs of one kind of search.
     */
    static List<Shape> select(List<Shape> shapes, String selection) {
        if (selection.isBlank()) {
            return shapes;
        }
        List<Shape> chosen = new ArrayList<>();
        for (String number : selection.split(",")) {
            int n = Integer.parseInt(number.strip());
            if (n < 1 || n > shapes.size()) {
                throw new IllegalArgumentException("bench.shapes: no shape " + n + " (1.." + shapes.size() + ")");
            }
            chosen.add(shapes.get(n - 1));
        }
        return chosen;
    }

    /** The API's page number (0-based) for request {@code i}: the next page after each turn of {@code turn} inputs. */
    private static String page(int i, int turn) {
        return Integer.toString((i / turn) % PAGES);
    }
}
