package nl.leercultuur.hub.shared.i18n;

import io.vertx.core.http.HttpServerRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for people, in the language they ask for with Accept-Language: Dutch (nl) or English (en, the default
 * for integrators). Shares the ValidationMessages bundle with Bean Validation, which Quarkus localizes the same way.
 */
public final class Messages {

    public static final Locale DUTCH = Locale.of("nl");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, DUTCH);
    private static final String BUNDLE = "ValidationMessages";

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages forRequest(HttpServerRequest request) {
        return forLanguage(request == null ? null : request.getHeader("Accept-Language"));
    }

    /** The best supported language for an Accept-Language header value; English when nothing matches. */
    public static Messages forLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return new Messages(Locale.ENGLISH);
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return new Messages(match == null ? Locale.ENGLISH : match);
        } catch (IllegalArgumentException e) {
            return new Messages(Locale.ENGLISH);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The message {@code key} with MessageFormat arguments ({0}, {1} …). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
