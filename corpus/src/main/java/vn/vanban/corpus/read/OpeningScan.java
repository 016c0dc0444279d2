package vn.vanban.corpus.read;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives of a pattern that can only start at some characters
 * (its opening look-ahead: a digit, an s), found by trying the pattern only there: find() runs the
 * pattern's machinery at every position of a 15,000-character text, which for the three patterns
 * of mentions was a tenth of reading a document. The matcher holds each match as find() would.
 */
final class OpeningScan {

    private final Matcher m;
    private final String text;
    private final IntPredicate opens;
    private int from;

    OpeningScan(Pattern pattern, String text, IntPredicate opens) {
        this.m = pattern.matcher(text);
        // Transparent bounds: look-behinds see the characters before the position tried.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.opens = opens;
    }

    /** The next match, from the end of the last one (one further after an empty one), as {@link Matcher#find()}. */
    boolean next() {
        for (int i = from, n = text.length(); i < n; i++) {
            if (!opens.test(text.charAt(i))) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                from = m.end() == i ? i + 1 : m.end();
                return true;
            }
        }
        from = text.length();
        return false;
    }

    /** The first match at or after {@code start}, as {@link Matcher#find(int)}. */
    boolean next(int start) {
        from = start;
        return next();
    }

    Matcher matcher() {
        return m;
    }
}
