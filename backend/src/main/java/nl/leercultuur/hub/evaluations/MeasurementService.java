package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.MeasurementDto;
import nl.leercultuur.hub.evaluations.dto.MeasurementList;
import nl.leercultuur.hub.evaluations.dto.MeasurementRequest;
import nl.leercultuur.hub.evaluations.dto.MeasurementResults;
import nl.leercultuur.hub.evaluations.stats.Descriptives;
import nl.leercultuur.hub.evaluations.stats.EffectSize;
import nl.leercultuur.hub.pilots.PilotService;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/**
 * A pilot's measurement waves and their results. Every figure passes {@link #MINIMUM_GROUP} here, for every caller and
 * every endpoint that uses these results: no figure of fewer respondents, and none while the wave still takes answers.
 */
@ApplicationScoped
public class MeasurementService {

    /** The smallest group whose figures leave the API (anonymity). */
    public static final int MINIMUM_GROUP = 5;
    /** The Hub's day (dates of waves and answers). */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MeasurementRepository measurements;

    @Inject
    InstrumentService instruments;

    @Inject
    PilotService pilots;

    @Inject
    EvaluationAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    EntityManager em;

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The waves of a pilot, oldest first (staff and the organisations taking part; others: 404 like the pilot). */
    @Transactional
    public MeasurementList list(UUID pilotId) {
        Actor actor = user.actor();
        PilotDto pilot = pilots.get(pilotId);
        if (!policy.canSeeMeasurements(actor, pilot)) {
            throw ApiException.notFound("pilot", pilotId);
        }
        boolean showToken = policy.canSeeSurveyLink(actor, pilot);
        LocalDate today = today();
        // the waves of a pilot share one or two instrument versions: each is read once
        Map<UUID, Instrument> used = new HashMap<>();
        return new MeasurementList(measurements.list("pilotId = ?1 order by opensOn, createdAt", pilotId).stream()
                .map(m -> EvaluationMapper.toDto(m, used.computeIfAbsent(m.instrumentId, instruments::find), today, showToken)).toList());
    }

