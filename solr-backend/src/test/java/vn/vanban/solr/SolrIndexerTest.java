package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;

/**
 * An indexing run into SolrCloud, as `vanban index --solr` makes it: the seeds read and written;
 * a second run skips every file as unchanged; a file removed from the folder takes its document
 * with it; a file that is not a document is named with the reason and the others go in.
 */
class SolrIndexerTest {

    @Test
    void indexesUpdatesInPlaceAndRemovesWhatIsGone(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Files.write(corpus.resolve("broken.pdf"), new byte[] {1, 2, 3});
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrIndexer indexer = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new EmbeddedGraphBuilding());
            IndexRun first = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(5, first.indexed());
            assertEquals(5, first.documents());
            assertEquals(1, first.failures().size());
            assertTrue(first.failures().get(0).contains("broken.pdf"), first.failures().toString());

            IndexRun second = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(0, second.indexed());
            assertEquals(5, second.unchanged());

            // A document indexed with an older mapping (its stamp without the mapping's version) is read again.
            var older = new org.apache.solr.common.SolrInputDocument();
            older.addField(SolrFields.ID, "2763-ubnd-kgvx-2021-dien-bien");
            String stamp = (String) solr.client().getById("2763-ubnd-kgvx-2021-dien-bien").getFieldValue(SolrFields.SOURCE_STAMP);
            older.addField(SolrFields.SOURCE_STAMP, java.util.Map.of("set", stamp.substring(stamp.indexOf('|') + 1)));
            solr.client().add(older);
            solr.client().commit();
            IndexRun reread = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(1, reread.indexed());
            assertEquals(4, reread.unchanged());

            // A file changed so that its document has another id: what it gave before goes.
            Path travinh = corpus.resolve("004_c8c6c9745651a367.txt");
            Files.writeString(travinh, Files.readString(travinh).replace("**3461**/UBND-THNV", "**3462**/UBND-THNV"));
            IndexRun changed = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(1, changed.indexed());
            assertEquals(5, changed.documents());
            assertEquals(null, solr.client().getById("3461-ubnd-thnv-2021-tra-vinh"));
            assertTrue(solr.client().getById("3462-ubnd-thnv-2021-tra-vinh") != null);

            Files.delete(corpus.resolve("003_1daa43e088c804bd.txt"));
            IndexRun third = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(1, third.removed());
            assertEquals(4, third.documents());
            assertEquals(4, SolrReadings.all(solr).size());

            SolrSearchBackend search = new SolrSearchBackend(solr, 5_000);
            assertEquals(List.of("2763-ubnd-kgvx-2021-dien-bien"),
                    search.search(new SearchRequest("1102/cd-ttg", 1, 10)).hits().stream().map(h -> h.id()).toList());
            // `vanban rank`: PageRank stored with each document, in place: nothing else of it is lost.
            long giãnBefore = search.search(new SearchRequest("giãn", 1, 10)).total();
            var readings = SolrReadings.all(solr);
            vn.vanban.indexer.graph.GraphBuilder b = new vn.vanban.indexer.graph.GraphBuilder(Vocabulary.standard(), 0);
            readings.forEach(b::add);
            var scores = new vn.vanban.indexer.graph.Rankings(b.build()).pageRankScores();
            assertEquals(4, SolrRanks.store(solr, scores, readings.keySet()));
            var ranked = solr.client().query(new org.apache.solr.client.solrj.request.SolrQuery("*:*").setFields("id", "pagerank"));
            for (var d : ranked.getResults()) {
                float stored = ((Number) d.getFieldValue("pagerank")).floatValue();
                assertEquals(scores.get((String) d.getFieldValue("id")).floatValue(), stored, 1e-6f, d.toString());
            }
            assertEquals(giãnBefore, search.search(new SearchRequest("giãn", 1, 10)).total(), "the text is still searched");
            assertTrue(giãnBefore > 0);

            // Snippets of the text as written, matches marked, for words typed with marks or without.
            for (String q : List.of("giãn cách", "gian cach", "\"phòng, chống dịch\"")) {
                var hits = search.search(new SearchRequest(q, 1, 10)).hits();
                assertTrue(!hits.isEmpty() && hits.stream().allMatch(h -> h.highlights().stream().anyMatch(p -> p.contains("<mark>"))),
                        q + ": " + hits.stream().map(h -> h.highlights()).toList());
            }
        }
    }
}
