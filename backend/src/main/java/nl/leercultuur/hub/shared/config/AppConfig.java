package nl.leercultuur.hub.shared.config;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

/** Typed application settings (prefix `app`). */
@ConfigMapping(prefix = "app")
public interface AppConfig {

    Security security();

    OpenApi openapi();

    interface Security {
        /** Clients through which people sign in; a token from any other client is a partner system (client credentials). */
        Set<String> interactiveClients();
    }

    interface OpenApi {
        /** Realm URL as browsers see it, for the OAuth2 flows in the OpenAPI document and Swagger UI. */
        String keycloakUrl();

        /** Public base URL of the API, listed as server in the OpenAPI document. */
        String serverUrl();
    }
}
