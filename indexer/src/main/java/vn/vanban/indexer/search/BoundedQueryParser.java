package vn.vanban.indexer.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/** Lucene's SimpleQueryParser whose prefix terms ("ph*") expand to a bounded number of terms: {@link BoundedExpansion}. */
final class BoundedQueryParser extends SimpleQueryParser {

    BoundedQueryParser(Analyzer analyzer, String field) {
        super(analyzer, field);
    }

    @Override
    protected Query newPrefixQuery(String text) {
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> w : weights.entrySet()) {
            Query q = new PrefixQuery(new Term(w.getKey(), text), BoundedExpansion.INSTANCE);
            bq.add(w.getValue() == 1f ? q : new BoostQuery(q, w.getValue()), BooleanClause.Occur.SHOULD);
        }
        return simplify(bq.build());
    }
}
