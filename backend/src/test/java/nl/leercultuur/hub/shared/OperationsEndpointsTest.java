package nl.leercultuur.hub.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: health, metrics, the OpenAPI document and Swagger UI. */
@QuarkusTest
class OperationsEndpointsTest {

    /** Health and metrics live on the management interface, a port of their own. */
    private static io.restassured.specification.RequestSpecification management() {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return RestAssured.given().port(port);
    }

    @Test
    void shouldReportReadyWithDatabaseCheck() {
        management().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        RestAssured.given().get("/api/v1/themes").then().statusCode(200);
        management().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldKeepHealthAndMetricsOffTheApiPort() {
        RestAssured.given().get("/q/health/ready").then().statusCode(404);
        RestAssured.given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void shouldDescribeApiWithOAuth2Flows() {
        RestAssured.given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Leercultuur Hub API"))
                .body("info.version", equalTo("1.0.0"))
                .body("servers[0].url", notNullValue())
                .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
                .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
                        containsString("/realms/leercultuur/protocol/openid-connect/auth"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        containsString("/realms/leercultuur/protocol/openid-connect/token"))
                .body("paths.'/api/v1/me'.get.security[0].keycloak", notNullValue())
                .body("paths.'/api/v1/knowledge-items/{id}'.put.responses.'412'.content.'application/problem+json'", notNullValue());
    }

    @Test
    void shouldServeSwaggerUiWithPkceLogin() {
        RestAssured.given().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("hub-swagger"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
