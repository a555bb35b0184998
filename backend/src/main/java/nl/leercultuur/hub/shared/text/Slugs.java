package nl.leercultuur.hub.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/** Readable, unique URL slugs: the title in lowercase ASCII words, and the start of the id. */
public final class Slugs {

    private static final int MAX_WORDS_LENGTH = 120;

    private Slugs() {
    }

    public static String of(String title, UUID id) {
        String words = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH).replaceAll("-[^-]*$", "");
        }
        String suffix = id.toString().substring(0, 8);
        return words.isEmpty() ? suffix : words + "-" + suffix;
    }
}
