package vn.vanban.indexer.search;

import vn.vanban.search.QueryParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.schema.Fields;

/**
 * A user's query as a Lucene query, scored by BM25 over several views of the text:
 * <ul>
 *   <li>syllables folded (no diacritics, đ → d), so a query typed without diacritics matches;</li>
 *   <li>syllables as written (tone placement and case normalised), so exact accents rank first;</li>
 *   <li>pairs of adjacent syllables, folded: Vietnamese words are mostly two syllables, so
 *       "phòng chống" as a word beats the two syllables scattered, and the pair tells apart the
 *       folded syllables ("hoa" is hoa, hòa, hóa …) that a query without diacritics leaves alike;</li>
 *   <li>the trích yếu (subject), which ranks a document whose subject has the words higher.</li>
 * </ul>
 * A short query (a few keywords) must match all its words; a longer one (a question) ranks by
 * how well it matches; "quoted phrases" must match and -exclusions must not. A ký hiệu in any spelling ("1102/cd-ttg", "1102 CĐ TTg") also matches the
 * document with it and the documents citing it. Lucene's SimpleQueryParser reads quotes, -, |
 * and never fails on malformed syntax.
 *
 * <p>What must match is the folded text alone (the trích yếu is part of the text): the other
 * views only add to the score. Kept out of the required clauses, they do not stop Lucene from
 * skipping the blocks of documents that cannot reach the top 10, which at a million documents of
 * common words is most of the cost. A phrase must match as pairs of syllables (terms, no
 * positions to read), checked as a phrase only when it has three syllables or more: two
 * syllables side by side are exactly a pair. {@link #marking} is the query whose terms mark the
 * snippets.
 */
public final class QueryBuilder {


    private final SearchTuning tuning;
    private final SimpleQueryParser folded;
    private final SimpleQueryParser foldedAll;
    private final SimpleQueryParser subject;
    private final SimpleQueryParser exact;
    private final Analyzer foldedPairs = Analyzers.foldedPairs();

    public QueryBuilder() {
        this(SearchTuning.DEFAULT);
    }

    public QueryBuilder(SearchTuning tuning) {
        this.tuning = tuning;
        // The folded fields hold each marked syllable as written beside its folded form: a query
        // analysed as typed (marks kept, tone placement and case normalised) matches the form typed
        // where it has marks, and every form where it has none.
        folded = new BoundedQueryParser(Analyzers.exact(), Fields.TEXT_FOLDED);
        folded.setDefaultOperator(BooleanClause.Occur.SHOULD);
        foldedAll = new BoundedQueryParser(Analyzers.exact(), Fields.TEXT_FOLDED);
        foldedAll.setDefaultOperator(BooleanClause.Occur.MUST);
        subject = new BoundedQueryParser(Analyzers.exact(), Fields.SUBJECT_FOLDED);
        subject.setDefaultOperator(BooleanClause.Occur.SHOULD);
        exact = new BoundedQueryParser(Analyzers.exact(), Fields.TEXT);
        exact.setDefaultOperator(BooleanClause.Occur.SHOULD);
    }

