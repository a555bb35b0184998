package nl.leercultuur.hub.evaluations;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.support.Caller;

/** Measurement waves and answers for the tests of this feature and the authorization matrix. */
public final class EvaluationFixtures {

    public static final String DEFAULT_INSTRUMENT = "1c000000-0000-4000-8000-000000000001";
    /** The items of the default instrument, in order, by dimension; the reverse-scored ones marked. */
    public static final List<String> ITEMS = List.of("kh1", "kh2", "kh3", "kd1", "kd2", "kd3", "kt1", "kt2", "kt3", "lw1", "lw2", "lw3",
            "fv1", "fv2", "fv3", "fv4", "ld1", "ld2", "ld3");
    public static final List<String> REVERSED = List.of("kd3", "kt3", "lw3", "fv3", "ld3");

    private EvaluationFixtures() {
    }

    public static Map<String, Object> wave(String wave) {
        LocalDate today = LocalDate.now(MeasurementService.ZONE);
        return Map.of("wave", wave, "label", wave.equals("BASELINE") ? "Nulmeting" : "Vervolgmeting", "opensOn", today.minusDays(3).toString(),
                "closesOn", today.plusDays(14).toString(), "responseCap", 40);
    }

    /** Opens a wave as staff; returns [measurement id, survey token]. */
    public static String[] open(String pilotId, String wave) {
        var created = Caller.STAFF.request().contentType(ContentType.JSON).body(wave(wave)).post("/api/v1/pilots/" + pilotId + "/measurements")
                .then().statusCode(201).extract();
        return new String[] {created.path("id"), created.path("surveyToken")};
    }

    /** Every item answered with the same score (a fresh browser, so no marker). */
    public static Map<String, Object> answers(int score) {
        Map<String, Object> answers = new LinkedHashMap<>();
        ITEMS.forEach(item -> answers.put(item, score));
        return Map.of("answers", answers);
    }

    /** A consistent respondent: every dimension (and so the overall score) is exactly {@code score}. */
    public static Map<String, Object> consistent(int score) {
        Map<String, Object> answers = new LinkedHashMap<>();
        ITEMS.forEach(item -> answers.put(item, REVERSED.contains(item) ? 6 - score : score));
        return Map.of("answers", answers);
    }

    /** A pilot moved to EVALUATING with a closed baseline and follow-up of these (consistent) respondents; returns [pilot, follow-up]. */
    public static String[] evaluatedPilot(int[] before, int[] after) {
        String pilot = nl.leercultuur.hub.pilots.PilotResourceTestAccess.create();
        for (String status : List.of("PREPARING", "RUNNING", "EVALUATING")) {
            Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("status", status)).post("/api/v1/pilots/" + pilot + "/status")
                    .then().statusCode(200);
        }
        String[] baseline = open(pilot, "BASELINE");
        for (int score : before) {
            answer(baseline[1], consistent(score));
        }
        Caller.STAFF.request().post("/api/v1/measurements/" + baseline[0] + "/close").then().statusCode(200);
        String[] followUp = open(pilot, "FOLLOW_UP");
        for (int score : after) {
            answer(followUp[1], consistent(score));
        }
        Caller.STAFF.request().post("/api/v1/measurements/" + followUp[0] + "/close").then().statusCode(200);
        return new String[] {pilot, followUp[0]};
    }

    public static Map<String, Object> lessons(String decision) {
        return Map.of("whatWorked", "Vaste groepjes en een vast ritme.", "whatDidNot", "Bijeenkomsten in de drukke weken.",
                "barriers", "Roosters.", "enablers", "Een begeleider van de school.",
                "conclusion", "De leercultuur verbeterde merkbaar, vooral het delen van kennis.", "decision", decision,
                "rationale", "Het effect is positief en de kosten per deelnemer zijn laag.");
    }

    public static void answer(String token, Map<String, Object> body) {
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/v1/surveys/" + token + "/responses")
                .then().statusCode(201);
    }
}
