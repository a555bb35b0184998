package nl.leercultuur.hub.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the test resources for every @QuarkusTest: embedded PostgreSQL, and a WireMock OIDC provider whose
 * published key verifies the tokens that {@link Tokens} signs.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
