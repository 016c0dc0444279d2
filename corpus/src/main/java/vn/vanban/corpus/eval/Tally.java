package vn.vanban.corpus.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts for precision, recall and per-field accuracy, with the misses kept for the report. */
final class Tally {

    int gold;
    int predicted;
    int matched;
    int relationRight;
    int ruled;
    /** "labelled→read" counts of the relations read wrong. */
    final Map<String, Integer> confusion = new java.util.TreeMap<>();
    final Map<String, int[]> fields = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();

    void field(String name, boolean right) {
        int[] c = fields.computeIfAbsent(name, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    void add(Tally other) {
        gold += other.gold;
        predicted += other.predicted;
        matched += other.matched;
        relationRight += other.relationRight;
        ruled += other.ruled;
        other.confusion.forEach((k, v) -> confusion.merge(k, v, Integer::sum));
        other.fields.forEach((k, v) -> {
            int[] c = fields.computeIfAbsent(k, x -> new int[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
        misses.addAll(other.misses);
    }

    double precision() {
        return predicted == 0 ? 1.0 : matched / (double) predicted;
    }

    double recall() {
        return gold == 0 ? 1.0 : matched / (double) gold;
    }

    double relationAccuracy() {
        return matched == 0 ? 1.0 : relationRight / (double) matched;
    }

    Map<String, Double> fieldAccuracy() {
        Map<String, Double> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> out.put(k, v[1] == 0 ? 1.0 : v[0] / (double) v[1]));
        return out;
    }
}
