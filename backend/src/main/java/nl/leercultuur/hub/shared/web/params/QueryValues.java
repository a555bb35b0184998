package nl.leercultuur.hub.shared.web.params;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Reading query parameters that the constraints of this package have already validated. Lists may be given
 * repeated ({@code ?type=A&type=B}) or comma separated ({@code ?type=A,B}).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public static Integer integer(String raw) {
        return raw == null || raw.isBlank() ? null : Integer.valueOf(raw.strip());
    }

    public static int integer(String raw, int fallback) {
        Integer value = integer(raw);
        return value == null ? fallback : value;
    }

    public static boolean bool(String raw) {
        return raw != null && raw.strip().equalsIgnoreCase("true");
    }

    /** An ISO-8601 date-time with offset, or null; throws DateTimeParseException for anything else. */
    public static Instant instant(String raw) {
        return raw == null || raw.isBlank() ? null : OffsetDateTime.parse(raw.strip()).toInstant();
    }

    static boolean isInstant(String raw) {
        try {
            instant(raw);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isInteger(String raw, long min, long max) {
        if (raw == null || raw.isBlank()) {
            return true;
        }
        try {
            long value = Long.parseLong(raw.strip());
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static <E extends Enum<E>> List<E> enums(List<String> raw, Class<E> type) {
        return split(raw).stream().map(v -> Enum.valueOf(type, v)).distinct().toList();
    }
}
