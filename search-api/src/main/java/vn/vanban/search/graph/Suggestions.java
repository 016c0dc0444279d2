package vn.vanban.search.graph;

import java.util.List;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Ký hiệu as a user types them ("1102/c", "1102 cd", "86/nq"), completed from the documents in
 * the graph: the keys that start with what was typed, by key and then id.
 */
public final class Suggestions {

    private final CitationLinks graph;

    public Suggestions(CitationLinks graph) {
        this.graph = graph;
    }

    public List<DocNode> complete(String typed, int size) {
        String prefix = prefix(typed);
        return prefix.isEmpty() ? List.of() : graph.withKeyPrefix(prefix, size);
    }

    /** What was typed, spelled like a key: upper case, folded, "/" after the number, "-" between parts. */
    public static String prefix(String typed) {
        String s = Vocabulary.codeKey(typed == null ? "" : typed.trim()).replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            out.append(s.charAt(i++));
        }
        if (out.isEmpty()) {
            return "";
        }
        boolean first = true;
        boolean year = false;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '/' || c == '-' || c == ' ') {
                if (out.charAt(out.length() - 1) == '/' || out.charAt(out.length() - 1) == '-') {
                    continue;
                }
                out.append(first || year ? '/' : '-');
                first = false;
                year = false;
            } else {
                out.append(c);
                // A four-digit year after the number is followed by "/" too: 30/2021/QH15.
                year = out.length() >= 5 && out.substring(out.length() - 5).matches("/\\d{4}");
            }
        }
        return out.toString();
    }
}
