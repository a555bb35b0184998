package nl.leercultuur.hub.evaluations;

import static nl.leercultuur.hub.shared.text.Texts.blankToNull;
import static nl.leercultuur.hub.shared.text.Texts.isBlank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.EvaluationDto;
import nl.leercultuur.hub.evaluations.dto.EvaluationList;
import nl.leercultuur.hub.evaluations.dto.EvaluationRequest;
import nl.leercultuur.hub.evaluations.dto.MeasurementResults;
import nl.leercultuur.hub.knowledge.KnowledgeService;
import nl.leercultuur.hub.knowledge.KnowledgeStatus;
import nl.leercultuur.hub.knowledge.KnowledgeType;
import nl.leercultuur.hub.knowledge.KnowledgeVisibility;
import nl.leercultuur.hub.knowledge.dto.CreateKnowledgeItemRequest;
import nl.leercultuur.hub.pilots.PilotService;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.error.ProblemType;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/**
 * The evaluation of a pilot. Staff write it and publish it; publishing writes a practice example into the knowledge bank
 * (the lessons flow back), makes the pilot and its results public and completes a pilot being evaluated.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    MeasurementService measurements;

    @Inject
    PilotService pilots;

    @Inject
    KnowledgeService knowledge;

    @Inject
    EvaluationAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** A pilot's evaluations: all for staff and those taking part, the published one for everyone else who sees the pilot. */
    @Transactional
    public EvaluationList list(UUID pilotId) {
        Actor actor = user.actor();
        PilotDto pilot = pilots.get(pilotId);
        boolean all = policy.canSeeMeasurements(actor, pilot);
        MeasurementResults results = measurements.latestResults(pilotId);
        return new EvaluationList(evaluations.list("pilotId = ?1 order by createdAt, id", pilotId).stream()
                .filter(e -> all || e.publishedAt != null).map(e -> toDto(e, results, actor)).toList());
    }

    @Transactional
    public EvaluationDto get(UUID id) {
        Actor actor = user.actor();
        Evaluation evaluation = visible(id, actor);
        return toDto(evaluation, measurements.latestResults(evaluation.pilotId), actor);
    }

    @Transactional
    public EvaluationDto create(UUID pilotId, EvaluationRequest request) {
        Actor actor = requireStaff();
        pilots.get(pilotId);
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.pilotId = pilotId;
        apply(evaluation, request);
        evaluation.createdBy(actor);
        evaluations.persist(evaluation);
        evaluations.flush();
        return toDto(evaluation, measurements.latestResults(pilotId), actor);
    }

    /** The current version (staff; 404 when hidden or absent). */
    @Transactional
    public long versionForUpdate(UUID id) {
        requireStaff();
        return visible(id, user.actor()).version;
    }

    @Transactional
    public EvaluationDto update(UUID id, long expectedVersion, EvaluationRequest request) {
        Actor actor = requireStaff();
        Evaluation evaluation = visible(id, actor);
        if (evaluation.version != expectedVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "hub.version.stale", Long.toString(evaluation.version));
        }
        if (evaluation.publishedAt != null) {
            throw ApiException.conflict("hub.evaluation.published");
        }
        apply(evaluation, request);
        evaluation.changedBy(actor);
        evaluations.flush();
        return toDto(evaluation, measurements.latestResults(evaluation.pilotId), actor);
    }

    /**
     * Publishes the evaluation: it needs its lessons, a conclusion, a decision and its rationale (400 naming what is
     * missing); one published evaluation per pilot (409). Writes the practice example, and makes the pilot public.
     */
    @Transactional
    public EvaluationDto publish(UUID id) {
        Actor actor = requireStaff();
        Evaluation evaluation = visible(id, actor);
        if (evaluation.publishedAt != null || evaluations.count("pilotId = ?1 and publishedAt is not null", evaluation.pilotId) > 0) {
            throw ApiException.conflict("hub.evaluation.published");
        }
        List<Problem.FieldError> missing = new ArrayList<>();
        if (isBlank(evaluation.whatWorked) && isBlank(evaluation.whatDidNot)) {
            missing.add(new Problem.FieldError("whatWorked", language.get("hub.evaluation.lessons")));
        }
        if (isBlank(evaluation.conclusion)) {
            missing.add(new Problem.FieldError("conclusion", language.get("hub.required")));
        }
        if (evaluation.decision == null) {
            missing.add(new Problem.FieldError("decision", language.get("hub.required")));
        }
        if (isBlank(evaluation.rationale)) {
            missing.add(new Problem.FieldError("rationale", language.get("hub.required")));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        PilotDto pilot = pilots.get(evaluation.pilotId);
        MeasurementResults results = measurements.latestResults(evaluation.pilotId);
        pilots.publishEvaluation(evaluation.pilotId, "Evaluatie gepubliceerd; besluit: " + evaluation.decision);
        evaluation.knowledgeItemId = knowledge.create(practiceExample(pilot, evaluation, results)).id();
        evaluation.publishedAt = Instant.now();
        evaluation.changedBy(actor);
        evaluations.flush();
        return toDto(evaluation, results, actor);
    }

    /** The practice example for the knowledge bank, written from the evaluation (in Dutch, the bank's language). */
    static CreateKnowledgeItemRequest practiceExample(PilotDto pilot, Evaluation e, MeasurementResults results) {
        StringBuilder body = new StringBuilder();
        body.append("Dit praktijkvoorbeeld komt uit de evaluatie van de pilot [").append(pilot.title()).append("](/pilots/").append(pilot.id())
                .append(") (").append(pilot.interventionType().labelNl()).append(").\n\n");
        body.append("**Doel**: ").append(pilot.goal()).append("\n\n");
        section(body, "Wat werkte", e.whatWorked);
        section(body, "Wat werkte niet", e.whatDidNot);
        section(body, "Belemmeringen", e.barriers);
        section(body, "Wat hielp", e.enablers);
        section(body, "Conclusie", e.conclusion);
        section(body, "Besluit: " + decisionNl(e.decision), e.rationale);
        if (results != null) {
            results.comparison().stream().filter(c -> "overall".equals(c.dimension()) && c.hedgesG() != null).findFirst().ifPresent(c ->
                    body.append("## Effect op de leercultuur\n\nVerschil tussen nulmeting en vervolgmeting (schaal 1–5): ")
                            .append(String.format(java.util.Locale.forLanguageTag("nl"), "%.2f; Hedges' g = %.2f (95%%-interval %.2f tot %.2f).",
                                    c.change(), c.hedgesG(), c.ci95().get(0), c.ci95().get(1))).append("\n"));
        }
        String summary = e.conclusion.strip();
        if (summary.length() < 10) {
            summary = "Conclusie van de pilot " + pilot.title() + ": " + summary;
        }
        if (summary.length() > 2000) {
            summary = summary.substring(0, 1997) + "…";
        }
        String title = "Praktijkvoorbeeld: " + pilot.title();
        return new CreateKnowledgeItemRequest(KnowledgeType.PRACTICE_EXAMPLE, title.length() > 300 ? title.substring(0, 300) : title, summary,
                body.toString(), List.of("Programmateam Leercultuur"), "Leercultuur Hub", LocalDate.now().getYear(), null, "nl",
                List.of("informeel-leren"), null, null, null, KnowledgeVisibility.PUBLIC, KnowledgeStatus.PUBLISHED);
    }

    private static void section(StringBuilder body, String heading, String text) {
        if (!isBlank(text)) {
            body.append("## ").append(heading).append("\n\n").append(text.strip()).append("\n\n");
        }
    }

    private static String decisionNl(Decision decision) {
        return switch (decision) {
            case SCALE_UP -> "opschalen";
            case ADJUST -> "bijstellen";
            case STOP -> "stoppen";
        };
    }

    private Evaluation visible(UUID id, Actor actor) {
        Evaluation evaluation = evaluations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("evaluation", id));
        PilotDto pilot = measurements.pilotOf(evaluation.pilotId, "evaluation", id);
        if (!policy.canSeeMeasurements(actor, pilot) && evaluation.publishedAt == null) {
            throw ApiException.notFound("evaluation", id);
        }
        return evaluation;
    }

    private Actor requireStaff() {
        Actor actor = user.actor();
        if (!policy.canManageMeasurements(actor)) {
            throw ApiException.forbidden("hub.evaluation.staff-only");
        }
        return actor;
    }

    private static void apply(Evaluation e, EvaluationRequest r) {
        e.whatWorked = blankToNull(r.whatWorked());
        e.whatDidNot = blankToNull(r.whatDidNot());
        e.barriers = blankToNull(r.barriers());
        e.enablers = blankToNull(r.enablers());
        e.conclusion = blankToNull(r.conclusion());
        e.decision = r.decision();
        e.rationale = blankToNull(r.rationale());
    }

    private EvaluationDto toDto(Evaluation e, MeasurementResults results, Actor actor) {
        return new EvaluationDto(e.id, e.pilotId, e.whatWorked, e.whatDidNot, e.barriers, e.enablers, e.conclusion, e.decision, e.rationale,
                e.publishedAt, e.knowledgeItemId, results, policy.canManageMeasurements(actor) && e.publishedAt == null, e.createdAt, e.updatedAt,
                e.version);
    }
}
