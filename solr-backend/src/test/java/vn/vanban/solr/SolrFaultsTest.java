package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.generate.CorpusGenerator;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.index.IndexProgress;

/**
 * A node killed halfway through an indexing run (three nodes, two shards of two replicas): the
 * updates that follow reach one replica of a shard, not the two asked for, and the run stops
 * saying so (SolrCloud only reports it; a client that did not act on it would go on with half its
 * copies), and so does the next run while the node is down; searches are answered meanwhile, and
 * see nothing of the runs that failed (they commit only at their end).
 */
class SolrFaultsTest {

    @Test
    void aNodeKilledDuringIndexingStopsTheRunSayingSoAndSearchesGoOn(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(Vocabulary.standard()).generate(600, 20261202L, 0, corpus, n -> { });
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrIndexer indexer = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard());
            AtomicBoolean killed = new AtomicBoolean();
            IndexProgress killHalfway = new IndexProgress() {
                @Override
                public void fileDone(int done, int total) {
                    if (done >= total / 2 && killed.compareAndSet(false, true)) {
                        try {
                            String said = cluster.command("kill 2");
                            assertTrue(said.startsWith("killed node 2"), said);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            };
            IOException stopped = assertThrows(IOException.class,
                    () -> indexer.index(List.of(corpus), ReadOptions.DEFAULT, killHalfway));
            assertTrue(killed.get());
            assertTrue(stopped.getMessage().contains("reached 1 replica(s) of 2"), stopped.getMessage());
            IOException again = assertThrows(IOException.class,
                    () -> indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT));
            assertTrue(again.getMessage().contains("replica"), again.getMessage());

            // Searches are answered with a node of three down, and see none of the failed runs: they
            // commit only at their end (the collection's own commits do not open a searcher).
            SolrSearchBackend search = new SolrSearchBackend(solr, 5_000);
            assertEquals(0, search.search(new SearchRequest("công điện", 1, 10)).total());
            assertEquals(0, search.documentCount());
        }
    }
}
