package vn.vanban.indexer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Passages as HTML-safe text with the matches in {@code <mark>}: only &amp; &lt; &gt; and quotes
 * are escaped (Lucene's default formatter also escapes "/", which ký hiệu are full of), line breaks
 * become spaces, and passages are separated by {@code separator}.
 */
final class MarkedPassages extends PassageFormatter {

    private final String separator;

    MarkedPassages(String separator) {
        this.separator = separator;
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage p : passages) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i];
                int end = p.getMatchEnds()[i];
                if (start < pos) {
                    continue; // overlapping matches: the first one is marked
                }
                escape(out, content, pos, start);
                out.append("<mark>");
                escape(out, content, start, end);
                out.append("</mark>");
                pos = end;
            }
            escape(out, content, pos, p.getEndOffset());
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                }
                default -> out.append(c);
            }
        }
    }
}