    /** Staff open a wave: with an unguessable survey token (256 random bits). */
    @Transactional
    public MeasurementDto create(UUID pilotId, MeasurementRequest request) {
        Actor actor = user.actor();
        if (!policy.canManageMeasurements(actor)) {
            throw ApiException.forbidden("hub.measurement.staff-only");
        }
        pilots.get(pilotId);
        Instrument instrument = request.instrumentId() == null ? instruments.defaultInstrument() : instruments.find(request.instrumentId());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.closesOn().isBefore(request.opensOn())) {
            errors.add(new Problem.FieldError("closesOn", language.get("hub.measurement.closes-before-opens")));
        }
        if (request.wave() == Wave.BASELINE && measurements.count("pilotId = ?1 and wave = ?2", pilotId, Wave.BASELINE) > 0) {
            errors.add(new Problem.FieldError("wave", language.get("hub.measurement.one-baseline")));
        }
        if (request.wave() == Wave.FOLLOW_UP) {
            Measurement baseline = measurements.find("pilotId = ?1 and wave = ?2", pilotId, Wave.BASELINE).firstResult();
            if (baseline == null) {
                errors.add(new Problem.FieldError("wave", language.get("hub.measurement.baseline-first")));
            } else if (!baseline.instrumentId.equals(instrument.id)) {
                errors.add(new Problem.FieldError("instrumentId", language.get("hub.measurement.same-instrument")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Measurement m = new Measurement();
        m.id = UUID.randomUUID();
        m.pilotId = pilotId;
        m.instrumentId = instrument.id;
        m.wave = request.wave();
        m.label = request.label().strip();
        m.opensOn = request.opensOn();
        m.closesOn = request.closesOn();
        m.responseCap = request.responseCap();
        m.token = newToken();
        m.createdBy(actor);
        measurements.persist(m);
        measurements.flush();
        return EvaluationMapper.toDto(m, instrument, today(), true);
    }

    /** Staff close a wave early: no more answers, and its results can be shown. */
    @Transactional
    public MeasurementDto close(UUID id) {
        Actor actor = user.actor();
        Measurement m = visible(id, actor);
        if (!policy.canManageMeasurements(actor)) {
            throw ApiException.forbidden("hub.measurement.staff-only");
        }
        m.closed = true;
        m.changedBy(actor);
        measurements.flush();
        return EvaluationMapper.toDto(m, instruments.find(m.instrumentId), today(), true);
    }

    /** The wave's figures, and for a follow-up the change against the baseline: all under the rule of {@link #MINIMUM_GROUP}. */
    @Transactional
    public MeasurementResults results(UUID id) {
        Actor actor = user.actor();
        Measurement m = measurements.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("measurement", id));
        PilotDto pilot = pilotOf(m.pilotId, "measurement", m.id);
        if (!policy.canSeeResults(actor, pilot)) {
            throw ApiException.notFound("measurement", id);
        }
        return results(m);
    }

    /**
     * The results of a pilot's latest finished follow-up, else of its finished baseline; none when no wave is finished.
     * For this feature's other services (the caller's right to see them is checked there).
     */
    MeasurementResults latestResults(UUID pilotId) {
        return latestResults(List.of(pilotId)).get(pilotId);
    }

    /**
     * {@link #latestResults(UUID)} for many pilots at once, in a fixed number of queries whatever their number (the
     * waves, the answers of the waves used, and each instrument used): "what works" reads every published pilot.
     */
    Map<UUID, MeasurementResults> latestResults(java.util.Collection<UUID> pilotIds) {
        if (pilotIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<UUID, List<Measurement>> byPilot = new HashMap<>();
        measurements.list("pilotId in ?1 order by opensOn desc, createdAt desc", pilotIds)
                .forEach(w -> byPilot.computeIfAbsent(w.pilotId, k -> new ArrayList<>()).add(w));
        Map<UUID, Measurement[]> chosen = new HashMap<>();
        byPilot.forEach((pilot, waves) -> {
            Measurement baseline = waves.stream().filter(w -> w.wave == Wave.BASELINE).findFirst().orElse(null);
            waves.stream().filter(w -> w.wave == Wave.FOLLOW_UP && w.isFinished(today)).findFirst()
                    .or(() -> baseline != null && baseline.isFinished(today) ? java.util.Optional.of(baseline) : java.util.Optional.empty())
                    .ifPresent(w -> chosen.put(pilot, new Measurement[] {w, w.wave == Wave.FOLLOW_UP ? baseline : null}));
        });
        List<UUID> used = chosen.values().stream().flatMap(pair -> java.util.Arrays.stream(pair)).filter(java.util.Objects::nonNull)
                .map(w -> w.id).distinct().toList();
        Map<UUID, Map<UUID, Map<String, Integer>>> answers = answers(used);
        Map<UUID, Instrument> instrumentsById = new HashMap<>();
        Map<UUID, MeasurementResults> results = new HashMap<>();
        chosen.forEach((pilot, pair) -> results.put(pilot, compute(pair[0], pair[1],
                instrumentsById.computeIfAbsent(pair[0].instrumentId, instruments::find), id -> answers.getOrDefault(id, Map.of()))));
        return results;
    }

    /** The results of a wave, for this feature's other services (the caller's right to see them is checked there). */
    MeasurementResults results(Measurement m) {
        Measurement baseline = m.wave == Wave.FOLLOW_UP
                ? measurements.find("pilotId = ?1 and wave = ?2", m.pilotId, Wave.BASELINE).firstResult() : null;
        return compute(m, baseline, instruments.find(m.instrumentId), id -> answers(List.of(id)).getOrDefault(id, Map.of()));
    }

    /** The figures of a wave (and of its baseline, for a follow-up), under the rule of {@link #MINIMUM_GROUP}. */
    private MeasurementResults compute(Measurement m, Measurement baseline, Instrument instrument,
            java.util.function.Function<UUID, Map<UUID, Map<String, Integer>>> answersOf) {
        boolean finished = m.isFinished(today());
        Map<String, Descriptives> wave = finished ? Scoring.describe(instrument, answersOf.apply(m.id)) : Map.of();
        Map<String, Descriptives> before = baseline != null && baseline.isFinished(today()) && baseline.instrumentId.equals(m.instrumentId)
                ? Scoring.describe(instrument, answersOf.apply(baseline.id)) : Map.of();
        List<MeasurementResults.DimensionResult> dimensions = new ArrayList<>();
        List<MeasurementResults.Comparison> comparison = new ArrayList<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        instrument.dimensions.forEach(d -> labels.put(d.code, new String[] {d.labelNl, d.labelEn}));
        labels.put(Scoring.OVERALL, new String[] {"Totaal", "Overall"});
        labels.forEach((code, label) -> {
            Descriptives now = shown(wave.get(code));
            dimensions.add(now == null ? new MeasurementResults.DimensionResult(code, label[0], label[1], true, null, null, null)
                    : new MeasurementResults.DimensionResult(code, label[0], label[1], false, now.n(), now.mean(), now.sd()));
            if (m.wave == Wave.FOLLOW_UP) {
                comparison.add(compare(code, shown(before.get(code)), now));
            }
        });
        return new MeasurementResults(m.id, m.wave, m.label, finished, MINIMUM_GROUP, dimensions, baseline == null ? null : baseline.id,
                comparison);
    }

    /** The figures of a group, or none when the group is too small to show. */
    private static Descriptives shown(Descriptives d) {
        return d == null || d.n() < MINIMUM_GROUP ? null : d;
    }

    private static MeasurementResults.Comparison compare(String code, Descriptives baseline, Descriptives followUp) {
        if (baseline == null || followUp == null) {
            return new MeasurementResults.Comparison(code, true, null, null, null, null, null, null);
        }
        try {
            EffectSize e = EffectSize.between(baseline, followUp);
            return new MeasurementResults.Comparison(code, false, baseline.n(), baseline.mean(), e.difference(), e.g(), List.of(e.low(), e.high()),
                    e.varianceG());
        } catch (IllegalArgumentException noSpread) {
            // everyone answered alike in both waves: a change, but no standardized effect
            return new MeasurementResults.Comparison(code, false, baseline.n(), baseline.mean(), followUp.mean() - baseline.mean(), null, null,
                    null);
        }
    }

    /** Per wave, per response its scores by item code (null: don't know): one query for all the waves asked for. */
    private Map<UUID, Map<UUID, Map<String, Integer>>> answers(List<UUID> measurementIds) {
        if (measurementIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.measurement_id, a.response_id, a.item_code, a.score from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.measurement_id in (:ids)")
                .setParameter("ids", measurementIds).getResultList();
        Map<UUID, Map<UUID, Map<String, Integer>>> byWave = new HashMap<>();
        for (Object[] row : rows) {
            byWave.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).computeIfAbsent((UUID) row[1], k -> new HashMap<>())
                    .put((String) row[2], row[3] == null ? null : ((Number) row[3]).intValue());
        }
        return byWave;
    }

    private Measurement visible(UUID id, Actor actor) {
        Measurement m = measurements.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("measurement", id));
        PilotDto pilot = pilotOf(m.pilotId, "measurement", m.id);
        if (!policy.canSeeMeasurements(actor, pilot)) {
            throw ApiException.notFound("measurement", id);
        }
        return m;
    }

    /**
     * A pilot as the caller may see it, for something of that pilot (a wave, an evaluation): a hidden pilot hides it too,
     * and the caller learns only that {@code resource} {@code id} is not found.
     */
    PilotDto pilotOf(UUID pilotId, String resource, UUID id) {
        try {
            return pilots.get(pilotId);
        } catch (ApiException hidden) {
            throw ApiException.notFound(resource, id);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
