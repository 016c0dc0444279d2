package vn.vanban.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts back together the words of a header line in capitals that OCR or a PDF's text layer spaced
 * out ("ỦY B AN NHÂN D Â N" → "ỦY BAN NHÂN DÂN", "Q U Y Ế T Đ Ị N H" → "QUYẾT ĐỊNH"). A Vietnamese
 * syllable has a known shape (an initial consonant, a vowel nucleus, an optional final), so a
 * letter that cannot stand alone ("B", "D", "N") belongs to a neighbour; among the ways to join
 * the pieces into well-formed syllables, the one with the most syllables the header vocabulary
 * knows wins. Words that are already whole are never joined to each other.
 */
public final class SpacedLetters {

    /** A syllable, folded (no diacritics, đ → d, lower case). */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
            + "(?:[aeiouy]{1,3})(?:ch|ng|nh|c|m|n|p|t)?");
    /** The longest run of pieces one syllable is made of. */
    private static final int MAX_PIECES = 7;
    private static final double SYLLABLE_COST = 2;

    private final Set<String> known;

    /** @param knownSyllables folded syllables of the header vocabulary (bodies, types, titles, places) */
    public SpacedLetters(Set<String> knownSyllables) {
        this.known = Set.copyOf(knownSyllables);
    }

    static boolean isSyllable(String folded) {
        return SYLLABLE.matcher(folded).matches();
    }

    /** Whether the line may hold spaced-out letters: in capitals, with a lone letter in it. */
    public static boolean mayApply(String line) {
        // A letter with a space (or the line's edge) on both sides; then capitals only.
        boolean lone = false;
        for (int i = 0; i < line.length() && !lone; i++) {
            lone = Character.isLetter(line.charAt(i)) && (i == 0 || line.charAt(i - 1) == ' ')
                    && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
        }
        return lone && VietnameseText.isUpperCase(line);
    }

    /** The line with spaced-out words joined; unchanged when nothing needs joining. */
    public String repair(String line) {
        if (!mayApply(line)) {
            return line;
        }
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        String[] tokens = line.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            // A run of letter-only tokens is segmented; anything else (digits, punctuation) stays as it is.
            int j = i;
            while (j < tokens.length && isLetters(tokens[j])) {
                j++;
            }
            if (j == i) {
                out.add(tokens[i++]);
                continue;
            }
            out.addAll(segment(tokens, i, j));
            i = j;
        }
        return lead + String.join(" ", out);
    }

    private static boolean isLetters(String t) {
        return t.chars().allMatch(Character::isLetter);
    }

    /** The best segmentation of tokens[from, to) into syllables. */
    private List<String> segment(String[] tokens, int from, int to) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int len = 1; len <= Math.min(MAX_PIECES, end); len++) {
                int start = end - len;
                if (best[start] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double s = score(tokens, from + start, from + end);
                if (s == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (best[start] + s > best[end]) {
                    best[end] = best[start] + s;
                    cut[end] = start;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            StringBuilder w = new StringBuilder();
            for (int k = from + cut[end]; k < from + end; k++) {
                w.append(tokens[k]);
            }
            out.add(0, w.toString());
        }
        return out;
    }

    /** How good tokens[a, b) is as one word: known, well-formed, or (one token kept as it is) neutral. */
    private double score(String[] tokens, int a, int b) {
        if (b - a > 1) {
            // Whole words are not joined to each other: a join takes in a lone letter or a piece that is no syllable.
            boolean piece = false;
            for (int k = a; k < b; k++) {
                String f = VietnameseText.fold(tokens[k]);
                piece = piece || tokens[k].length() == 1 || !isSyllable(f);
            }
            if (!piece) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        StringBuilder w = new StringBuilder();
        for (int k = a; k < b; k++) {
            w.append(tokens[k]);
        }
        // Each syllable costs: of two segmentations into known or well-formed syllables, the one with fewer wins.
        String f = VietnameseText.fold(w.toString());
        if (known.contains(f)) {
            return 3 - SYLLABLE_COST;
        }
        if (isSyllable(f)) {
            return (b - a == 1 && w.length() == 1 ? 0.5 : 1) - SYLLABLE_COST;
        }
        // A piece left alone: a lone consonant is an orphan, kept only when nothing it could join makes a syllable.
        return b - a == 1 ? (w.length() == 1 ? -3 : 0) - SYLLABLE_COST : Double.NEGATIVE_INFINITY;
    }
}
