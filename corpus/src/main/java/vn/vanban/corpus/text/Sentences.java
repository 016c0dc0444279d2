package vn.vanban.corpus.text;

/** The sentence around a span of text, on one line: the evidence shown with a citation. */
public final class Sentences {

    private static final int MAX_SIDE = 300;

    private Sentences() {}

    public static String around(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return null;
        }
        int from = start;
        while (from > 0 && !isBreak(text, from - 1) && start - from < MAX_SIDE) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isBreak(text, to) && to - end < MAX_SIDE) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++; // keep the full stop
        }
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }

    /** A full stop or semicolon before a space, or a blank line; a single line break is not one. */
    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\n' || i > 0 && text.charAt(i - 1) == '\n') {
                return true; // a blank line
            }
            // A line that ends without a small letter or a comma, before one that opens with a
            // capital, ends a header line ("Số: 2763/UBND-KGVX" / "V/v …"), not a broken sentence.
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return Character.isUpperCase(after) && !Character.isLowerCase(before) && ",;(-".indexOf(before) < 0;
        }
        return (c == '.' || c == ';') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
