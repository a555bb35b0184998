package nl.leercultuur.hub.pilots;

import java.util.Map;

/** The pilot fixtures of {@link PilotResourceTest}, for the authorization matrix in another package. */
public final class PilotResourceTestAccess {

    private PilotResourceTestAccess() {
    }

    public static Map<String, Object> body() {
        return PilotResourceTest.pilot(Map.of());
    }

    public static String create() {
        return PilotResourceTest.create();
    }

    /** The school's own pilot (executing, alone): the bakery is an unrelated organisation to it. */
    public static Map<String, Object> schoolOnlyBody() {
        return PilotResourceTest.pilot(Map.of("organizations", java.util.List.of(Map.of("organizationId", PilotResourceTest.SCHOOL, "role", "EXECUTING")),
                "contactMemberId", PilotResourceTest.CARLA));
    }

    public static String createSchoolOnly() {
        return nl.leercultuur.hub.support.Caller.STAFF.request().contentType(io.restassured.http.ContentType.JSON).body(schoolOnlyBody())
                .post(PilotResourceTest.PILOTS).then().statusCode(201).extract().path("id");
    }
}
