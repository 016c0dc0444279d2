package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.vanban.solr.LocalSolrCluster;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrLinks;
import vn.vanban.solr.SolrSearchBackend;

/**
 * `vanban index --solr URLS --watch`: the first run, then a file dropped into the folder is
 * indexed into the collection and its document is in the graph of the edges collection, and a
 * file removed takes its document from both, until the command is stopped.
 */
class SolrWatchTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");

    @Test
    @Timeout(300)
    void watchingIndexesWhatComesAndGoes(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SEEDS.resolve("000_a01debc89b18572e.txt"), corpus.resolve("a.txt"));
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 2, true);
                SolrConnection solr = new SolrConnection(cluster.target());
                SolrSearchBackend search = new SolrSearchBackend(solr, 10_000)) {
            String urls = String.join(",", cluster.target().urls());
            StringWriter err = new StringWriter();
            AtomicInteger code = new AtomicInteger(-1);
            Thread watching = new Thread(() -> {
                CommandLine cl = Main.commandLine();
                cl.setErr(new PrintWriter(err, true));
                code.set(cl.execute("index", "--solr", urls, "--corpus", corpus.toString(), "--watch", "--settle", "300"));
            });
            watching.start();
            until(() -> err.toString().contains("watching"), err);
            assertEquals(1, search.documentCount());
            SolrLinks graph = new SolrLinks(solr);
            long nodesBefore = graph.nodeCount();

            Files.copy(SEEDS.resolve("001_794841c1d5532eea.txt"), corpus.resolve("b.txt"));
            until(() -> search.documentCount() == 2, err);
            until(() -> graph.allNodes().filter(n -> n.inCorpus()).count() == 2, err);
            assertTrue(graph.nodeCount() > nodesBefore, "the new document's node and those it cites");

            Files.delete(corpus.resolve("b.txt"));
            until(() -> search.documentCount() == 1, err);
            until(() -> graph.allNodes().filter(n -> n.inCorpus()).count() == 1 && graph.nodeCount() == nodesBefore, err);
            watching.interrupt();
            watching.join(30_000);
            assertEquals(0, code.get(), err.toString());
            assertTrue(err.toString().contains("1 gone"), err.toString());
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Waits for what the watcher does in its own time (a test of behaviour, not of speed: the @Timeout bounds it). */
    private static void until(Check check, StringWriter err) throws Exception {
        while (!check.holds()) {
            if (err.toString().contains("run failed")) {
                throw new AssertionError(err.toString());
            }
            Thread.sleep(200);
        }
    }
}
