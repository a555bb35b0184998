package nl.leercultuur.hub.evaluations.stats;

/**
 * The standardized mean difference between two independent groups (a baseline and a follow-up wave of anonymous
 * respondents), following Borenstein, Hedges, Higgins &amp; Rothstein (2009), <i>Introduction to Meta-Analysis</i>,
 * chapter 4, "Effect sizes based on means", section "Computing d and g from studies that use independent groups":
 * <ul>
 * <li>(4.19) S_within = √(((n1 − 1)·S1² + (n2 − 1)·S2²) / (n1 + n2 − 2))</li>
 * <li>(4.18) d = (X̄1 − X̄2) / S_within, here follow-up minus baseline, so a positive d is an improvement</li>
 * <li>(4.20) V_d = (n1 + n2) / (n1·n2) + d² / (2·(n1 + n2))</li>
 * <li>(4.22) J = 1 − 3 / (4·df − 1), df = n1 + n2 − 2: the small-sample correction</li>
 * <li>(4.23) g = J·d; (4.24) V_g = J²·V_d; (4.25) SE_g = √V_g</li>
 * <li>the 95% confidence interval g ± Z·SE_g, Z = 1.959964 (the book rounds it to 1.96)</li>
 * </ul>
 *
 * @param difference follow-up mean minus baseline mean (the raw change)
 * @param d Cohen's d
 * @param varianceD V_d
 * @param j the correction factor J
 * @param g Hedges' g
 * @param varianceG V_g
 * @param standardError SE_g
 * @param low the lower 95% limit of g
 * @param high the upper 95% limit of g
 */
public record EffectSize(double difference, double d, double varianceD, double j, double g, double varianceG, double standardError,
        double low, double high) {

    /** Z for a two-sided 95% interval (the 97.5th percentile of the standard normal distribution). */
    public static final double Z95 = 1.959963984540054;

    /**
     * Hedges' g of the follow-up against the baseline. Both groups need at least two respondents and together some
     * spread (S_within &gt; 0); otherwise there is no effect size.
     */
    public static EffectSize between(Descriptives baseline, Descriptives followUp) {
        int n1 = followUp.n();
        int n2 = baseline.n();
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("each group needs at least two scores");
        }
        double df = n1 + n2 - 2.0;
        double sWithin = Math.sqrt(((n1 - 1) * followUp.sd() * followUp.sd() + (n2 - 1) * baseline.sd() * baseline.sd()) / df);
        if (!(sWithin > 0)) {
            throw new IllegalArgumentException("no spread within the groups");
        }
        double difference = followUp.mean() - baseline.mean();
        double d = difference / sWithin;
        double varianceD = (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2));
        double j = 1 - 3 / (4 * df - 1);
        double g = j * d;
        double varianceG = j * j * varianceD;
        double se = Math.sqrt(varianceG);
        return new EffectSize(difference, d, varianceD, j, g, varianceG, se, g - Z95 * se, g + Z95 * se);
    }
}
