package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leercultuur.hub.evaluations.dto.SurveyDto;
import nl.leercultuur.hub.evaluations.dto.SurveyResponseRequest;
import nl.leercultuur.hub.pilots.PilotService;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;

/**
 * The anonymous survey behind a wave's link. It stores the scores and the day, nothing else: no account, no address,
 * no free text, no time of day. Unknown links answer 404; a wave that is closed, full or not open yet answers 410.
 */
@ApplicationScoped
public class SurveyService {

    @Inject
    MeasurementRepository measurements;

    @Inject
    InstrumentService instruments;

    @Inject
    PilotService pilots;

    @Inject
    RequestLanguage language;

    @Inject
    EntityManager em;

    /** The questionnaire of an open wave. */
    @Transactional
    public SurveyDto get(String token, boolean alreadyAnswered) {
        Measurement m = open(token);
        Instrument instrument = instruments.find(m.instrumentId);
        return new SurveyDto(m.label, pilots.titleOf(m.pilotId), m.closesOn, EvaluationMapper.toDto(instrument, true), alreadyAnswered);
    }

    /** Stores one respondent's answers; returns the wave's id (for the browser's marker). */
    @Transactional
    public UUID respond(String token, SurveyResponseRequest request) {
        Measurement m = open(token);
        Instrument instrument = instruments.find(m.instrumentId);
        Set<String> items = instrument.items.stream().map(i -> i.code).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> answers = request.answers();
        answers.forEach((code, score) -> {
            if (!items.contains(code)) {
                errors.add(new Problem.FieldError("answers." + code, language.get("hub.survey.item.unknown")));
            } else if (score != null && (score < 1 || score > 5)) {
                errors.add(new Problem.FieldError("answers." + code, language.get("hub.survey.score.range")));
            }
        });
        if (errors.isEmpty() && answers.values().stream().allMatch(java.util.Objects::isNull)) {
            errors.add(new Problem.FieldError("answers", language.get("hub.survey.empty")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LocalDate today = MeasurementService.today();
        // one statement takes the seat: two answers at the same moment cannot both pass the cap
        int taken = em.createNativeQuery("update measurement set response_count = response_count + 1 where id = ?1 and not closed "
                        + "and response_count < response_cap and ?2 between opens_on and closes_on")
                .setParameter(1, m.id).setParameter(2, today).executeUpdate();
        if (taken == 0) {
            throw new ApiException(ProblemType.GONE, "hub.survey.closed");
        }
        UUID response = UUID.randomUUID();
        em.createNativeQuery("insert into survey_response (id, measurement_id, answered_on) values (?1, ?2, ?3)")
                .setParameter(1, response).setParameter(2, m.id).setParameter(3, today).executeUpdate();
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            em.createNativeQuery("insert into survey_answer (response_id, item_code, score) values (?1, ?2, cast(?3 as smallint))")
                    .setParameter(1, response).setParameter(2, answer.getKey())
                    .setParameter(3, answer.getValue() == null ? null : answer.getValue().shortValue()).executeUpdate();
        }
        return m.id;
    }

    private Measurement open(String token) {
        Measurement m = measurements.findByToken(token).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "hub.survey.unknown"));
        LocalDate today = MeasurementService.today();
        if (today.isBefore(m.opensOn)) {
            throw new ApiException(ProblemType.GONE, "hub.survey.not-yet", m.opensOn.toString());
        }
        if (!m.isOpen(today)) {
            throw new ApiException(ProblemType.GONE, "hub.survey.closed");
        }
        return m;
    }
}
