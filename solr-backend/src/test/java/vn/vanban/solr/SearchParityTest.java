package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.search.Filters;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SortOrder;
import vn.vanban.search.StoredDocument;

/**
 * The same answers from SolrCloud as from embedded Lucene, on the seeds: the seeds indexed
 * embedded, their readings written to a three-node cluster (two shards), then each query of a set
 * (words with and without marks, phrases, exclusions, OR, field:value filters, dates, ký hiệu)
 * has the same total, the same documents on its first page and the same facets in both. (The
 * order within a page is not compared: each shard scores with its own statistics.)
 */
class SearchParityTest {

    private static final List<String> QUERIES = List.of("", "phong chong dich", "phòng, chống dịch", "dịch", "giãn", "gian",
            "sạn", "HOÀ", "hoa", "giãn cach xa hoi", "\"giãn cách\"", "\"gián cách\"", "\"an toàn mới sản xuất\"",
            "\"an toan moi san xuat\"", "\"sản xuất mới an toàn\"", "1102/cd-ttg", "1102 CĐ TTg", "86/nq-cp", "dich -covid",
            "dịch -giãn", "dịch -gian", "phong chong dich province:\"tra vinh\"", "dich tinh:\"Lai Châu\"", "vắc xin OR quốc hội",
            "dich from:2021-08-18 to:2021-08-25", "dich type:\"Công văn\"", "năm 2021 tăng cường công tác phòng chống dịch covid");

    @Test
    void solrAnswersTheSeedsAsEmbeddedDoes(@TempDir Path dir) throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of("..", "corpus", "documents")), IndexProgress.SILENT);
        try (FSDirectory d = FSDirectory.open(layout.lucene());
                LuceneSearchBackend embedded = new LuceneSearchBackend(d);
                LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrSearchBackend solr = new SolrSearchBackend(new SolrConnection(cluster.target()), 5_000)) {
            SolrConnection writer = new SolrConnection(cluster.target());
            for (var hit : embedded.search(new SearchRequest("", 1, 100)).hits()) {
                StoredDocument s = embedded.document(hit.id()).orElseThrow();
                writer.client().add(SolrDocuments.of(s.id(), new ReadDocument(s.source(), s.text(), s.reading()), s.source(), "0"));
            }
            writer.client().commit();
            writer.close();
            assertEquals(embedded.documentCount(), solr.documentCount());

            Map<String, String> differ = new LinkedHashMap<>();
            for (String q : QUERIES) {
                String e = answer(embedded, q);
                String s = answer(solr, q);
                if (!e.equals(s)) {
                    differ.put(q, "embedded " + e + " / solr " + s);
                }
            }
            assertEquals(Map.of(), differ);
        }
    }

    /** Total, the first page's ids (as a set) and the facets, as one string to compare. */
    private static String answer(SearchBackend b, String q) throws Exception {
        SearchResults r = b.search(new SearchRequest(q, Filters.NONE, SortOrder.RELEVANCE, 1, 10, null, true));
        Set<String> ids = new TreeSet<>();
        r.hits().forEach(h -> ids.add(h.id()));
        List<String> facets = new ArrayList<>();
        r.facets().forEach((dim, values) -> facets.add(dim + "=" + new TreeSet<>(values.stream().map(v -> v.value() + ":" + v.count()).toList())));
        return r.total() + " " + ids + " " + facets;
    }
}
