package vn.vanban.solr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.ToneMarks;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.search.QueryParts;

/**
 * A user's query as a Solr query in the standard (Lucene) syntax, with the embedded backend's
 * meaning: up to four words every word must match, a longer query any; "phrases" must match and
 * -exclusions must not; a syllable typed with marks matches that syllable as written (the field
 * whose tone placement vanban normalised), one typed without matches every form (the folded
 * field); pairs of adjacent words, the words as written and the trích yếu add to the score. A ký
 * hiệu also matches the document that has it and those citing it.
 *
 * <p>Where Solr cannot do what embedded does, said here: a phrase mixing marked and unmarked
 * syllables is matched folded, with its marked syllables required as written anywhere (the two
 * fields cannot be mixed in one phrase); "|" makes the words a disjunction as a whole.
 */
final class SolrQueries {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.,][\\p{N}]+)*");

    private SolrQueries() {}

    static String of(String q) {
        if (q == null || q.isBlank()) {
            return "*:*";
        }
        NumberSymbol ns = NumberSymbol.parse(q);
        if (ns != null) {
            String k = quoted(ns.key());
            List<String> words = words(q);
            return SolrFields.OWN_KEY + ":" + k + "^20 " + SolrFields.REF_KEY + ":" + k + "^5"
                    + (words.isEmpty() ? "" : " (" + String.join(" AND ", terms(words)) + ")");
        }
        QueryParts parts = QueryParts.of(q);
        List<String> clauses = new ArrayList<>();
        for (String phrase : parts.phrases()) {
            List<String> w = words(phrase);
            if (w.isEmpty()) {
                continue;
            }
            clauses.add("+" + (w.size() == 1 ? term(w.get(0)) : SolrFields.TEXT_FOLDED + ":" + quoted(String.join(" ", w))));
            for (String s : w) {
                if (marked(s) && w.size() > 1) {
                    clauses.add("+" + term(s));
                }
            }
            clauses.add(SolrFields.SUBJECT_FOLDED + ":" + quoted(String.join(" ", w)));
        }
        for (String x : parts.excluded()) {
            List<String> w = words(x);
            if (!w.isEmpty()) {
                clauses.add("-" + (w.size() == 1 ? term(w.get(0)) : SolrFields.TEXT_FOLDED + ":" + quoted(String.join(" ", w))));
            }
        }
        List<String> words = words(parts.loose());
        if (!words.isEmpty()) {
            // All the words of a short query, any of a question; with OR, any of its groups, each so.
            List<String> groups = new ArrayList<>();
            for (String g : QueryParts.orGroups(parts.loose())) {
                List<String> w = words(g);
                if (!w.isEmpty()) {
                    groups.add("(" + String.join(w.size() > QueryParts.KEYWORD_QUERY_WORDS ? " OR " : " AND ", terms(w)) + ")");
                }
            }
            clauses.add("+(" + String.join(" OR ", groups) + ")");
            clauses.add(SolrFields.TEXT + ":(" + String.join(" ", escapedAll(words, true)) + ")");
            clauses.add(SolrFields.SUBJECT_FOLDED + ":(" + String.join(" ", escapedAll(words, false)) + ")");
            List<String> plain = words(QueryParts.plainWords(parts.loose()));
            for (int i = 0; i + 1 < plain.size(); i++) {
                clauses.add(SolrFields.TEXT_FOLDED + ":" + quoted(plain.get(i) + " " + plain.get(i + 1)));
            }
        }
        if (parts.phrases().isEmpty() && words.isEmpty()) {
            clauses.add("+*:*"); // only exclusions, or nothing: all but them
        }
        return String.join(" ", clauses);
    }

    /**
     * The query whose terms mark the snippets: its words and phrases on the folded field (the
     * highlighter analyses the stored text with that field's analysis, which leaves no marks to tell
     * giãn from gian: a syllable typed with marks marks its look-alikes too, in the hits that have it).
     */
    static String highlight(String q) {
        if (q == null || q.isBlank()) {
            return "*:*";
        }
        QueryParts parts = QueryParts.of(q);
        List<String> clauses = new ArrayList<>();
        for (String phrase : parts.phrases()) {
            List<String> w = words(phrase);
            if (!w.isEmpty()) {
                clauses.add(SolrFields.TEXT_FOLDED + ":" + quoted(String.join(" ", w)));
            }
        }
        for (String w : words(parts.loose())) {
            clauses.add(SolrFields.TEXT_FOLDED + ":" + escape(w));
        }
        return clauses.isEmpty() ? "*:*" : String.join(" ", clauses);
    }

    /** The words of {@code text}, NFC and lower-cased, as the analysis splits them (syllables, numbers). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A syllable with marks (folding changes it). */
    static boolean marked(String word) {
        return !VietnameseText.fold(word).equals(word);
    }

    private static List<String> terms(List<String> words) {
        return words.stream().map(SolrQueries::term).toList();
    }

    /** One word: as written where it has marks, folded where it has none. */
    private static String term(String word) {
        return marked(word) ? SolrFields.TEXT + ":" + escape(ToneMarks.normalize(word)) : SolrFields.TEXT_FOLDED + ":" + escape(word);
    }

    private static List<String> escapedAll(List<String> words, boolean tones) {
        return words.stream().map(w -> escape(tones ? ToneMarks.normalize(w) : w)).toList();
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Every character the standard syntax gives a meaning, escaped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