    public Query build(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        NumberSymbol ns = NumberSymbol.parse(q);
        if (ns != null) {
            // The document with this ký hiệu, the documents citing it, and text that has it all.
            b.add(new BoostQuery(new TermQuery(new Term(Fields.OWN_KEY, ns.key())), 20f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(Fields.REF_KEY, ns.key())), 5f), BooleanClause.Occur.SHOULD);
            b.add(foldedAll.parse(q), BooleanClause.Occur.SHOULD);
            return b.build();
        }
        // "Quoted phrases" must match, -exclusions must not; the other words rank.
        QueryParts parts = QueryParts.of(q);
        List<String> phrases = parts.phrases();
        List<String> excluded = parts.excluded();
        String loose = parts.loose();
        for (String phrase : phrases) {
            Query required = phrase(phrase);
            if (required != null) {
                b.add(required, BooleanClause.Occur.MUST);
                b.add(new BoostQuery(subject.parse("\"" + phrase + "\""), tuning.subjectBoost()), BooleanClause.Occur.SHOULD);
            }
        }
        for (String word : excluded) {
            b.add(folded.parse(word.contains(" ") ? "\"" + word + "\"" : word), BooleanClause.Occur.MUST_NOT);
        }
        List<String> words = tokens(Analyzers.folded(), loose);
        if (!words.isEmpty()) {
            Query foldedWords = requiredWords(loose);
            // Required either way (all words, or any of them for a question): the views below only
            // rank, and their folded pairs and subject must not let in a document without a word as typed.
            b.add(new BoostQuery(foldedWords, tuning.foldedWeight()), BooleanClause.Occur.MUST);
            b.add(new BoostQuery(subject.parse(loose), tuning.subjectBoost()), BooleanClause.Occur.SHOULD);
            // Accents as typed rank first only when some were typed: a query without any means any
            // accents, and its as-written clause would only favour text that lost its marks.
            if (!tokens(Analyzers.exact(), loose).equals(words)) {
                b.add(new BoostQuery(exact.parse(loose), tuning.exactWeight()), BooleanClause.Occur.SHOULD);
            }
        }
        pairs(b, Fields.TEXT_FOLDED_PAIRS, foldedPairs, loose, tuning.foldedPairWeight()); // a phrase's are required above
        if (phrases.isEmpty() && words.isEmpty()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST); // only exclusions: all but them
        }
        return b.build();
    }

    /**
     * The words a document must have: all of them in a short query, any in a question; with OR,
     * any of its groups, each so.
     */
    private Query requiredWords(String loose) {
        List<String> groups = QueryParts.orGroups(loose);
        if (groups.size() <= 1) {
            return group(loose);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String g : groups) {
            if (!tokens(Analyzers.folded(), g).isEmpty()) {
                any.add(group(g), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private Query group(String words) {
        boolean keywords = tokens(Analyzers.folded(), words).size() <= QueryParts.KEYWORD_QUERY_WORDS;
        return (keywords ? foldedAll : folded).parse(words.replace('|', ' '));
    }

    /**
     * The query whose terms mark the snippets in the folded text: its words and its phrases (as
     * phrases, so that only the syllables side by side are marked).
     */
    public Query marking(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (NumberSymbol.parse(q) != null) {
            return foldedAll.parse(q);
        }
        QueryParts parts = QueryParts.of(q);
        List<String> phrases = parts.phrases();
        String loose = parts.loose();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String phrase : phrases) {
            b.add(folded.parse("\"" + phrase + "\""), BooleanClause.Occur.SHOULD);
        }
        if (!tokens(Analyzers.folded(), loose).isEmpty()) {
            b.add(folded.parse(loose), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A phrase as a required match: each pair of its folded syllables (scored: a pair's frequency
     * is the two syllables' frequency side by side), and, from three syllables on, the phrase
     * itself as a filter (pairs "a b" and "b c" may be far apart). One syllable is a word; none, nothing.
     */
    private Query phrase(String phrase) {
        List<String> syllables = tokens(Analyzers.exact(), phrase); // as typed: marked forms and folded ones
        if (syllables.isEmpty()) {
            return null;
        }
        if (syllables.size() == 1) {
            return new BoostQuery(new TermQuery(new Term(Fields.TEXT_FOLDED, syllables.get(0))), tuning.foldedWeight());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String pair : new LinkedHashSet<>(tokens(foldedPairs, phrase))) {
            b.add(new TermQuery(new Term(Fields.TEXT_FOLDED_PAIRS, pair)), BooleanClause.Occur.MUST);
        }
        // A folded pair is the phrase when it is two unmarked syllables; a marked one, or a third, needs the positions.
        if (syllables.size() > 2 || !syllables.equals(tokens(Analyzers.folded(), phrase))) {
            b.add(new PhraseQuery(Fields.TEXT_FOLDED, syllables.toArray(String[]::new)), BooleanClause.Occur.FILTER);
        }
        return new BoostQuery(b.build(), tuning.foldedWeight());
    }

    private static void pairs(BooleanQuery.Builder b, String field, Analyzer analyzer, String q, float weight) {
        if (weight <= 0) {
            return;
        }
        Set<String> pairs = new LinkedHashSet<>(tokens(analyzer, QueryParts.plainWords(q)));
        if (pairs.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String p : pairs) {
            any.add(new TermQuery(new Term(field, p)), BooleanClause.Occur.SHOULD);
        }
        b.add(new BoostQuery(any.build(), weight), BooleanClause.Occur.SHOULD);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }
}
