package nl.leercultuur.hub.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the test resources for every @QuarkusTest: embedded PostgreSQL, an OpenSearch node for the search index
 * (started beside the others), a WireMock OIDC provider whose published key verifies the tokens that {@link Tokens}
 * signs, and GreenMail for the mails.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = OpenSearchTestResource.class, parallel = true)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
