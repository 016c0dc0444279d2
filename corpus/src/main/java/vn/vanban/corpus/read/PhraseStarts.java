package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that opens with a phrase of a list after {@code (?<![\p{L}\d])}, found
 * by trying the pattern only at the starts of words that begin with a first word of those phrases
 * (a hash lookup a word) instead of at every character: java.util.regex tries every alternative
 * of a long alternation at every position, which made the deadline patterns a third of the
 * reader's time. The matches are the ones {@link Matcher#find()} gives, in order.
 */
final class PhraseStarts {

    private final Set<String> firsts = new HashSet<>();
    private final int[] hashes; // sorted: a binary search, no Integer boxed for each character tried
    private final int[] lengths;

    /** @param phrases the phrases (folded, words separated by single spaces) the patterns may open with. */
    PhraseStarts(Collection<String> phrases) {
        Set<Integer> lens = new TreeSet<>();
        Set<Integer> hashSet = new TreeSet<>();
        for (String p : phrases) {
            int end = 0;
            while (end < p.length() && Character.isLetter(p.charAt(end))) {
                end++;
            }
            if (end == 0) {
                throw new IllegalArgumentException("a phrase should open with a letter: '" + p + "'");
            }
            firsts.add(p.substring(0, end));
            hashSet.add(p.substring(0, end).hashCode());
            lens.add(end);
        }
        lengths = lens.stream().mapToInt(Integer::intValue).toArray();
        hashes = hashSet.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The starts of the words of {@code folded} that begin with one of the first words. */
    int[] in(String folded) {
        int n = folded.length();
        int max = lengths[lengths.length - 1];
        int[] out = new int[64];
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (!Character.isLetter(c) || i > 0 && letterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            // String's hash, grown a character at a time: a substring is made only on a hash hit.
            int h = 0;
            for (int k = 1; k <= max && i + k <= n; k++) {
                h = 31 * h + folded.charAt(i + k - 1);
                if (java.util.Arrays.binarySearch(hashes, h) >= 0 && firsts.contains(folded.substring(i, i + k))) {
                    if (size == out.length) {
                        out = java.util.Arrays.copyOf(out, size * 2);
                    }
                    out[size++] = i;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }

    /** As the patterns' {@code [\p{L}\d]}: \d is ASCII there. */
    private static boolean letterOrDigit(char c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }

    /** The matches of {@code pattern} in {@code folded}, tried at {@code starts} only (from {@link #in}). */
    static List<MatchResult> matches(Pattern pattern, String folded, int[] starts) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        // Transparent bounds: the look-behind sees the character before the start.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int s : starts) {
            if (s < from) {
                continue;
            }
            m.region(s, folded.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end() == s ? s + 1 : m.end();
            }
        }
        return out;
    }
}
