package vn.vanban.corpus.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0 … n−1 with probability ∝ 1 / (rank + 1 + q)^a (Zipf–Mandelbrot), the shape of word
 * frequencies in text; {@code n} unbounded when 0, for the rare words that keep a corpus's
 * vocabulary growing with its size.
 */
final class Zipf {

    private final double a;
    private final double q;
    private final double[] cumulative;

    Zipf(int n, double a, double q) {
        this(n, a, q, Integer.MAX_VALUE, a);
    }

    /**
     * A Zipf–Mandelbrot law of exponent {@code a} up to rank {@code bend}, of exponent {@code tail}
     * beyond it (a broken power law): the shape of Vietnamese text, where a thousand syllables carry
     * nearly all of it and the rest fall away fast.
     */
    Zipf(int n, double a, double q, int bend, double tail) {
        this.a = a;
        this.q = q;
        if (n > 0) {
            cumulative = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += r + 1 <= bend ? Math.pow(r + 1 + q, -a)
                        : Math.pow(bend + q, -a) * Math.pow((r + 1 + q) / (bend + q), -tail);
                cumulative[r] = sum;
            }
            for (int r = 0; r < n; r++) {
                cumulative[r] /= sum;
            }
        } else if (a <= 1) {
            throw new IllegalArgumentException("an unbounded Zipf needs a > 1, not " + a);
        } else {
            cumulative = null;
        }
    }

    int next(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (cumulative == null) {
            // The continuous Pareto tail of the same exponent, inverted: rank + 1 + q = (1 + q) u^(−1/(a−1)).
            double x = (1 + q) * Math.pow(1 - u, -1 / (a - 1)) - 1 - q;
            return x >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) x;
        }
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
