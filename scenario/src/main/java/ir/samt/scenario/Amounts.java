package ir.samt.scenario;

import java.util.Random;

/** Splits an exact total into n varied positive parts that add up to it exactly. */
final class Amounts {

    private Amounts() {
    }

    static long[] split(long total, int n, long granularity, Random random) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // skewed like real projects: a few large, many small
            weights[i] = 0.2 + Math.pow(random.nextDouble(), 3) * 4;
            sum += weights[i];
        }
        long[] parts = new long[n];
        long assigned = 0;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = Math.max(granularity, Math.round(total * weights[i] / sum / granularity) * granularity);
            assigned += parts[i];
        }
        parts[n - 1] = total - assigned;
        if (parts[n - 1] <= 0) {
            throw new IllegalStateException("Could not split " + total + " into " + n + " parts");
        }
        return parts;
    }
}
