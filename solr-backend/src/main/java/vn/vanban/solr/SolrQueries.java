package vn.vanban.solr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.ToneMarks;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.search.QueryParts;

/**
 * A user's query as a Solr query in the standard (Lucene) syntax, with the embedded backend's
 * meaning and scores: up to four words every word must match, a longer query any; "phrases" must
 * match and -exclusions must not; pairs of adjacent words, the words as written and the trích yếu
 * add to the score. A ký hiệu also matches the document that has it and those citing it.
 *
 * <p>A syllable typed with marks matches that syllable alone, in any tone placement (the query's,
 * as the text's, is normalised); one typed without matches every form. Each word is scored on the
 * field with the statistics embedded scores it with: a marked one on the text as written, an
 * unmarked one on the folded text (embedded holds both in one field and counts its length in
 * syllables, which Solr cannot be told). Matching alone (a phrase mixing both kinds, exclusions,
 * the highlights) is on the field of forms, which holds both at each position. Where Solr cannot
 * do what embedded does, said here: "|" makes the words a disjunction as a whole; a trích yếu
 * matching a phrase that mixes marked and unmarked syllables scores with the forms' statistics.
 */
final class SolrQueries {

    private static final String LETTERS = "[\\p{L}\\p{M}\\p{N}]";
    private static final Pattern WORD = Pattern.compile(LETTERS + "+(?:[.,][\\p{N}]+)*");
    private static final Pattern PAIRABLE = Pattern.compile("[\\p{IsLatin}\\p{M}\\p{N}]+(?:[.,][\\p{N}]+)*");

    private SolrQueries() {}

    /**
     * A prefix word ("ph*") and the terms it stands for in each field, as many as embedded's
     * {@code BoundedExpansion} takes (the commonest), found by {@link SolrSearchBackend} before the
     * query is built: Solr's own prefix query would union every term of the prefix.
     */
    record Expansion(List<String> forms, List<String> subject, List<String> exact) {}

    private static final Pattern PREFIX = Pattern.compile("(?<!" + LETTERS + ")(" + LETTERS + "+)\\*");

