package nl.leercultuur.hub.shared.config;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

/** Typed application settings (prefix `app`). */
@ConfigMapping(prefix = "app")
public interface AppConfig {

    Security security();

    OpenApi openapi();

    Limits limits();

    Required required();

    Accounts accounts();

    /**
     * The settings production must be given (database, Keycloak realm, search engine): they have development defaults only, and a
     * missing one stops the API at start-up with a message naming its environment variable.
     */
    interface Required {
        String databaseUrl();

        String databaseUsername();

        String databasePassword();

        String oidcServerUrl();

        String searchHosts();
    }

    /** People's Keycloak accounts (shared.accounts.AccountDirectory). */
    interface Accounts {
        /** The realm the accounts live in. */
        @io.smallrye.config.WithDefault("leercultuur")
        String realm();

        /** The client whose pages the invitation leads to (its redirect URIs must allow {@link #redirectUrl()}). */
        @io.smallrye.config.WithDefault("hub-web")
        String clientId();

        /** Where an invited person lands after setting their password: the web app (it starts the onboarding). */
        String redirectUrl();

        /** How long the invitation link is valid. */
        @io.smallrye.config.WithDefault("P7D")
        java.time.Duration invitationLifespan();
    }

    interface Security {
        /** Clients through which people sign in; a token from any other client is a partner system (client credentials). */
        Set<String> interactiveClients();
    }

    /** Request size limits answered as problem+json (shared.web.RequestLimits). */
    interface Limits {
        /** The longest URL (path and query) in characters: 414 beyond it. */
        int maxUrlLength();

        /** The most bytes of request headers together: 431 beyond it. */
        int maxHeaderSize();

        /** The largest request body by its Content-Length: 413 beyond it. */
        long maxBodySize();
    }

    interface OpenApi {
        /** Realm URL as browsers see it, for the OAuth2 flows in the OpenAPI document and Swagger UI. */
        String keycloakUrl();

        /** Public base URL of the API, listed as server in the OpenAPI document. */
        String serverUrl();
    }
}
