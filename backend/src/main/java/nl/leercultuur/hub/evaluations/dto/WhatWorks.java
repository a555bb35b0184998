package nl.leercultuur.hub.evaluations.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.Decision;
import nl.leercultuur.hub.evaluations.EvidenceStrength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WhatWorks", description = "Per intervention type, live from the Hub's published pilots: how many pilots and respondents, the "
        + "pooled effect on the learning culture (random effects, DerSimonian–Laird) with its 95% interval and heterogeneity, the strength "
        + "of the evidence, the median cost per participant, the decisions and the lessons, including what did not work")
public record WhatWorks(
        @Schema(required = true, maxItems = 100) List<TypeEvidence> items,
        @Schema(required = true, maxLength = 1000, description = "How the evidence strength is rated") String evidenceRule) {

    @Schema(name = "InterventionEvidence")
    public record TypeEvidence(
            @Schema(required = true, maxLength = 60) String interventionType,
            @Schema(required = true, maxLength = 120) String labelNl,
            @Schema(required = true, maxLength = 120) String labelEn,
            @Schema(required = true, minimum = "1", maximum = "100000", description = "Pilots with a published evaluation") int pilots,
            @Schema(required = true, minimum = "0", maximum = "100000", description = "Of which with an effect size (baseline and follow-up of at least 5)")
            int pilotsWithEffect,
            @Schema(required = true, minimum = "0", maximum = "100000000", description = "Respondents in the waves that were compared") int respondents,
            @Schema(description = "The pooled effect (Hedges' g), when at least one pilot has an effect size") Pooled pooled,
            @Schema(required = true) EvidenceStrength evidence,
            @Schema(minimum = "0", maximum = "9999999999.99", description = "The median cost per participant of the pilots that know it")
            BigDecimal medianCostPerParticipant,
            @Schema(required = true, minimum = "0", maximum = "100000") int scaleUp,
            @Schema(required = true, minimum = "0", maximum = "100000") int adjust,
            @Schema(required = true, minimum = "0", maximum = "100000") int stop,
            @Schema(required = true, maxItems = 1000, description = "Per pilot: its effect and lessons (the forest plot's rows)") List<PilotEvidence> studies) {
    }

    @Schema(name = "PooledEffect")
    public record Pooled(
            @Schema(required = true, minimum = "-100", maximum = "100") double hedgesG,
            @Schema(required = true, minItems = 2, maxItems = 2) List<Double> ci95,
            @Schema(required = true, minimum = "0", maximum = "100", description = "I², percent") double i2,
            @Schema(required = true, minimum = "0", maximum = "100", description = "T², the between-pilot variance") double tau2) {
    }

    @Schema(name = "PilotEvidence")
    public record PilotEvidence(
            @Schema(required = true) UUID pilotId,
            @Schema(required = true, maxLength = 200) String title,
            @Schema(minimum = "-100", maximum = "100") Double hedgesG,
            @Schema(maxItems = 2) List<Double> ci95,
            @Schema(minimum = "0", maximum = "100000") Integer respondents,
            @Schema(required = true) Decision decision,
            @Schema(maxLength = 4000) String whatWorked,
            @Schema(maxLength = 4000) String whatDidNot,
            @Schema(required = true) Instant publishedAt,
            @Schema(description = "The practice example written from its evaluation") UUID knowledgeItemId) {
    }
}
