package nl.leercultuur.hub.evaluations;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.leercultuur.hub.evaluations.stats.EffectSize;
import nl.leercultuur.hub.pilots.PilotResourceTestAccess;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The learning-culture measurement: instruments as versioned data, waves with an anonymous survey link, the survey's
 * refusals and flood limits, what is stored (a test reads the tables), and results that never show a group under 5.
 */
@QuarkusTest
class EvaluationResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Nested
    class Instruments {

        @Test
        void shouldShowTheDefaultQuestionnaireToEveryone() {
            RestAssured.given().get("/api/v1/instruments/" + EvaluationFixtures.DEFAULT_INSTRUMENT).then().statusCode(200)
                    .body("code", equalTo("leercultuur")).body("dimensions", hasSize(6)).body("items", hasSize(19))
                    .body("items.findAll { it.reverseScored }.code", contains(EvaluationFixtures.REVERSED.toArray()))
                    .body("items.find { it.code == 'kd3' }.textNl", equalTo("Kennis blijft hier vaak bij één persoon."));
            RestAssured.given().get("/api/v1/instruments").then().statusCode(200).body("items.code", hasItem("leercultuur"));
        }

        @Test
        void shouldLetStaffAddANewVersionWhichNeverChangesTheOldOne() {
            Map<String, Object> body = Map.of("code", "korte-scan", "nameNl", "Korte scan", "nameEn", "Short scan",
                    "descriptionNl", "Twee vragen.", "descriptionEn", "Two questions.",
                    "dimensions", List.of(Map.of("code", "delen", "labelNl", "Delen", "labelEn", "Sharing")),
                    "items", List.of(Map.of("code", "d1", "dimension", "delen", "textNl", "We delen kennis.", "textEn", "We share knowledge."),
                            Map.of("code", "d2", "dimension", "delen", "textNl", "Kennis blijft hangen.", "textEn", "Knowledge gets stuck.",
                                    "reverseScored", true)));
            Caller.PARTNER.request().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(403);
            int first = Caller.STAFF.request().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(201)
                    .extract().path("versionNumber");
            String second = Caller.STAFF.request().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(201)
                    .body("versionNumber", equalTo(first + 1)).body("latest", equalTo(true)).extract().path("id");
            RestAssured.given().get("/api/v1/instruments/" + second).then().statusCode(200).body("items[1].reverseScored", equalTo(true));
            RestAssured.given().queryParam("size", 100).get("/api/v1/instruments").then().statusCode(200)
                    .body("items.findAll { it.code == 'korte-scan' }.latest", contains(true, false));
        }

        @Test
        void shouldRefuseAQuestionnaireThatDoesNotHoldTogether() {
            Map<String, Object> body = Map.of("code", "kapot", "nameNl", "Kapot", "nameEn", "Broken", "descriptionNl", "x", "descriptionEn", "x",
                    "dimensions", List.of(Map.of("code", "a", "labelNl", "A", "labelEn", "A"), Map.of("code", "b", "labelNl", "B", "labelEn", "B")),
                    "items", List.of(Map.of("code", "i1", "dimension", "a", "textNl", "Een.", "textEn", "One."),
                            Map.of("code", "i1", "dimension", "c", "textNl", "Twee.", "textEn", "Two.")));
            Caller.STAFF.request().contentType(ContentType.JSON).body(body).post("/api/v1/instruments").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItems("items[1].code", "items[1].dimension", "dimensions[1]"));
            RestAssured.given().queryParam("size", 100).get("/api/v1/instruments").then().body("items.code", org.hamcrest.Matchers.not(hasItem("kapot")));
        }
    }

    @Nested
    class Measurements {

        @Test
        void shouldShowWavesToTheOrganisationsTakingPartAndTheLinkToTheirPeopleOnly() {
            String pilot = PilotResourceTestAccess.create();
            String path = "/api/v1/pilots/" + pilot + "/measurements";
            Caller.PARTNER.request().contentType(ContentType.JSON).body(EvaluationFixtures.wave("BASELINE")).post(path).then().statusCode(403);
            String[] wave = EvaluationFixtures.open(pilot, "BASELINE");
            assertTrue(wave[1].length() >= 43, "a token of 256 random bits: " + wave[1]);
            Caller.PARTNER.request().get(path).then().statusCode(200).body("items.id", contains(wave[0]))
                    .body("items[0].surveyToken", equalTo(wave[1])).body("items[0].open", equalTo(true))
                    .body("items[0].instrument.code", equalTo("leercultuur"));
            Caller.OTHER_PARTNER.request().get(path).then().statusCode(200).body("items[0].surveyToken", equalTo(wave[1]));
            // the fund's system takes no part in this pilot
            Caller.PARTNER_SYSTEM.request().get(path).then().statusCode(404);
            RestAssured.given().get(path).then().statusCode(401);
        }

        @Test
        void shouldRefuseWavesThatCannotBeCompared() {
            String pilot = PilotResourceTestAccess.create();
            String path = "/api/v1/pilots/" + pilot + "/measurements";
            Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.wave("FOLLOW_UP")).post(path).then().statusCode(400)
                    .body("errors.field", hasItem("wave"));
            EvaluationFixtures.open(pilot, "BASELINE");
            Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.wave("BASELINE")).post(path).then().statusCode(400)
                    .body("errors.field", hasItem("wave"));
            Map<String, Object> backwards = new HashMap<>(EvaluationFixtures.wave("FOLLOW_UP"));
            backwards.put("closesOn", "2020-01-01");
            backwards.put("responseCap", 2);
            Caller.STAFF.request().contentType(ContentType.JSON).body(backwards).post(path).then().statusCode(400)
                    .body("errors.field", hasItem("responseCap"));
            backwards.put("responseCap", 10);
            Caller.STAFF.request().contentType(ContentType.JSON).body(backwards).post(path).then().statusCode(400)
                    .body("errors.field", hasItem("closesOn"));
            Caller.STAFF.request().get(path).then().body("items", hasSize(1));
        }
    }

    @Nested
    class Survey {

        @Test
        void shouldServeTheQuestionnaireAndStoreAnAnswerOncePerBrowser() {
            String[] wave = EvaluationFixtures.open(PilotResourceTestAccess.create(), "BASELINE");
            String survey = "/api/v1/surveys/" + wave[1];
            RestAssured.given().get(survey).then().statusCode(200).body("items", nullValue()).body("instrument.items", hasSize(19))
                    .body("pilotTitle", notNullValue()).body("alreadyAnswered", equalTo(false)).header("Cache-Control", containsString("no-store"));
            var answered = RestAssured.given().contentType(ContentType.JSON).body(EvaluationFixtures.answers(4)).post(survey + "/responses")
                    .then().statusCode(201).extract();
            String cookie = answered.header("Set-Cookie");
            assertTrue(cookie.startsWith("hub_answered=1") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict")
                    && cookie.contains("Path=/api/v1/surveys/" + wave[1]), cookie);
            // the marker holds nothing about the person: the value is 1
            RestAssured.given().cookie("hub_answered", "1").contentType(ContentType.JSON).body(EvaluationFixtures.answers(4))
                    .post(survey + "/responses").then().statusCode(409).contentType("application/problem+json");
            RestAssured.given().cookie("hub_answered", "1").get(survey).then().statusCode(200).body("alreadyAnswered", equalTo(true));
            Caller.STAFF.request().get("/api/v1/pilots/" + answeredPilot(wave[0]) + "/measurements").then().body("items[0].responseCount", equalTo(1));
        }

        @Test
        void shouldRefuseUnknownLinksBadAnswersAndClosedOrFullWavesWithoutStoringAnything() throws Exception {
            String pilot = PilotResourceTestAccess.create();
            String[] wave = EvaluationFixtures.open(pilot, "BASELINE");
            String survey = "/api/v1/surveys/" + wave[1];
            RestAssured.given().get("/api/v1/surveys/bestaat-niet-bestaat-niet-bestaat").then().statusCode(404).contentType("application/problem+json");
            RestAssured.given().get("/api/v1/surveys/kort").then().statusCode(404);
            RestAssured.given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("kh1", 7, "geen-vraag", 3))).post(survey + "/responses")
                    .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("answers.kh1", "answers.geen-vraag"));
            Map<String, Object> dontKnow = new HashMap<>();
            dontKnow.put("kh1", null);
            RestAssured.given().contentType(ContentType.JSON).body(Map.of("answers", dontKnow)).post(survey + "/responses").then().statusCode(400)
                    .body("errors.field", hasItem("answers"));
            RestAssured.given().contentType(ContentType.JSON).body("{\"answers\": \"veel\"}").post(survey + "/responses").then().statusCode(400);
            assertEquals(0, responses(wave[0]));
            Caller.STAFF.request().post("/api/v1/measurements/" + wave[0] + "/close").then().statusCode(200).body("finished", equalTo(true));
            RestAssured.given().get(survey).then().statusCode(410).contentType("application/problem+json").body("detail", containsString("closed"));
            RestAssured.given().contentType(ContentType.JSON).body(EvaluationFixtures.answers(3)).post(survey + "/responses").then().statusCode(410);
            assertEquals(0, responses(wave[0]));
        }

        @Test
        void shouldStopAtTheResponseCapAlsoWhenManyAnswerAtOnce() throws Exception {
            String pilot = PilotResourceTestAccess.create();
            Map<String, Object> small = new HashMap<>(EvaluationFixtures.wave("BASELINE"));
            small.put("responseCap", 5);
            var created = Caller.STAFF.request().contentType(ContentType.JSON).body(small).post("/api/v1/pilots/" + pilot + "/measurements")
                    .then().statusCode(201).extract();
            String id = created.path("id");
            String token = created.path("surveyToken");
            List<Thread> threads = new ArrayList<>();
            List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 12; i++) {
                Thread t = new Thread(() -> statuses.add(RestAssured.given().contentType(ContentType.JSON).body(EvaluationFixtures.answers(3))
                        .post("/api/v1/surveys/" + token + "/responses").statusCode()));
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 410).count(), statuses.toString());
            assertEquals(5, responses(id));
        }

        @Test
        void shouldStoreTheScoresAndTheDayAndNothingElse() throws Exception {
            String[] wave = EvaluationFixtures.open(PilotResourceTestAccess.create(), "BASELINE");
            EvaluationFixtures.answer(wave[1], EvaluationFixtures.answers(5));
            try (Connection c = dataSource.getConnection()) {
                assertEquals(Set.of("id:uuid", "measurement_id:uuid", "answered_on:date"), columns(c, "survey_response"));
                assertEquals(Set.of("response_id:uuid", "item_code:character varying", "score:smallint"), columns(c, "survey_answer"));
                try (ResultSet rs = c.createStatement().executeQuery("select r.answered_on, count(a.*), min(a.score), max(a.score) from survey_response r "
                        + "join survey_answer a on a.response_id = r.id where r.measurement_id = '" + wave[0] + "' group by r.answered_on")) {
                    assertTrue(rs.next());
                    assertEquals(java.time.LocalDate.now(MeasurementService.ZONE), rs.getObject(1, java.time.LocalDate.class));
                    assertEquals(19, rs.getInt(2));
                    assertEquals(5, rs.getInt(3));
                    assertEquals(5, rs.getInt(4));
                }
            }
        }
    }

    @Nested
    class Results {

        @Test
        void shouldShowNoFigureWhileTheWaveTakesAnswersNorForFewerThanFive() {
            String[] wave = EvaluationFixtures.open(PilotResourceTestAccess.create(), "BASELINE");
            for (int i = 0; i < 6; i++) {
                EvaluationFixtures.answer(wave[1], EvaluationFixtures.answers(4));
            }
            String results = "/api/v1/measurements/" + wave[0] + "/results";
            Caller.PARTNER.request().get(results).then().statusCode(200).body("finished", equalTo(false))
                    .body("dimensions.suppressed", everyItem(equalTo(true))).body("dimensions.mean", everyItem(nullValue()))
                    .body("dimensions.n", everyItem(nullValue()));
            // four people answered "don't know" to every leadership question but one: that dimension has too few scores
            String[] small = EvaluationFixtures.open(PilotResourceTestAccess.create(), "BASELINE");
            for (int i = 0; i < 4; i++) {
                EvaluationFixtures.answer(small[1], EvaluationFixtures.answers(2));
            }
            Caller.STAFF.request().post("/api/v1/measurements/" + small[0] + "/close").then().statusCode(200);
            Caller.STAFF.request().get("/api/v1/measurements/" + small[0] + "/results").then().statusCode(200).body("finished", equalTo(true))
                    .body("dimensions.suppressed", everyItem(equalTo(true))).body("dimensions.mean", everyItem(nullValue()));
        }

        @Test
        void shouldComputeTheWavesAndTheEffectAsTheTextbookDoes() {
            String pilot = PilotResourceTestAccess.create();
            String[] baseline = EvaluationFixtures.open(pilot, "BASELINE");
            List<Map<String, Integer>> before = respondents(new int[][] {{2, 3, 2}, {3, 3, 2}, {2, 2, 3}, {3, 4, 2}, {2, 3, 3}, {3, 2, 2}});
            List<Map<String, Integer>> after = respondents(new int[][] {{4, 4, 3}, {3, 4, 4}, {4, 5, 3}, {3, 3, 3}, {4, 4, 4}, {5, 4, 3}, {4, 3, 4}});
            before.forEach(a -> EvaluationFixtures.answer(baseline[1], Map.of("answers", a)));
            Caller.STAFF.request().post("/api/v1/measurements/" + baseline[0] + "/close").then().statusCode(200);
            String[] followUp = EvaluationFixtures.open(pilot, "FOLLOW_UP");
            after.forEach(a -> EvaluationFixtures.answer(followUp[1], Map.of("answers", a)));
            Caller.STAFF.request().post("/api/v1/measurements/" + followUp[0] + "/close").then().statusCode(200);

            JsonPath results = Caller.OTHER_PARTNER.request().get("/api/v1/measurements/" + followUp[0] + "/results").then().statusCode(200)
                    .body("baselineMeasurementId", equalTo(baseline[0])).extract().jsonPath()
                    // numbers as doubles, so that the API's figures are compared at full precision
                    .using(new io.restassured.path.json.config.JsonPathConfig(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
            // kennis-delen: kd1, kd2 and the reverse-scored kd3 (6 − score); the other dimensions were left "don't know"
            double[] scoresBefore = before.stream().mapToDouble(EvaluationResourceTest::sharing).toArray();
            double[] scoresAfter = after.stream().mapToDouble(EvaluationResourceTest::sharing).toArray();
            Map<String, Object> sharing = results.getMap("dimensions.find { it.dimension == 'kennis-delen' }");
            assertEquals(7.0, ((Number) sharing.get("n")).doubleValue());
            assertEquals(mean(scoresAfter), ((Number) sharing.get("mean")).doubleValue(), 1e-9);
            assertEquals(sd(scoresAfter), ((Number) sharing.get("sd")).doubleValue(), 1e-9);
            // with one dimension of six, nobody has an overall score (it needs half of the dimensions): suppressed
            assertEquals(Boolean.TRUE, results.get("dimensions.find { it.dimension == 'overall' }.suppressed"));
            assertEquals(Boolean.TRUE, results.get("dimensions.find { it.dimension == 'leiding' }.suppressed"));

            // Hedges' g written out here from Borenstein et al. (2009), ch. 4, on the raw scores
            int n1 = scoresAfter.length;
            int n2 = scoresBefore.length;
            double sWithin = Math.sqrt(((n1 - 1) * Math.pow(sd(scoresAfter), 2) + (n2 - 1) * Math.pow(sd(scoresBefore), 2)) / (n1 + n2 - 2));
            double d = (mean(scoresAfter) - mean(scoresBefore)) / sWithin;
            double j = 1 - 3.0 / (4 * (n1 + n2 - 2) - 1);
            double vg = j * j * ((n1 + n2) / (double) (n1 * n2) + d * d / (2.0 * (n1 + n2)));
            Map<String, Object> effect = results.getMap("comparison.find { it.dimension == 'kennis-delen' }");
            assertEquals(false, effect.get("suppressed"));
            assertEquals(mean(scoresAfter) - mean(scoresBefore), ((Number) effect.get("change")).doubleValue(), 1e-9);
            assertEquals(j * d, ((Number) effect.get("hedgesG")).doubleValue(), 1e-9);
            List<?> ci = (List<?>) effect.get("ci95");
            assertEquals(j * d - EffectSize.Z95 * Math.sqrt(vg), ((Number) ci.get(0)).doubleValue(), 1e-9);
            assertEquals(j * d + EffectSize.Z95 * Math.sqrt(vg), ((Number) ci.get(1)).doubleValue(), 1e-9);
            assertEquals(Boolean.TRUE, results.get("comparison.find { it.dimension == 'leiding' }.suppressed"));
            // a third organisation sees nothing of it
            Caller.PARTNER_SYSTEM.request().get("/api/v1/measurements/" + followUp[0] + "/results").then().statusCode(404);
            RestAssured.given().get("/api/v1/measurements/" + followUp[0] + "/results").then().statusCode(404);
        }
    }

    /** Answers to the three sharing items (kd1, kd2, kd3); every other item "don't know". */
    private static List<Map<String, Integer>> respondents(int[][] sharing) {
        List<Map<String, Integer>> list = new ArrayList<>();
        for (int[] row : sharing) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            EvaluationFixtures.ITEMS.forEach(item -> answers.put(item, null));
            answers.put("kd1", row[0]);
            answers.put("kd2", row[1]);
            answers.put("kd3", row[2]);
            list.add(answers);
        }
        return list;
    }

    private static double sharing(Map<String, Integer> a) {
        return (a.get("kd1") + a.get("kd2") + (6 - a.get("kd3"))) / 3.0;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    private static Set<String> columns(Connection c, String table) throws Exception {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = c.createStatement().executeQuery("select column_name, data_type from information_schema.columns where table_name = '"
                + table + "'")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return columns;
    }

    private int responses(String measurementId) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from survey_response where measurement_id = '" + measurementId + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String answeredPilot(String measurementId) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select pilot_id from measurement where id = '" + measurementId + "'")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
