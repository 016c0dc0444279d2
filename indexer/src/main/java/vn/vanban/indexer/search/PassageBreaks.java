package vn.vanban.indexer.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Passage boundaries for snippets: after a sentence's end (. ; ! ? followed by a space) and at a
 * line break. The JDK's sentence iterator spent most of a search's time finding the same
 * boundaries in long documents; this one only looks at the characters around the match.
 */
final class PassageBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        this.text = newText;
        this.current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    /** Whether a passage may start at {@code i}: the start or end of the text, or after a break. */
    private boolean breaksAt(int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (before == '\n') {
            return true;
        }
        if (before > ' ' && before < '\u1680') {
            return false; // most characters: nothing here is a space (Character.isWhitespace's table walk is not needed)
        }
        if (Character.isWhitespace(before) && i >= 2) {
            char end = text.charAt(i - 2);
            return end == '.' || end == ';' || end == '!' || end == '?';
        }
        return false;
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        int i = offset + 1;
        while (i < text.length() && !breaksAt(i)) {
            i++;
        }
        return current = Math.min(i, text.length());
    }

    @Override
    public int preceding(int offset) {
        int i = offset - 1;
        while (i > 0 && !breaksAt(i)) {
            i--;
        }
        return current = Math.max(i, 0);
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int k = 0; k < n && r != DONE; k++) {
            r = next();
        }
        for (int k = 0; k > n && r != DONE; k--) {
            r = previous();
        }
        return r;
    }
}
