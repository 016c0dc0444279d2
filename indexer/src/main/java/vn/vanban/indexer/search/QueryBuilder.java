package vn.vanban.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *   <li>pairs of adjacent syllables, both ways: Vietnamese words are mostly two syllables, so
 *       "phòng chống" as a word beats the two syllables scattered, and the pair tells apart the
 *       folded syllables ("hoa" is hoa, hòa, hóa …) that a query without diacritics leaves alike.</li>
 * </ul>
 * A short query (a few keywords) must match all its words; a longer one (a question) ranks by
 * how well it matches. A ký hiệu in any spelling ("1102/cd-ttg", "1102 CĐ TTg") also matches the
 * document with it and the documents citing it. Lucene's SimpleQueryParser reads quotes, -, |
 * and never fails on malformed syntax.
 */
public final class QueryBuilder {

    /** Up to this many words, every word must match. */
    static final int KEYWORD_QUERY_WORDS = 4;

    private final SearchTuning tuning;
    private final SimpleQueryParser folded;
    private final SimpleQueryParser exact;
    private final SimpleQueryParser foldedAll;
    private final Analyzer foldedPairs = Analyzers.foldedPairs();
    private final Analyzer exactPairs = Analyzers.exactPairs();

    public QueryBuilder() {
        this(SearchTuning.DEFAULT);
    }

    public QueryBuilder(SearchTuning tuning) {
        this.tuning = tuning;
        Map<String, Float> foldedFields = Map.of(Fields.TEXT_FOLDED, 1f, Fields.SUBJECT_FOLDED, tuning.subjectBoost());
        folded = new SimpleQueryParser(Analyzers.folded(), foldedFields);
        folded.setDefaultOperator(BooleanClause.Occur.SHOULD);
        foldedAll = new SimpleQueryParser(Analyzers.folded(), foldedFields);
        foldedAll.setDefaultOperator(BooleanClause.Occur.MUST);
        exact = new SimpleQueryParser(Analyzers.exact(), Map.of(Fields.TEXT, 1f, Fields.SUBJECT, tuning.subjectBoost()));
        exact.setDefaultOperator(BooleanClause.Occur.SHOULD);
    }

    public Query build(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        List<String> words = tokens(Analyzers.folded(), q);
        boolean keywords = words.size() <= KEYWORD_QUERY_WORDS;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        NumberSymbol ns = NumberSymbol.parse(q);
        if (ns != null) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.OWN_KEY, ns.key())), 20f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(Fields.REF_KEY, ns.key())), 5f), BooleanClause.Occur.SHOULD);
            b.add(folded.parse(q), BooleanClause.Occur.SHOULD);
            return b.build();
        }
        Query foldedWords = (keywords ? foldedAll : folded).parse(q);
        b.add(new BoostQuery(foldedWords, tuning.foldedWeight()), keywords ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(exact.parse(q), tuning.exactWeight()), BooleanClause.Occur.SHOULD);
        pairs(b, Fields.TEXT_FOLDED_PAIRS, foldedPairs, q, tuning.foldedPairWeight());
        pairs(b, Fields.TEXT_PAIRS, exactPairs, q, tuning.exactPairWeight());
        return b.build();
    }

    private static void pairs(BooleanQuery.Builder b, String field, Analyzer analyzer, String q, float weight) {
        if (weight <= 0) {
            return;
        }
        Set<String> pairs = new LinkedHashSet<>(tokens(analyzer, plainWords(q)));
        if (pairs.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String p : pairs) {
            any.add(new TermQuery(new Term(field, p)), BooleanClause.Occur.SHOULD);
        }
        b.add(new BoostQuery(any.build(), weight), BooleanClause.Occur.SHOULD);
    }

    /** The query without its operators: pairs are made of the words a user typed side by side. */
    private static String plainWords(String q) {
        return q.replaceAll("(?:^|\\s)-\\S+", " ").replace('"', ' ').replace('|', ' ').replace('+', ' ');
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
