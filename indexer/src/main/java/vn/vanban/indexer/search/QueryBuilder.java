package vn.vanban.indexer.search;

import java.util.Map;
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
 * A user's query as a Lucene query. Words must all match in the folded fields (so a query typed
 * without diacritics finds accented text); the same words in the accent-preserving fields add
 * to the score, so exact accents rank first. A ký hiệu in any spelling ("1102/cd-ttg",
 * "1102 CĐ TTg") also matches the document with it and the documents citing it. Lucene's
 * SimpleQueryParser never fails on malformed syntax.
 */
public final class QueryBuilder {

    private final SimpleQueryParser folded;
    private final SimpleQueryParser exact;

    public QueryBuilder() {
        folded = new SimpleQueryParser(Analyzers.folded(), Map.of(Fields.TEXT_FOLDED, 1f, Fields.SUBJECT_FOLDED, 3f));
        folded.setDefaultOperator(BooleanClause.Occur.MUST);
        exact = new SimpleQueryParser(Analyzers.exact(), Map.of(Fields.TEXT, 1f, Fields.SUBJECT, 3f));
        exact.setDefaultOperator(BooleanClause.Occur.SHOULD);
    }

    public Query build(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query words = folded.parse(q);
        NumberSymbol ns = NumberSymbol.parse(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (ns != null) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.OWN_KEY, ns.key())), 20f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(Fields.REF_KEY, ns.key())), 5f), BooleanClause.Occur.SHOULD);
            b.add(words, BooleanClause.Occur.SHOULD);
            b.setMinimumNumberShouldMatch(1);
            return b.build();
        }
        b.add(words, BooleanClause.Occur.MUST);
        b.add(exact.parse(q), BooleanClause.Occur.SHOULD);
        return b.build();
    }
}
