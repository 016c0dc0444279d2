package vn.vanban.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query's words split by what they must do, the same in every backend: "quoted phrases" must
 * match, -exclusions (words or "phrases") must not, and the loose words rank. A lone quote or a
 * dangling "-" is no operator: read as a space. Malformed syntax never fails.
 */
public record QueryParts(List<String> phrases, List<String> excluded, String loose) {

    /** Up to this many loose words, every word must match; a longer query (a question) any of them. */
    public static final int KEYWORD_QUERY_WORDS = 4;

    /** A prefix word ("ph*") matches at most this many terms, those in the most documents (every backend). */
    public static final int PREFIX_EXPANSIONS = 50;

    /** A "quoted phrase", -"excluded phrase" or -word. */
    private static final Pattern OPERATOR = Pattern.compile("(?:(?<=^|\\s)(-))?(?:\"([^\"]*)\"|(?<=(?:^|\\s)-)([^\\s\"]+))");

    public static QueryParts of(String q) {
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        Matcher m = OPERATOR.matcher(q);
        int last = 0;
        while (m.find()) {
            loose.append(q, last, m.start()).append(' ');
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (value != null && !value.isBlank()) {
                (m.group(1) != null ? excluded : phrases).add(value.trim());
            }
            last = m.end();
        }
        loose.append(q.substring(last));
        String words = loose.toString().replace('"', ' ').replaceAll("(?:^|\\s)-(?=\\s|$)", " ");
        return new QueryParts(List.copyOf(phrases), List.copyOf(excluded), words);
    }

    /**
     * The loose words as groups an OR ({@code |}) separates, each a query of its own (its words all
     * required, up to {@link #KEYWORD_QUERY_WORDS}); one group when there is no OR. Blank groups
     * (a dangling OR) are dropped.
     */
    public static List<String> orGroups(String loose) {
        List<String> out = new ArrayList<>();
        for (String g : loose.split("\\|")) {
            if (!g.isBlank()) {
                out.add(g.trim());
            }
        }
        return out;
    }

    /** The query without its operators: the words a user typed side by side (for pairs of syllables). */
    public static String plainWords(String q) {
        return q.replaceAll("(?:^|\\s)-\\S+", " ").replace('"', ' ').replace('|', ' ').replace('+', ' ');
    }
}
