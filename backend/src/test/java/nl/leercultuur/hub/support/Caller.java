package nl.leercultuur.hub.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The kinds of caller every endpoint must have an expectation for. Partner and other partner work at two
 * different organisations; the partner system signs in with client credentials.
 */
public enum Caller {
    ANONYMOUS(null),
    PARTNER(Tokens.PARTNER),
    OTHER_PARTNER(Tokens.OTHER_PARTNER),
    STAFF(Tokens.STAFF),
    PARTNER_SYSTEM(Tokens.PARTNER_SYSTEM);

    private final Tokens.Identity identity;

    Caller(Tokens.Identity identity) {
        this.identity = identity;
    }

    public Tokens.Identity identity() {
        return identity;
    }

    /** A RestAssured request as this caller (with its bearer token, if any). */
    public RequestSpecification request() {
        RequestSpecification spec = RestAssured.given();
        return identity == null ? spec : spec.auth().oauth2(Tokens.token(identity));
    }
}
