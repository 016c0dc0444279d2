package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.corpus.text.VietnameseText;

/** One line of a document's text, with its offset and its folded form (same length). */
record Line(int index, int start, String text, String folded) {

    int end() {
        return start + text.length();
    }

    boolean isBlank() {
        return text.isBlank();
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String t = text.substring(start, end);
            lines.add(new Line(i++, start, t, VietnameseText.foldAligned(t)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }
}
