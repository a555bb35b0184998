package nl.leercultuur.hub.evaluations;

/** How strong the evidence of "what works" is for an intervention type (rule: {@link InsightsService#EVIDENCE_RULE}). */
public enum EvidenceStrength {
    STRONG, MODERATE, LIMITED, INSUFFICIENT
}
