package nl.leercultuur.hub.shared.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of the current request (Accept-Language: Dutch or English), for services that write texts for people
 * without knowing anything about HTTP.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    Instance<HttpServerRequest> request;

    private Messages messages;

    public Messages messages() {
        if (messages == null) {
            messages = Messages.forRequest(request.isResolvable() ? request.get() : null);
        }
        return messages;
    }

    public Locale locale() {
        return messages().locale();
    }

    public boolean isDutch() {
        return Messages.DUTCH.getLanguage().equals(locale().getLanguage());
    }

    /** The message {@code key} in the caller's language, with MessageFormat arguments. */
    public String get(String key, Object... args) {
        return messages().get(key, args);
    }
}
