package nl.leercultuur.hub.shared.text;

/** Small text rules that every feature applies to what people type. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when there is nothing in it (optional fields store null). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
