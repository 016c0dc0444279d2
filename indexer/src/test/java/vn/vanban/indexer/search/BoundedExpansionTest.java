package vn.vanban.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A prefix expands to its commonest terms, no more than the bound: 60 terms pha00 … pha59, the
 * i-th in i + 1 documents, over three segments (so that the counts are the whole index's).
 */
class BoundedExpansionTest {

    private static IndexSearcher searcher(ByteBuffersDirectory dir) throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 60; i++) {
                for (int k = 0; k <= i; k++) {
                    Document d = new Document();
                    d.add(new StringField("f", String.format("pha%02d", i), Field.Store.NO));
                    w.addDocument(d);
                }
                if (i % 20 == 19) {
                    w.commit(); // a segment a third
                }
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    @Test
    void aPrefixMatchesItsCommonestTermsOnly() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = searcher(dir);
            assertTrue(s.getIndexReader().leaves().size() > 1, "several segments");
            assertEquals(1830, s.count(new PrefixQuery(new Term("f", "pha"))), "unbounded: every term");
            // The 50 commonest: pha10 … pha59, in 11 … 60 documents.
            assertEquals(1775, s.count(new PrefixQuery(new Term("f", "pha"), BoundedExpansion.INSTANCE)));
            assertEquals(60 + 59 + 58, s.count(new PrefixQuery(new Term("f", "pha"), new BoundedExpansion(3, 1000))));
            // Scanning stops at the bound: the first 30 terms in term order, all taken.
            assertEquals(465, s.count(new PrefixQuery(new Term("f", "pha"), new BoundedExpansion(50, 30))));
            assertEquals(0, s.count(new PrefixQuery(new Term("f", "phz"), BoundedExpansion.INSTANCE)));
            assertEquals(0, s.count(new PrefixQuery(new Term("nofield", "p"), BoundedExpansion.INSTANCE)));
            s.getIndexReader().close();
        }
    }

    /** Every prefix term of a user's query, in each field it is looked for, is bounded. */
    @Test
    void theQueriesOfUsersAreBounded() {
        for (String q : List.of("ph*", "c*", "phòng ch*", "\"phòng chống\" d*", "-c* dịch", "ph* OR qu*")) {
            List<MultiTermQuery> found = new ArrayList<>();
            Query query = new QueryBuilder().build(q);
            query.visit(new QueryVisitor() {
                @Override
                public void visitLeaf(Query leaf) {
                    if (leaf instanceof MultiTermQuery m) {
                        found.add(m);
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
            assertFalse(found.isEmpty(), q + ": " + query);
            for (MultiTermQuery m : found) {
                assertEquals(BoundedExpansion.INSTANCE, m.getRewriteMethod(), q + ": " + m);
            }
        }
    }
}
