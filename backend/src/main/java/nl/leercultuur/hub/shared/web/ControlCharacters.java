package nl.leercultuur.hub.shared.web;

/**
 * Text that people and systems send may not hold C0 control characters (U+0000–U+001F) or DEL (U+007F), except tab,
 * line feed and carriage return: PostgreSQL cannot store NUL in text, and the others only hide content or break
 * exports. They are refused with 400 (query and path parameters: {@link ControlCharacterFilter}; JSON bodies:
 * {@code shared.json.JsonTextCustomizer}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
