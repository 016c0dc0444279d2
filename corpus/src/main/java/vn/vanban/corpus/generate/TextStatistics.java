package vn.vanban.corpus.generate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus's text looks like in numbers, to compare a generated corpus with a real one at
 * the same size: words (runs of letters and digits, NFC, lower case), distinct words, the share of
 * all words that the 10, 100 and 1,000 most frequent take, words seen once, and sentences (pieces
 * of at least 8 words between line breaks, full stops, semicolons and colons) that occur in more
 * than one document, and how much a document repeats itself: of the pairs of adjacent words within
 * a piece, the share that are distinct within their document (summed over documents). Add
 * documents until {@link #full()}.
 */
public final class TextStatistics {

    /** The figures; {@code sharedSentences}: the share of sentences that occur in another document too. */
    public record Figures(int documents, long words, int distinct, double top10, double top100, double top1000,
            double once, double sharedSentences, double distinctPairs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d documents, %d words, %d distinct, top 10/100/1000 %.3f/%.3f/%.3f, once %.3f, shared sentences %.3f, distinct pairs %.3f",
                    documents, words, distinct, top10, top100, top1000, once, sharedSentences, distinctPairs);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]+");
    private static final Pattern PIECE = Pattern.compile("[\\n.;:]");

    private final long budget;
    private final Map<String, int[]> counts = new HashMap<>();
    /** Per sentence: the first document it was seen in, and how many documents hold it (−1 before a second). */
    private final Map<String, long[]> sentences = new HashMap<>();
    private long words;
    private long pieces;
    private long pairs;
    private long pairsDistinct;
    private int documents;

    /** @param budget words to take in all: a document that would pass it is cut there. */
    public TextStatistics(long budget) {
        this.budget = budget;
    }

    public boolean full() {
        return words >= budget;
    }

    public void add(String text) {
        if (full()) {
            return;
        }
        documents++;
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Set<String> docPairs = new HashSet<>();
        try {
            addPieces(t, docPairs);
        } finally {
            pairsDistinct += docPairs.size();
        }
    }

    private void addPieces(String t, Set<String> docPairs) {
        for (String piece : PIECE.split(t)) {
            Matcher m = WORD.matcher(piece);
            StringBuilder sentence = new StringBuilder();
            int n = 0;
            String last = null;
            while (m.find() && words < budget) {
                String w = m.group();
                if (last != null) {
                    pairs++;
                    docPairs.add(last + ' ' + w);
                }
                last = w;
                counts.computeIfAbsent(w, k -> new int[1])[0]++;
                words++;
                n++;
                sentence.append(w).append(' ');
            }
            if (n >= 8) {
                pieces++;
                long[] seen = sentences.computeIfAbsent(sentence.toString(), k -> new long[] {documents, 0});
                if (seen[0] != documents) {
                    seen[0] = documents;
                    seen[1] = seen[1] == 0 ? 2 : seen[1] + 1;
                }
            }
            if (words >= budget) {
                return;
            }
        }
    }

    public Figures figures() {
        int[] c = counts.values().stream().mapToInt(x -> x[0]).sorted().toArray();
        long[] top = new long[3];
        int[] limits = {10, 100, 1000};
        for (int k = 0; k < 3; k++) {
            for (int i = c.length - 1; i >= Math.max(0, c.length - limits[k]); i--) {
                top[k] += c[i];
            }
        }
        long once = Arrays.stream(c).filter(x -> x == 1).count();
        long shared = sentences.values().stream().mapToLong(s -> s[1]).sum();
        double w = Math.max(1, words);
        return new Figures(documents, words, c.length, top[0] / w, top[1] / w, top[2] / w,
                (double) once / Math.max(1, c.length), (double) shared / Math.max(1, pieces),
                (double) pairsDistinct / Math.max(1, pairs));
    }
}