    /** The prefix words of a query's loose words and exclusions ("ph*", "-c*"), as its words are spelled (NFC, lower case, tone placement normalised). */
    static java.util.Set<String> prefixes(String q) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (q == null || q.isBlank() || NumberSymbol.parse(q) != null) {
            return out;
        }
        QueryParts parts = QueryParts.of(q);
        List<String> texts = new ArrayList<>(parts.excluded());
        texts.add(parts.loose());
        for (String t : texts) {
            Matcher m = PREFIX.matcher(Normalizer.normalize(t, Normalizer.Form.NFC));
            while (m.find()) {
                out.add(ToneMarks.normalize(m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    static String of(String q) {
        return of(q, Map.of());
    }

    /** {@code expansions}: the terms of each prefix word of the query ({@link #prefixes}). */
    static String of(String q, Map<String, Expansion> expansions) {
        if (q == null || q.isBlank()) {
            return "*:*";
        }
        NumberSymbol ns = NumberSymbol.parse(q);
        if (ns != null) {
            String k = quoted(ns.key());
            List<String> words = words(q);
            return SolrFields.OWN_KEY + ":" + k + "^20 " + SolrFields.REF_KEY + ":" + k + "^5"
                    + (words.isEmpty() ? "" : " (" + String.join(" AND ", text(words)) + ")");
        }
        QueryParts parts = QueryParts.of(q);
        List<String> clauses = new ArrayList<>();
        for (String phrase : parts.phrases()) {
            List<String> w = words(phrase);
            if (!w.isEmpty()) {
                clauses.add("+" + phrase(w));
                clauses.add(subjectPhrase(w));
            }
        }
        for (String x : parts.excluded()) {
            List<String> w = words(x);
            if (!w.isEmpty()) {
                clauses.add("-" + (w.size() == 1 && expansions.containsKey(ToneMarks.normalize(w.get(0))) ? constant(SolrFields.TEXT_FORMS,
                        expansions.get(ToneMarks.normalize(w.get(0))).forms()) : forms(w)));
            }
        }
        List<String> words = words(parts.loose());
        if (!words.isEmpty()) {
            // All the words of a short query, any of a question; with OR, any of its groups, each so.
            List<String> groups = new ArrayList<>();
            for (String g : QueryParts.orGroups(parts.loose())) {
                List<String> w = words(g);
                if (!w.isEmpty()) {
                    groups.add("(" + String.join(w.size() > QueryParts.KEYWORD_QUERY_WORDS ? " OR " : " AND ",
                            expanded(text(w), w, expansions, Expansion::forms, SolrFields.TEXT_FORMS)) + ")");
                }
            }
            clauses.add("+(" + String.join(" OR ", groups) + ")");
            if (words.stream().anyMatch(SolrQueries::marked)) { // none typed: any marks, none preferred
                clauses.add("(" + String.join(" ", expanded(terms(SolrFields.TEXT, words), words, expansions, Expansion::exact, SolrFields.TEXT)) + ")");
            }
            clauses.add("(" + String.join(" ", expanded(subject(words), words, expansions, Expansion::subject, SolrFields.SUBJECT_FORMS)) + ")");
            List<String> pairs = pairs(words(QueryParts.plainWords(parts.loose())));
            if (!pairs.isEmpty()) {
                clauses.add("(" + String.join(" ", pairs) + ")");
            }
        }
        if (parts.phrases().isEmpty() && words.isEmpty()) {
            clauses.add("+*:*"); // only exclusions, or nothing: all but them
        }
        return String.join(" ", clauses);
    }

    /**
     * The query whose terms mark the snippets, its words and phrases as typed on the field of
     * forms, whose stored text the highlighter analyses as it was indexed: a syllable typed with
     * marks marks that syllable, not its look-alikes.
     */
    static String highlight(String q) {
        return highlight(q, Map.of());
    }

    static String highlight(String q, Map<String, Expansion> expansions) {
        if (q == null || q.isBlank()) {
            return "*:*";
        }
        QueryParts parts = QueryParts.of(q);
        List<String> clauses = new ArrayList<>();
        for (String phrase : parts.phrases()) {
            List<String> w = words(phrase);
            if (!w.isEmpty()) {
                clauses.add(forms(w));
            }
        }
        List<String> loose = words(parts.loose());
        clauses.addAll(expanded(terms(SolrFields.TEXT_FORMS, loose), loose, expansions, Expansion::forms, SolrFields.TEXT_FORMS));
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

    /**
     * A phrase as a required match, as embedded: each pair of its syllables (scored), and from three
     * syllables on, or with marks, the phrase itself as a filter (pairs are folded and may be apart).
     */
    private static String phrase(List<String> words) {
        if (words.size() == 1) {
            return text(words).get(0);
        }
        List<String> required = new ArrayList<>();
        pairs(words).forEach(p -> required.add("+" + p));
        if (words.size() > 2 || words.stream().anyMatch(SolrQueries::marked)) {
            required.add("+filter(" + forms(words) + ")");
        }
        return "(" + String.join(" ", required) + ")";
    }

    /** A phrase in the trích yếu: folded, as written, or (marks on some words only) on the forms. */
    private static String subjectPhrase(List<String> words) {
        long marked = words.stream().filter(SolrQueries::marked).count();
        String field = marked == 0 ? SolrFields.SUBJECT_FOLDED : marked == words.size() ? SolrFields.SUBJECT : SolrFields.SUBJECT_FORMS;
        return match(field, words);
    }

    /**
     * The distinct pairs of adjacent words, each a term of the pairs field (folded by its analysis).
     * A word the word breaker would split again (a script written without spaces) makes no pair:
     * the field has no positions to match two terms as a phrase.
     */
    private static List<String> pairs(List<String> words) {
        Map<String, String> out = new LinkedHashMap<>(); // folded pair → its clause
        for (int i = 0; i + 1 < words.size(); i++) {
            if (PAIRABLE.matcher(words.get(i)).matches() && PAIRABLE.matcher(words.get(i + 1)).matches()) {
                String pair = words.get(i) + " " + words.get(i + 1);
                out.putIfAbsent(VietnameseText.fold(pair), SolrFields.TEXT_FOLDED_PAIRS + ":" + quoted(pair));
            }
        }
        return List.copyOf(out.values());
    }

    /** A syllable with marks (folding changes it). */
    static boolean marked(String word) {
        return !VietnameseText.fold(word).equals(word);
    }

    /** Each word in the text: as written where it has marks, folded where it has none. */
    private static List<String> text(List<String> words) {
        return words.stream().map(w -> marked(w) ? one(SolrFields.TEXT, w) : one(SolrFields.TEXT_FOLDED, w)).toList();
    }

    /** Each word in the trích yếu, so. */
    private static List<String> subject(List<String> words) {
        return words.stream().map(w -> marked(w) ? one(SolrFields.SUBJECT, w) : one(SolrFields.SUBJECT_FOLDED, w)).toList();
    }

    /** The words matched on the forms: one as a term, more as a phrase. */
    private static String forms(List<String> words) {
        return match(SolrFields.TEXT_FORMS, words);
    }

    private static List<String> terms(String field, List<String> words) {
        return words.stream().map(w -> one(field, w)).toList();
    }

    /** A word on {@code field}, tone placement normalised as the text's was. */
    private static String one(String field, String word) {
        return field + ":" + escape(ToneMarks.normalize(word));
    }

    private static String match(String field, List<String> words) {
        return words.size() == 1 ? one(field, words.get(0))
                : field + ":" + quoted(ToneMarks.normalize(String.join(" ", words)));
    }

    /** Each word's clause, or, for a prefix word, its terms on {@code field} with a constant score (as embedded scores a prefix). */
    private static List<String> expanded(List<String> clauses, List<String> words, Map<String, Expansion> expansions,
            java.util.function.Function<Expansion, List<String>> terms, String field) {
        if (expansions.isEmpty()) {
            return clauses;
        }
        List<String> out = new ArrayList<>(clauses.size());
        for (int i = 0; i < words.size(); i++) {
            Expansion e = expansions.get(ToneMarks.normalize(words.get(i)));
            out.add(e == null ? clauses.get(i) : constant(field, terms.apply(e)));
        }
        return out;
    }

    /** Any of {@code terms} on {@code field}, scored 1; no terms, nothing (a prefix of no word). */
    private static String constant(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return "(+*:* -*:*)";
        }
        return "(" + field + ":(" + String.join(" ", terms.stream().map(SolrQueries::escape).toList()) + "))^=1";
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
