package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Ký hiệu as a user types them ("1102/c", "1102 cd", "86/nq"), completed from the documents in
 * the graph: the keys that start with what was typed, most recent first among the first matches.
 */
public final class Suggestions {

    private final CitationGraph graph;
    private final NavigableMap<String, List<String>> byKey = new TreeMap<>();

    public Suggestions(CitationGraph graph) {
        this.graph = graph;
        for (DocNode n : graph.nodes()) {
            if (n.key() != null) {
                byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n.id());
            }
        }
    }

    public List<DocNode> complete(String typed, int size) {
        String prefix = prefix(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<DocNode> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byKey.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix) || out.size() >= size) {
                break;
            }
            e.getValue().stream().map(id -> graph.node(id).orElseThrow()).forEach(out::add);
        }
        return out.size() > size ? out.subList(0, size) : out;
    }

    /** What was typed, spelled like a key: upper case, folded, "/" after the number, "-" between parts. */
    static String prefix(String typed) {
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
