package nl.leercultuur.hub.evaluations.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the evaluations, checked three ways: against Borenstein et al. (2009)'s worked example of chapter 4,
 * against examples small enough to compute by hand, and against a second implementation written here from the same
 * textbook formulas in 34-digit decimal arithmetic (BigDecimal, MathContext.DECIMAL128) on random data, to 1e-9.
 */
class StatisticsTest {

    private static final double EXACT = 1e-9;
    private static final MathContext MC = MathContext.DECIMAL128;

    @Test
    void shouldReproduceBorensteinsWorkedExampleOfChapterFour() {
        // "Computing d and g from studies that use independent groups": means 103 and 100, SDs 5.5 and 4.5, n 50 and 50;
        // the book reports S_within 5.0249, d 0.5970, V_d 0.0418, SE_d 0.2044, J 0.9923, g 0.5924, V_g 0.0411, SE_g 0.2028
        EffectSize e = EffectSize.between(new Descriptives(50, 100, 4.5), new Descriptives(50, 103, 5.5));
        assertEquals(0.5970, e.d(), 5e-5);
        assertEquals(0.0418, e.varianceD(), 5e-5);
        assertEquals(0.9923, e.j(), 5e-5);
        assertEquals(0.5924, e.g(), 5e-5);
        assertEquals(0.0411, e.varianceG(), 5e-5);
        assertEquals(0.2028, e.standardError(), 5e-5);
        assertEquals(3.0, e.difference(), EXACT);
    }

    @Test
    void shouldComputeDescriptivesOfAHandfulOfScores() {
        Descriptives d = Descriptives.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(8, d.n());
        assertEquals(5.0, d.mean(), EXACT);
        assertEquals(Math.sqrt(32.0 / 7), d.sd(), EXACT);
        assertEquals(0.0, Descriptives.of(new double[] {3}).sd(), EXACT);
        assertThrows(IllegalArgumentException.class, () -> Descriptives.of(new double[0]));
    }

    @Test
    void shouldPoolTwoDifferentStudiesAsComputedByHand() {
        // Y = 0 and 1, V = 0.1 each: W = 10 each, Q = 10·0.25·2 = 5, df = 1, C = 20 − 200/20 = 10, T² = (5 − 1)/10 = 0.4,
        // W* = 1/0.5 = 2 each, M* = 0.5, SE = √(1/4) = 0.5, I² = (5 − 1)/5 = 80%
        MetaAnalysis m = MetaAnalysis.randomEffects(List.of(new MetaAnalysis.Study(0, 0.1), new MetaAnalysis.Study(1, 0.1)));
        assertEquals(5.0, m.q(), EXACT);
        assertEquals(0.4, m.tau2(), EXACT);
        assertEquals(80.0, m.i2(), EXACT);
        assertEquals(0.5, m.estimate(), EXACT);
        assertEquals(0.5, m.standardError(), EXACT);
        assertEquals(0.5 - EffectSize.Z95 * 0.5, m.low(), EXACT);
    }

    @Test
    void shouldFindNoHeterogeneityWhenTheStudiesAgree() {
        MetaAnalysis m = MetaAnalysis.randomEffects(List.of(new MetaAnalysis.Study(0.3, 0.04), new MetaAnalysis.Study(0.3, 0.01),
                new MetaAnalysis.Study(0.3, 0.05)));
        assertEquals(0.0, m.q(), EXACT);
        assertEquals(0.0, m.tau2(), EXACT);
        assertEquals(0.0, m.i2(), EXACT);
        assertEquals(0.3, m.estimate(), EXACT);
        assertEquals(Math.sqrt(1 / (25.0 + 100 + 20)), m.standardError(), EXACT);
    }

