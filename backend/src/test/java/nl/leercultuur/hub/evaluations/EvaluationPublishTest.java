package nl.leercultuur.hub.evaluations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;
import nl.leercultuur.hub.evaluations.stats.EffectSize;
import nl.leercultuur.hub.support.Caller;
import org.junit.jupiter.api.Test;

/**
 * Evaluations: written and decided by staff, read by the organisations taking part, published into the knowledge bank
 * and "what works" — whose figures are checked against a random-effects pool written out here.
 */
@QuarkusTest
class EvaluationPublishTest {

    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Test
    void shouldWriteDecideAndPublishAnEvaluationThatFlowsBackIntoTheKnowledgeBank() {
        String[] evaluated = EvaluationFixtures.evaluatedPilot(new int[] {2, 3, 2, 3, 3, 2}, new int[] {4, 4, 3, 5, 4, 4});
        String pilot = evaluated[0];
        String list = "/api/v1/pilots/" + pilot + "/evaluations";
        Caller.PARTNER.request().contentType(ContentType.JSON).body(EvaluationFixtures.lessons("SCALE_UP")).post(list).then().statusCode(403);
        var created = Caller.STAFF.request().contentType(ContentType.JSON).body(Map.of("conclusion", "Nog in de maak.")).post(list)
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract();
        String id = created.path("id");
        // the organisations taking part read it, with the results; a visitor and a third organisation see nothing
        Caller.OTHER_PARTNER.request().get(list).then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].results.comparison.find { it.dimension == 'overall' }.hedgesG", notNullValue())
                .body("items[0].editable", equalTo(false));
        RestAssured.given().get(list).then().statusCode(404);
        Caller.PARTNER_SYSTEM.request().get("/api/v1/evaluations/" + id).then().statusCode(404);
        // publishing needs the lessons, a decision and its rationale
        Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(400)
                .body("errors.field", hasItems("whatWorked", "decision", "rationale"));
        Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.lessons("SCALE_UP")).put("/api/v1/evaluations/" + id)
                .then().statusCode(428);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(EvaluationFixtures.lessons("SCALE_UP"))
                .put("/api/v1/evaluations/" + id).then().statusCode(200).body("decision", equalTo("SCALE_UP"));
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(EvaluationFixtures.lessons("STOP"))
                .put("/api/v1/evaluations/" + id).then().statusCode(412);
        Caller.PARTNER.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(403);
        String item = Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(200)
                .body("publishedAt", notNullValue()).body("editable", equalTo(false)).extract().path("knowledgeItemId");

        // the pilot is completed and public, with its results
        RestAssured.given().get("/api/v1/pilots/" + pilot).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("evaluationPublished", equalTo(true));
        RestAssured.given().get("/api/v1/measurements/" + evaluated[1] + "/results").then().statusCode(200)
                .body("dimensions.find { it.dimension == 'overall' }.n", equalTo(6));
        RestAssured.given().get(list).then().statusCode(200).body("items", hasSize(1)).body("items[0].decision", equalTo("SCALE_UP"));
        Caller.STAFF.request().get("/api/v1/pilots/" + pilot + "/history").then().body("to", hasItem("COMPLETED"));
        // the practice example in the knowledge bank, linked to the pilot
        RestAssured.given().get("/api/v1/knowledge-items/" + item).then().statusCode(200).body("type", equalTo("PRACTICE_EXAMPLE"))
                .body("status", equalTo("PUBLISHED")).body("body", containsString("/pilots/" + pilot))
                .body("body", containsString("Wat werkte niet")).body("body", containsString("Hedges' g"));
        // published is final
        Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(409);
        Caller.STAFF.request().contentType(ContentType.JSON).header("If-Match", "*").body(EvaluationFixtures.lessons("STOP"))
                .put("/api/v1/evaluations/" + id).then().statusCode(409);
    }

    @Test
    void shouldNotPublishAPilotThatHasNotBeenEvaluated() {
        String pilot = nl.leercultuur.hub.pilots.PilotResourceTestAccess.create();
        String id = Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.lessons("ADJUST"))
                .post("/api/v1/pilots/" + pilot + "/evaluations").then().statusCode(201).extract().path("id");
        Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(409).body("detail", containsString("IDEA"));
        RestAssured.given().get("/api/v1/pilots/" + pilot).then().statusCode(404);
    }

    @Test
    void shouldPoolThePublishedPilotsPerInterventionTypeAsTheTextbookDoes() {
        // two more published pilots of the same type: one positive, one negative; and one evaluated but unpublished
        publish(EvaluationFixtures.evaluatedPilot(new int[] {2, 3, 3, 2, 3}, new int[] {4, 3, 4, 5, 4, 4}), "SCALE_UP");
        publish(EvaluationFixtures.evaluatedPilot(new int[] {4, 4, 3, 4, 5}, new int[] {3, 3, 4, 2, 3}), "STOP");
        String[] unpublished = EvaluationFixtures.evaluatedPilot(new int[] {1, 1, 1, 1, 1}, new int[] {5, 5, 5, 5, 5});

        JsonPath whatWorks = RestAssured.given().get("/api/v1/insights/what-works").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath().using(DOUBLES);
        Map<String, Object> type = whatWorks.getMap("items.find { it.interventionType == 'intervisie' }");
        List<Map<String, Object>> studies = whatWorks.getList("items.find { it.interventionType == 'intervisie' }.studies");
        assertTrue(studies.stream().noneMatch(s -> unpublished[0].equals(s.get("pilotId"))), "an unpublished evaluation counts for nothing");
        assertTrue(((Number) type.get("stop")).intValue() >= 1);
        // the random-effects pool (DerSimonian–Laird) written out from the per-pilot g and their intervals
        double sumW = 0;
        double sumWY = 0;
        double sumWY2 = 0;
        double sumW2 = 0;
        List<double[]> effects = new java.util.ArrayList<>();
        for (Map<String, Object> study : studies) {
            if (study.get("hedgesG") == null) {
                continue;
            }
            double g = ((Number) study.get("hedgesG")).doubleValue();
            List<?> ci = (List<?>) study.get("ci95");
            double se = (((Number) ci.get(1)).doubleValue() - ((Number) ci.get(0)).doubleValue()) / (2 * EffectSize.Z95);
            double v = se * se;
            effects.add(new double[] {g, v});
            sumW += 1 / v;
            sumWY += g / v;
            sumWY2 += g * g / v;
            sumW2 += 1 / (v * v);
        }
        int k = effects.size();
        assertEquals(k, ((Number) type.get("pilotsWithEffect")).intValue());
        double q = k < 2 ? 0 : sumWY2 - sumWY * sumWY / sumW;
        double tau2 = q > k - 1 ? (q - (k - 1)) / (sumW - sumW2 / sumW) : 0;
        double num = 0;
        double den = 0;
        for (double[] e : effects) {
            num += e[0] / (e[1] + tau2);
            den += 1 / (e[1] + tau2);
        }
        Map<String, Object> pooled = whatWorks.getMap("items.find { it.interventionType == 'intervisie' }.pooled");
        assertEquals(num / den, ((Number) pooled.get("hedgesG")).doubleValue(), 1e-6);
        assertEquals(tau2, ((Number) pooled.get("tau2")).doubleValue(), 1e-6);
        assertEquals(q > k - 1 ? (q - (k - 1)) / q * 100 : 0, ((Number) pooled.get("i2")).doubleValue(), 1e-6);
        assertTrue(List.of("STRONG", "MODERATE", "LIMITED").contains(type.get("evidence")), String.valueOf(type.get("evidence")));
        assertEquals(150.0, ((Number) type.get("medianCostPerParticipant")).doubleValue(), 1e-9);

        // the same figures as CSV
        String csv = RestAssured.given().queryParam("format", "csv").get("/api/v1/insights/what-works").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFintervention_type,label_nl"), csv.substring(0, 40));
        assertTrue(csv.contains("\r\nintervisie,Intercollegiaal leren en intervisie,"), csv);
        RestAssured.given().accept("text/csv").get("/api/v1/insights/what-works").then().statusCode(200).contentType(containsString("text/csv"));
        RestAssured.given().queryParam("format", "xml").get("/api/v1/insights/what-works").then().statusCode(400)
                .body("errors.field", hasItem("format"));
        RestAssured.given().get("/api/v1/insights/what-works").then().body("evidenceRule", containsString("I²"));
    }

    @Test
    void shouldKeepAFollowUpOfFourOutOfTheEvaluationAndOutOfWhatWorks() {
        // five answered the baseline, only four the follow-up: no effect may be shown anywhere
        String[] evaluated = EvaluationFixtures.evaluatedPilot(new int[] {2, 3, 2, 3, 3}, new int[] {5, 5, 4, 5});
        String id = Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.lessons("ADJUST"))
                .post("/api/v1/pilots/" + evaluated[0] + "/evaluations").then().statusCode(201)
                .body("results.dimensions.find { it.dimension == 'overall' }.suppressed", equalTo(true))
                .body("results.dimensions.find { it.dimension == 'overall' }.n", org.hamcrest.Matchers.nullValue())
                .body("results.comparison.find { it.dimension == 'overall' }.hedgesG", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(200);
        RestAssured.given().get("/api/v1/measurements/" + evaluated[1] + "/results").then().statusCode(200)
                .body("dimensions.suppressed", org.hamcrest.Matchers.everyItem(equalTo(true)));
        List<Map<String, Object>> studies = RestAssured.given().get("/api/v1/insights/what-works").then().statusCode(200).extract()
                .path("items.find { it.interventionType == 'intervisie' }.studies");
        Map<String, Object> study = studies.stream().filter(s -> evaluated[0].equals(s.get("pilotId"))).findFirst().orElseThrow();
        assertEquals(null, study.get("hedgesG"));
        assertEquals(null, study.get("respondents"));
        // the type's respondents count only the pilots with an effect, in the JSON and in the open-data CSV
        int counted = studies.stream().map(x -> x.get("respondents")).filter(java.util.Objects::nonNull).mapToInt(o -> ((Number) o).intValue()).sum();
        int total = RestAssured.given().get("/api/v1/insights/what-works").then().extract()
                .path("items.find { it.interventionType == 'intervisie' }.respondents");
        assertEquals(counted, total);
        String csv = RestAssured.given().queryParam("format", "csv").get("/api/v1/insights/what-works").then().extract().asString();
        String row = csv.lines().filter(l -> l.startsWith("intervisie,")).findFirst().orElseThrow();
        assertEquals(Integer.toString(total), row.split(",")[5], row);
    }

    @jakarta.inject.Inject
    org.hibernate.SessionFactory sessionFactory;

    @Test
    void shouldComputeWhatWorksInAFixedNumberOfStatementsWhateverTheNumberOfPilots() {
        publish(EvaluationFixtures.evaluatedPilot(new int[] {2, 3, 3, 2, 3}, new int[] {4, 3, 4, 5, 4}), "SCALE_UP");
        long before = statementsFor("/api/v1/insights/what-works");
        publish(EvaluationFixtures.evaluatedPilot(new int[] {3, 3, 2, 2, 3}, new int[] {3, 4, 4, 4, 3}), "ADJUST");
        publish(EvaluationFixtures.evaluatedPilot(new int[] {2, 2, 3, 3, 3}, new int[] {4, 4, 5, 4, 4}), "SCALE_UP");
        long after = statementsFor("/api/v1/insights/what-works");
        // the published pilots with their organisations and knowledge, the evaluations, the waves, their answers and the instrument:
        // two more pilots add no statement (reading each pilot's waves and answers apart would add several per pilot)
        assertEquals(before, after, "statements before and after two more published pilots");
        assertTrue(after <= 20, after + " statements");
    }

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        RestAssured.given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static void publish(String[] evaluated, String decision) {
        String id = Caller.STAFF.request().contentType(ContentType.JSON).body(EvaluationFixtures.lessons(decision))
                .post("/api/v1/pilots/" + evaluated[0] + "/evaluations").then().statusCode(201).extract().path("id");
        Caller.STAFF.request().post("/api/v1/evaluations/" + id + "/publish").then().statusCode(200);
    }
}
