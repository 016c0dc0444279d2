package vn.vanban.corpus.text;

/** Breaks a long line into lines of about a width, at spaces, as converters and PDF text do. */
public final class LineWrap {

    private LineWrap() {}

    public static String wrap(String s, int width) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + w.length() > width) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }
}
