package vn.vanban.indexer.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import vn.vanban.indexer.schema.Fields;

/**
 * A searcher whose folded fields have the average length of their syllables alone. They hold each
 * marked syllable twice (folded, and as written at the same position): a document's length leaves
 * the stacked forms out (BM25 discounts overlaps), and the field's total of tokens must too, or
 * every document would look shorter than the average (ALQAC MRR@10 without diacritics 0.925 →
 * 0.916). The field as written has the same positions, without the stacked forms: its total is
 * the right one.
 */
final class FormsSearcher extends IndexSearcher {

    private static final Map<String, String> SAME_POSITIONS = Map.of(
            Fields.TEXT_FOLDED, Fields.TEXT,
            Fields.SUBJECT_FOLDED, Fields.SUBJECT);

    FormsSearcher(IndexReader reader) {
        super(reader);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics stats = super.collectionStatistics(field);
        String plain = SAME_POSITIONS.get(field);
        if (stats == null || plain == null) {
            return stats;
        }
        CollectionStatistics syllables = super.collectionStatistics(plain);
        if (syllables == null) {
            return stats;
        }
        long total = syllables.sumTotalTermFreq();
        return new CollectionStatistics(field, stats.maxDoc(), stats.docCount(), total, Math.min(stats.sumDocFreq(), total));
    }
}
