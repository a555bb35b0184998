package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leercultuur.hub.evaluations.dto.MeasurementResults;
import nl.leercultuur.hub.evaluations.dto.WhatWorks;
import nl.leercultuur.hub.evaluations.stats.MetaAnalysis;
import nl.leercultuur.hub.pilots.PilotService;
import nl.leercultuur.hub.pilots.dto.PilotDto;
import nl.leercultuur.hub.shared.csv.CsvWriter;

/**
 * "What works": per intervention type, the published pilots pooled. Only published evaluations count, and only effects
 * whose waves each had at least {@link MeasurementService#MINIMUM_GROUP} respondents (the rule of the results).
 */
@ApplicationScoped
public class InsightsService {

    /** How the strength of the evidence is rated (shown on the page and in the API). */
    public static final String EVIDENCE_RULE = "STRONG: at least 3 pilots with an effect size, at least 150 respondents, I² under 50% and "
            + "the newest evaluation at most 3 years old. MODERATE: at least 2 pilots with an effect size, at least 60 respondents and I² "
            + "under 75%. LIMITED: at least one pilot with an effect size. INSUFFICIENT: none. An evidence base whose newest evaluation is "
            + "more than 5 years old is rated one step lower.";

    @Inject
    EvaluationRepository evaluations;

    @Inject
    MeasurementService measurements;

    @Inject
    PilotService pilots;

    @Transactional
    public WhatWorks whatWorks() {
        List<PilotDto> published = pilots.published();
        Map<UUID, Evaluation> byPilot = evaluations.list("publishedAt is not null").stream()
                .collect(Collectors.toMap(e -> e.pilotId, Function.identity(), (a, b) -> a.publishedAt.isAfter(b.publishedAt) ? a : b));
        Map<UUID, MeasurementResults> results = measurements.latestResults(byPilot.keySet());
        Map<String, List<PilotDto>> byType = new LinkedHashMap<>();
        published.stream().filter(p -> byPilot.containsKey(p.id()))
                .sorted(Comparator.comparing((PilotDto p) -> p.interventionType().labelNl()).thenComparing(PilotDto::title))
                .forEach(p -> byType.computeIfAbsent(p.interventionType().code(), k -> new ArrayList<>()).add(p));
        List<WhatWorks.TypeEvidence> items = new ArrayList<>();
        byType.forEach((code, list) -> items.add(evidence(list, byPilot, results)));
        return new WhatWorks(items, EVIDENCE_RULE);
    }

    private WhatWorks.TypeEvidence evidence(List<PilotDto> list, Map<UUID, Evaluation> byPilot, Map<UUID, MeasurementResults> resultsByPilot) {
        List<WhatWorks.PilotEvidence> studies = new ArrayList<>();
        List<MetaAnalysis.Study> effects = new ArrayList<>();
        int respondents = 0;
        int[] decisions = new int[3];
        Instant newest = Instant.EPOCH;
        for (PilotDto pilot : list) {
            Evaluation e = byPilot.get(pilot.id());
            MeasurementResults results = resultsByPilot.get(pilot.id());
            MeasurementResults.Comparison overall = results == null ? null : results.comparison().stream()
                    .filter(c -> Scoring.OVERALL.equals(c.dimension()) && !c.suppressed() && c.hedgesG() != null).findFirst().orElse(null);
            Integer n = null;
            if (overall != null) {
                MeasurementResults.DimensionResult after = results.dimensions().stream().filter(d -> Scoring.OVERALL.equals(d.dimension()))
                        .findFirst().orElseThrow();
                n = overall.baselineN() + after.n();
                respondents += n;
                effects.add(new MetaAnalysis.Study(overall.hedgesG(), overall.varianceG()));
            }
            if (e.decision != null) {
                decisions[e.decision.ordinal()]++;
            }
            if (e.publishedAt.isAfter(newest)) {
                newest = e.publishedAt;
            }
            studies.add(new WhatWorks.PilotEvidence(pilot.id(), pilot.title(), overall == null ? null : overall.hedgesG(),
                    overall == null ? null : overall.ci95(), n, e.decision, e.whatWorked, e.whatDidNot, e.publishedAt, e.knowledgeItemId));
        }
        WhatWorks.Pooled pooled = null;
        if (!effects.isEmpty()) {
            MetaAnalysis m = MetaAnalysis.randomEffects(effects);
            pooled = new WhatWorks.Pooled(m.estimate(), List.of(m.low(), m.high()), m.i2(), m.tau2());
        }
        PilotDto first = list.get(0);
        return new WhatWorks.TypeEvidence(first.interventionType().code(), first.interventionType().labelNl(), first.interventionType().labelEn(),
                list.size(), effects.size(), respondents, pooled, rate(effects.size(), respondents, pooled, newest), median(list),
                decisions[Decision.SCALE_UP.ordinal()], decisions[Decision.ADJUST.ordinal()], decisions[Decision.STOP.ordinal()], studies);
    }

    /** The rating of {@link #EVIDENCE_RULE}. */
    static EvidenceStrength rate(int withEffect, int respondents, WhatWorks.Pooled pooled, Instant newest) {
        EvidenceStrength rating;
        Duration age = Duration.between(newest, Instant.now());
        if (withEffect == 0 || pooled == null) {
            return EvidenceStrength.INSUFFICIENT;
        } else if (withEffect >= 3 && respondents >= 150 && pooled.i2() < 50 && age.toDays() <= 3 * 365) {
            rating = EvidenceStrength.STRONG;
        } else if (withEffect >= 2 && respondents >= 60 && pooled.i2() < 75) {
            rating = EvidenceStrength.MODERATE;
        } else {
            rating = EvidenceStrength.LIMITED;
        }
        if (age.toDays() > 5 * 365 && rating != EvidenceStrength.LIMITED) {
            rating = EvidenceStrength.values()[rating.ordinal() + 1];
        }
        return rating;
    }

    private static BigDecimal median(List<PilotDto> list) {
        List<BigDecimal> costs = list.stream().map(PilotDto::costPerParticipant).filter(Objects::nonNull).sorted().toList();
        if (costs.isEmpty()) {
            return null;
        }
        int middle = costs.size() / 2;
        return costs.size() % 2 == 1 ? costs.get(middle)
                : costs.get(middle - 1).add(costs.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    /** The same figures as CSV, one row per intervention type (UTF-8 with byte order mark, RFC 4180). */
    @Transactional
    public void writeCsv(Writer out) throws java.io.IOException {
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("intervention_type", "label_nl", "label_en", "pilots", "pilots_with_effect", "respondents", "hedges_g", "ci95_low",
                "ci95_high", "i2_percent", "tau2", "evidence", "median_cost_per_participant", "scale_up", "adjust", "stop"));
        for (WhatWorks.TypeEvidence t : whatWorks().items()) {
            WhatWorks.Pooled p = t.pooled();
            csv.row(List.of(t.interventionType(), t.labelNl(), t.labelEn(), Integer.toString(t.pilots()), Integer.toString(t.pilotsWithEffect()),
                    Integer.toString(t.respondents()), p == null ? "" : number(p.hedgesG()), p == null ? "" : number(p.ci95().get(0)),
                    p == null ? "" : number(p.ci95().get(1)), p == null ? "" : number(p.i2()), p == null ? "" : number(p.tau2()),
                    t.evidence().name(), t.medianCostPerParticipant() == null ? "" : t.medianCostPerParticipant().toPlainString(),
                    Integer.toString(t.scaleUp()), Integer.toString(t.adjust()), Integer.toString(t.stop())));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