    @Test
    void shouldAgreeWithASecondImplementationOnRandomWaves() {
        Random random = new Random(20261129);
        List<MetaAnalysis.Study> studies = new ArrayList<>();
        List<BigDecimal[]> exactStudies = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            double[] baseline = scores(random, 5 + random.nextInt(40), 2.5 + random.nextDouble());
            double[] followUp = scores(random, 5 + random.nextInt(40), 2.5 + random.nextDouble() * 1.5);
            Descriptives b = Descriptives.of(baseline);
            Descriptives f = Descriptives.of(followUp);
            BigDecimal[] bx = exactDescriptives(baseline);
            BigDecimal[] fx = exactDescriptives(followUp);
            assertEquals(bx[1].doubleValue(), b.mean(), EXACT);
            assertEquals(bx[2].doubleValue(), b.sd(), EXACT);
            EffectSize e = EffectSize.between(b, f);
            BigDecimal[] ex = exactHedges(bx, fx);
            assertEquals(ex[0].doubleValue(), e.d(), EXACT, "d");
            assertEquals(ex[1].doubleValue(), e.varianceD(), EXACT, "V_d");
            assertEquals(ex[2].doubleValue(), e.g(), EXACT, "g");
            assertEquals(ex[3].doubleValue(), e.varianceG(), EXACT, "V_g");
            assertEquals(ex[4].doubleValue(), e.low(), EXACT, "low");
            assertEquals(ex[5].doubleValue(), e.high(), EXACT, "high");
            if (round % 20 == 0) {
                studies.add(new MetaAnalysis.Study(e.g(), e.varianceG()));
                exactStudies.add(new BigDecimal[] {ex[2], ex[3]});
                MetaAnalysis m = MetaAnalysis.randomEffects(studies);
                BigDecimal[] mx = exactRandomEffects(exactStudies);
                assertEquals(mx[0].doubleValue(), m.q(), EXACT, "Q");
                assertEquals(mx[1].doubleValue(), m.tau2(), EXACT, "T²");
                assertEquals(mx[2].doubleValue(), m.estimate(), EXACT, "M*");
                assertEquals(mx[3].doubleValue(), m.standardError(), EXACT, "SE");
                assertEquals(mx[4].doubleValue(), m.i2(), 1e-7, "I² (percent)");
            }
        }
    }

    @Test
    void shouldGiveOneStudyItsOwnEffectWithoutHeterogeneity() {
        MetaAnalysis m = MetaAnalysis.randomEffects(List.of(new MetaAnalysis.Study(0.42, 0.09)));
        assertEquals(0.0, m.q(), EXACT);
        assertEquals(0.0, m.i2(), EXACT);
        assertEquals(0.42, m.estimate(), EXACT);
        assertEquals(0.3, m.standardError(), EXACT);
    }

    @Test
    void shouldRefuseGroupsWithoutAnEffectSize() {
        assertThrows(IllegalArgumentException.class, () -> EffectSize.between(new Descriptives(1, 3, 0), new Descriptives(5, 3, 1)));
        assertThrows(IllegalArgumentException.class, () -> EffectSize.between(new Descriptives(5, 3, 0), new Descriptives(5, 4, 0)));
        assertThrows(IllegalArgumentException.class, () -> MetaAnalysis.randomEffects(List.of()));
    }

    /** Mean scores of respondents on a 1–5 scale (averages of four items, so in quarters). */
    private static double[] scores(Random random, int n, double centre) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int item = 0; item < 4; item++) {
                sum += Math.max(1, Math.min(5, Math.round(centre + random.nextGaussian())));
            }
            scores[i] = sum / 4;
        }
        return scores;
    }

    // --- the second implementation: the textbook formulas in decimal arithmetic, written out anew -------------------

    /** n, mean, sd from the sums Σx and Σx² (a different route from the two passes of Descriptives). */
    private static BigDecimal[] exactDescriptives(double[] scores) {
        BigDecimal n = BigDecimal.valueOf(scores.length);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (double score : scores) {
            BigDecimal x = new BigDecimal(score);
            sum = sum.add(x, MC);
            squares = squares.add(x.multiply(x, MC), MC);
        }
        BigDecimal mean = sum.divide(n, MC);
        BigDecimal variance = squares.subtract(sum.multiply(sum, MC).divide(n, MC), MC).divide(n.subtract(BigDecimal.ONE), MC);
        return new BigDecimal[] {n, mean, variance.sqrt(MC)};
    }

    /** d, V_d, g, V_g and the 95% limits of g for the follow-up (group 1) against the baseline (group 2). */
    private static BigDecimal[] exactHedges(BigDecimal[] baseline, BigDecimal[] followUp) {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal n1 = followUp[0];
        BigDecimal n2 = baseline[0];
        BigDecimal df = n1.add(n2).subtract(BigDecimal.TWO);
        BigDecimal pooled = n1.subtract(one).multiply(followUp[2].pow(2, MC), MC)
                .add(n2.subtract(one).multiply(baseline[2].pow(2, MC), MC), MC).divide(df, MC);
        BigDecimal d = followUp[1].subtract(baseline[1], MC).divide(pooled.sqrt(MC), MC);
        BigDecimal vd = n1.add(n2).divide(n1.multiply(n2), MC)
                .add(d.pow(2, MC).divide(BigDecimal.TWO.multiply(n1.add(n2)), MC), MC);
        BigDecimal j = one.subtract(BigDecimal.valueOf(3).divide(BigDecimal.valueOf(4).multiply(df).subtract(one), MC), MC);
        BigDecimal g = j.multiply(d, MC);
        BigDecimal vg = j.pow(2, MC).multiply(vd, MC);
        BigDecimal half = new BigDecimal(EffectSize.Z95).multiply(vg.sqrt(MC), MC);
        return new BigDecimal[] {d, vd, g, vg, g.subtract(half, MC), g.add(half, MC)};
    }

    /** Q (as Σ W·(Y − M)², the deviation form), T², M*, SE(M*) and I² of a random-effects model. */
    private static BigDecimal[] exactRandomEffects(List<BigDecimal[]> studies) {
        BigDecimal sumW = BigDecimal.ZERO;
        BigDecimal sumWY = BigDecimal.ZERO;
        BigDecimal sumW2 = BigDecimal.ZERO;
        for (BigDecimal[] s : studies) {
            BigDecimal w = BigDecimal.ONE.divide(s[1], MC);
            sumW = sumW.add(w, MC);
            sumWY = sumWY.add(w.multiply(s[0], MC), MC);
            sumW2 = sumW2.add(w.multiply(w, MC), MC);
        }
        BigDecimal fixed = sumWY.divide(sumW, MC);
        BigDecimal q = BigDecimal.ZERO;
        for (BigDecimal[] s : studies) {
            q = q.add(BigDecimal.ONE.divide(s[1], MC).multiply(s[0].subtract(fixed).pow(2, MC), MC), MC);
        }
        BigDecimal df = BigDecimal.valueOf(studies.size() - 1L);
        BigDecimal c = sumW.subtract(sumW2.divide(sumW, MC), MC);
        if (studies.size() < 2) {
            q = BigDecimal.ZERO;
        }
        BigDecimal tau2 = q.compareTo(df) > 0 ? q.subtract(df).divide(c, MC) : BigDecimal.ZERO;
        BigDecimal sumWStar = BigDecimal.ZERO;
        BigDecimal sumWStarY = BigDecimal.ZERO;
        for (BigDecimal[] s : studies) {
            BigDecimal w = BigDecimal.ONE.divide(s[1].add(tau2), MC);
            sumWStar = sumWStar.add(w, MC);
            sumWStarY = sumWStarY.add(w.multiply(s[0], MC), MC);
        }
        BigDecimal i2 = q.compareTo(df) > 0 ? q.subtract(df).divide(q, MC).multiply(BigDecimal.valueOf(100)) : BigDecimal.ZERO;
        return new BigDecimal[] {q, tau2, sumWStarY.divide(sumWStar, MC), BigDecimal.ONE.divide(sumWStar, MC).sqrt(MC), i2};
    }
}
