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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document with what depends on the environment: the server URL and the OAuth2 security
 * scheme of the Keycloak realm (authorization code with PKCE for people in Swagger UI, client credentials for
 * partner systems).
 *
 * <p>It runs at build time (the committed contract) and again when the document is requested, with the URLs of the
 * running environment; not at start-up, where going over the whole document again cost half a second of every start.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_PER_REQUEST})
public class HubOpenApiFilter implements OASFilter {

    public static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String realm = config.getOptionalValue("app.openapi.keycloak-url", String.class)
                .orElse("http://localhost:8180/realms/leercultuur");
        String server = config.getOptionalValue("app.openapi.server-url", String.class).orElse("http://localhost:8080");
        String endpoints = realm + "/protocol/openid-connect";

        boolean local = server.contains("://localhost") || server.contains("://127.0.0.1");
        openAPI.setServers(List.of(OASFactory.createServer().url(server)
                .description("Leercultuur Hub API (" + (local ? "local development" : "production") + ")")
                .addExtension("x-internal", false)));
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null) {
            openAPI.getInfo().getLicense().setIdentifier("EUPL-1.2");
        }

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
                        + "and secret they received from the programme team. Roles come from `realm_access.roles`. "
                        + "Access tokens are JWTs signed by the realm (RS256) and live 5 minutes; the API validates them as "
                        + "RFC8725 (JSON Web Token Best Current Practices) recommends: signature against the realm's "
                        + "published keys, issuer, audience `hub-api` and expiry.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(authorizationCode)
                        .clientCredentials(clientCredentials));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, keycloak);
        addRateLimitHeaders(openAPI);
        limitArrayParameterItems(openAPI);
        limitIdItems(openAPI);
        addCommonResponses(openAPI);
        addProblemContent(openAPI);
    }

    /**
     * A repeatable query parameter declares its limits on the parameter ({@code maxLength}, {@code minimum},
     * {@code maximum} in {@code @Parameter(schema = …)}), where annotations cannot reach the items: they belong to each
     * value, so they move to {@code items} here.
     */
    private static void limitArrayParameterItems(OpenAPI openAPI) {
        forEachOperation(openAPI, op -> {
            if (op.getParameters() == null) {
                return;
            }
            op.getParameters().forEach(parameter -> {
                Schema schema = parameter.getSchema();
                if (schema == null || schema.getItems() == null || schema.getType() == null
                        || !schema.getType().contains(Schema.SchemaType.ARRAY)) {
                    return;
                }
                Schema items = schema.getItems();
                if (items.getRef() != null) {
                    return; // enum items are limited by their values
                }
                if (schema.getMaxLength() != null) {
                    items.setMaxLength(schema.getMaxLength());
                    schema.setMaxLength(null);
                }
                if (schema.getMinimum() != null) {
                    items.setMinimum(schema.getMinimum());
                    schema.setMinimum(null);
                }
                if (schema.getMaximum() != null) {
                    items.setMaximum(schema.getMaximum());
                    schema.setMaximum(null);
                }
            });
        });
    }

    /**
     * A list of ids ({@code List<UUID>}) gets an inline id schema for its items, without the limits of the configured
     * UUID schema (mp.openapi.schema.java.util.UUID); they are added here, so that every string has a limit.
     */
    private static void limitIdItems(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().values().forEach(property -> {
                Schema items = property.getItems();
                if (items != null && "uuid".equals(items.getFormat()) && items.getMaxLength() == null) {
                    items.setMinLength(36);
                    items.setMaxLength(36);
                }
            });
        });
    }

    /** Rate-limit headers (see shared.ratelimit) as components, referred to by every 2xx and 4xx answer. */
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    private static void addRateLimitHeaders(OpenAPI openAPI) {
        var integer = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE));
        openAPI.getComponents().addHeader("RateLimit-Limit", OASFactory.createHeader().schema(integer)
                .description("How many requests the caller may make in the current window (the strictest limit that applies)"));
        openAPI.getComponents().addHeader("RateLimit-Remaining", OASFactory.createHeader().schema(integer)
                .description("How many of them are left"));
        openAPI.getComponents().addHeader("RateLimit-Reset", OASFactory.createHeader().schema(integer)
                .description("Seconds until the limit is fully available again"));
        openAPI.getComponents().addHeader("Retry-After", OASFactory.createHeader().schema(integer)
                .description("Seconds to wait before trying again"));
    }

    /**
     * What every operation can answer, said once: 401 for an invalid token (also on public operations, when a token is
     * sent), 429 when the caller is over a rate limit, 500 for our own failures; and the rate-limit headers on every
     * 2xx and 4xx answer.
     */
    private static void addCommonResponses(OpenAPI openAPI) {
        forEachOperation(openAPI, op -> {
            if (op.getResponses() == null) {
                return;
            }
            var responses = op.getResponses();
            if (responses.getAPIResponse("401") == null) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse()
                        .description("The bearer token sent is invalid or expired (public operations need none)"));
            }
            if (responses.getAPIResponse("429") == null) {
                responses.addAPIResponse("429", OASFactory.createAPIResponse()
                        .description("Too many requests: wait the seconds in Retry-After")
                        .addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After")));
            }
            if (responses.getAPIResponse("500") == null) {
                responses.addAPIResponse("500", OASFactory.createAPIResponse()
                        .description("Something went wrong on our side; the problem names an incident id to report"));
            }
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") || code.startsWith("4")) {
                    RATE_LIMIT_HEADERS.forEach(header -> {
                        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
                            response.addHeader(header, OASFactory.createHeader().ref(header));
                        }
                    });
                }
            });
        });
    }

    /** Every 4xx/5xx answer is application/problem+json: say so once here instead of on every annotation. */
    private static void addProblemContent(OpenAPI openAPI) {
        var problemRef = OASFactory.createSchema().ref("#/components/schemas/Problem");
        forEachOperation(openAPI, op -> {
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
        });
    }

    /** Calls {@code action} for every operation of the document. */
    private static void forEachOperation(OpenAPI openAPI, java.util.function.Consumer<org.eclipse.microprofile.openapi.models.Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(action));
    }
}
