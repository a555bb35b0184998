package nl.leercultuur.hub.shared.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import nl.leercultuur.hub.shared.error.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document with what depends on the environment: the server URL and the OAuth2 security
 * scheme of the Keycloak realm (authorization code with PKCE for people in Swagger UI, client credentials for
 * partner systems).
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class HubOpenApiFilter implements OASFilter {

    public static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String realm = config.getOptionalValue("app.openapi.keycloak-url", String.class)
                .orElse("http://localhost:8180/realms/leercultuur");
        String server = config.getOptionalValue("app.openapi.server-url", String.class).orElse("http://localhost:8080");
        String endpoints = realm + "/protocol/openid-connect";

        openAPI.setServers(List.of(OASFactory.createServer().url(server).description("Leercultuur Hub API")));

        var scopes = new java.util.LinkedHashMap<String, String>();
        scopes.put("openid", "OpenID Connect sign-in");
        scopes.put("profile", "your name and username");
        scopes.put("email", "your e-mail address");
        OAuthFlow authorizationCode = OASFactory.createOAuthFlow()
                .authorizationUrl(endpoints + "/auth")
                .tokenUrl(endpoints + "/token")
                .refreshUrl(endpoints + "/token")
                .scopes(scopes);
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow()
                .tokenUrl(endpoints + "/token")
                .scopes(new java.util.LinkedHashMap<>());
        SecurityScheme keycloak = OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm `leercultuur`. People sign in with the authorization code flow with PKCE "
                        + "(Swagger UI client `hub-swagger`); partner systems use client credentials with the client id "
                        + "and secret they received from the programme team. Roles come from `realm_access.roles`.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(authorizationCode)
                        .clientCredentials(clientCredentials));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, keycloak);
        addProblemContent(openAPI);
    }

    /** Every 4xx/5xx answer is application/problem+json: say so once here instead of on every annotation. */
    private static void addProblemContent(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        var problemRef = OASFactory.createSchema().ref("#/components/schemas/Problem");
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                boolean error = code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
                if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(OASFactory.createContent()
                            .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problemRef)));
                }
            });
        }));
    }
}
