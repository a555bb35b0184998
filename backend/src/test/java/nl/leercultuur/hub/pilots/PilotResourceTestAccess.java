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
}
