package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.OpenIndex;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.indexer.search.SearchTuning;

/**
 * GET /metrics, in the Prometheus text format: requests counted by route template, method and
 * status with a latency histogram, searches that ran out of time, documents, graph size, reloads,
 * the JVM and Jetty's pool. Read as a scraper reads it: every sample line parses.
 */
class MetricsTest {

    /** A sample line of the text format: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? (-?[0-9.]+(E[-+]?[0-9]+)?|NaN|[-+]Inf)");

    private static double value(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        throw new AssertionError("no " + series + " in\n" + text);
    }

    @Test
    void requestsSearchesDocumentsGraphReloadsJvmAndJetty(@TempDir Path dir) throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(SeedCorpus.documents()), IndexProgress.SILENT);
        try (OpenIndex index = OpenIndex.open(layout, Vocabulary.standard());
                FSDirectory d = FSDirectory.open(layout.lucene());
                // A search whose clock has always run out: answered partial, counted as timed out.
                LuceneSearchBackend hurried = new LuceneSearchBackend(d, SearchTuning.DEFAULT, () -> () -> true)) {
            Library library = new Library(hurried, index.graph(), Vocabulary.standard());
            JavalinTest.test(ApiServer.create(library), (server, client) -> {
                assertEquals(200, client.get("/api/documents/86-nq-cp-2021").code());
                assertEquals(200, client.get("/api/documents/1102-cd-ttg-2021").code());
                assertEquals(404, client.get("/api/documents/no-such").code());
                assertEquals(400, client.get("/api/search?q=x&size=0").code());
                assertEquals(200, client.get("/api/search?q=dich").code());
                library.replace(hurried, index.graph()); // what serve --reload does with a newer index

                var r = client.get("/metrics");
                assertEquals(200, r.code());
                assertTrue(r.headers().get("Content-Type").get(0).startsWith("text/plain; version=0.0.4"), r.headers().get("Content-Type").toString());
                String text = r.body().string();
                for (String line : text.split("\n")) {
                    assertTrue(line.startsWith("#") || line.isEmpty() || SAMPLE.matcher(line).matches(), "not a sample: " + line);
                }
                String docs = "vanban_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/{id}\",status=\"200\"}";
                assertEquals(2.0, value(text, docs), "two ids, one route");
                assertEquals(1.0, value(text, "vanban_http_requests_seconds_count{method=\"GET\",route=\"/api/documents/{id}\",status=\"404\"}"));
                assertEquals(1.0, value(text, "vanban_http_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"400\"}"));
                Matcher bucket = Pattern.compile("vanban_http_requests_seconds_bucket\\{method=\"GET\",route=\"/api/search\",status=\"200\",le=\"[^\"]+\"\\} 1")
                        .matcher(text);
                assertTrue(bucket.find(), "a latency histogram:\n" + text);
                assertEquals(1.0, value(text, "vanban_search_timeouts_total"));
                assertEquals(5.0, value(text, "vanban_index_documents"));
                assertEquals(index.graph().nodeCount(), value(text, "vanban_graph_nodes"));
                assertEquals(index.graph().linkCount(), value(text, "vanban_graph_edges"));
                assertEquals(1.0, value(text, "vanban_index_reloads_total"));
                assertTrue(text.contains("jvm_memory_used_bytes{"), "JVM");
                assertTrue(value(text, "jetty_threads_config_max") > 0, "Jetty's pool");
                assertTrue(text.contains("jetty_connections"), "Jetty's connections:\n" + text.lines().filter(l -> l.contains("jetty")).toList());
            });
        }
    }
}
