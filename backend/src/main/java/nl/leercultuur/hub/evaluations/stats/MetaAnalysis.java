package nl.leercultuur.hub.evaluations.stats;

import java.util.List;

/**
 * Pooling the effects of several pilots with the random-effects model and the DerSimonian–Laird estimate of the
 * between-study variance, following Borenstein et al. (2009), <i>Introduction to Meta-Analysis</i>:
 * <ul>
 * <li>the fixed-effect weights W_i = 1 / V_i and Cochran's Q = Σ W_i·Y_i² − (Σ W_i·Y_i)² / Σ W_i, df = k − 1
 * (chapter 11, "Fixed-effect model", and chapter 16, "Identifying and quantifying heterogeneity")</li>
 * <li>C = Σ W_i − Σ W_i² / Σ W_i and T² = (Q − df) / C when Q &gt; df, else 0 (chapter 12, "Random-effects model",
 * "Estimating tau-squared", the method of moments of DerSimonian and Laird)</li>
 * <li>W*_i = 1 / (V_i + T²), M* = Σ W*_i·Y_i / Σ W*_i, V_M* = 1 / Σ W*_i and the 95% limits M* ± Z·SE (chapter 12)</li>
 * <li>I² = (Q − df) / Q × 100% when Q &gt; df, else 0 (chapter 16)</li>
 * </ul>
 *
 * @param k the number of studies (pilots)
 * @param q Cochran's Q
 * @param tau2 T², the between-study variance (DerSimonian–Laird)
 * @param i2 I², the share of the observed variance that is real, in percent
 * @param estimate the pooled effect M*
 * @param standardError its standard error
 * @param low the lower 95% limit
 * @param high the upper 95% limit
 */
public record MetaAnalysis(int k, double q, double tau2, double i2, double estimate, double standardError, double low, double high) {

    /** One study's effect size and its variance. */
    public record Study(double effect, double variance) {
    }

    public static MetaAnalysis randomEffects(List<Study> studies) {
        int k = studies.size();
        if (k == 0) {
            throw new IllegalArgumentException("no studies");
        }
        double sumW = 0;
        double sumWY = 0;
        double sumWY2 = 0;
        double sumW2 = 0;
        for (Study study : studies) {
            if (!(study.variance() > 0)) {
                throw new IllegalArgumentException("a study without a positive variance");
            }
            double w = 1 / study.variance();
            sumW += w;
            sumWY += w * study.effect();
            sumWY2 += w * study.effect() * study.effect();
            sumW2 += w * w;
        }
        // one study has no heterogeneity (its Q is 0 by definition; rounding must not make it 1e-17 and I² 100%)
        double q = k < 2 ? 0 : Math.max(0, sumWY2 - sumWY * sumWY / sumW);
        double df = k - 1.0;
        double c = sumW - sumW2 / sumW;
        double tau2 = q > df && c > 0 ? (q - df) / c : 0;
        double sumWStar = 0;
        double sumWStarY = 0;
        for (Study study : studies) {
            double w = 1 / (study.variance() + tau2);
            sumWStar += w;
            sumWStarY += w * study.effect();
        }
        double estimate = sumWStarY / sumWStar;
        double se = Math.sqrt(1 / sumWStar);
        double i2 = q > df ? (q - df) / q * 100 : 0;
        return new MetaAnalysis(k, q, tau2, i2, estimate, se, estimate - EffectSize.Z95 * se, estimate + EffectSize.Z95 * se);
    }
}
