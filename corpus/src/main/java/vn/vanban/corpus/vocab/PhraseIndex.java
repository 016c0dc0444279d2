package vn.vanban.corpus.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanban.corpus.text.VietnameseText;

/**
 * Finds vocabulary phrases in text, comparing folded forms (no diacritics, lower case) so that
 * "UỶ BAN", "Ủy ban" and "uy ban" all match; the longest phrase wins. Positions are in the
 * text given, which must be {@link VietnameseText#foldAligned} output.
 */
public final class PhraseIndex<T> {

    /** A phrase found at [start, end) of the text. */
    public record Match<T>(T value, int start, int end) {}

    private record Entry<T>(String folded, T value) {}

    private final List<Entry<T>> entries = new ArrayList<>();

    public PhraseIndex<T> add(String phrase, T value) {
        String folded = VietnameseText.fold(VietnameseText.nfc(phrase)).replaceAll("\\s+", " ").trim();
        if (!folded.isEmpty()) {
            entries.add(new Entry<>(folded, value));
            entries.sort(Comparator.comparingInt((Entry<T> e) -> e.folded.length()).reversed());
        }
        return this;
    }

    /** The longest phrase that starts exactly at {@code pos} and ends at a word boundary. */
    public Match<T> matchAt(String folded, int pos) {
        for (Entry<T> e : entries) {
            int end = matchLength(folded, pos, e.folded);
            if (end >= 0 && isBoundary(folded, end)) {
                return new Match<>(e.value, pos, end);
            }
        }
        return null;
    }

    /** Every phrase found on word boundaries, left to right, longest first, not overlapping. */
    public List<Match<T>> findAll(String folded) {
        List<Match<T>> found = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (isBoundary(folded, i) && (i == folded.length() || Character.isLetterOrDigit(folded.charAt(i)))) {
                Match<T> m = matchAt(folded, i);
                if (m != null) {
                    found.add(m);
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    public Match<T> findFirst(String folded) {
        List<Match<T>> all = findAll(folded);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Matches phrase at pos, letting any run of whitespace in the text stand for one space. */
    private static int matchLength(String text, int pos, String phrase) {
        int t = pos;
        for (int p = 0; p < phrase.length(); p++) {
            char pc = phrase.charAt(p);
            if (t >= text.length()) {
                return -1;
            }
            if (pc == ' ') {
                if (!Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (text.charAt(t) != pc) {
                return -1;
            }
            t++;
        }
        return t;
    }

    static boolean isBoundary(String s, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
        return !(before && after);
    }
}
