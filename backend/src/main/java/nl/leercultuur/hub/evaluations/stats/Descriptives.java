package nl.leercultuur.hub.evaluations.stats;

/**
 * n, mean and sample standard deviation (divisor n − 1) of a group's scores.
 *
 * @param n the number of scores
 * @param mean their arithmetic mean
 * @param sd their sample standard deviation (0 for a single score)
 */
public record Descriptives(int n, double mean, double sd) {

    /** Two passes (mean first, then the squared deviations), which keeps the rounding small for scores on a 1–5 scale. */
    public static Descriptives of(double[] scores) {
        int n = scores.length;
        if (n == 0) {
            throw new IllegalArgumentException("no scores");
        }
        double sum = 0;
        for (double score : scores) {
            sum += score;
        }
        double mean = sum / n;
        double squares = 0;
        for (double score : scores) {
            squares += (score - mean) * (score - mean);
        }
        return new Descriptives(n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0);
    }
}
