package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.OpenIndex;

/**
 * {@code serve} answers searches before the citation graph has loaded: health says whether it
 * has; graph requests wait for it, and are answered 503 if it cannot be loaded.
 */
class GraphLoadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static IndexLayout seedIndex(Path dir) throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(SeedCorpus.documents()), IndexProgress.SILENT);
        return layout;
    }

    @Test
    void searchesAreAnsweredWhileTheGraphLoadsAndGraphRequestsWaitForIt(@TempDir Path dir) throws Exception {
        IndexLayout layout = seedIndex(dir);
        try (OpenIndex open = OpenIndex.open(layout, Vocabulary.standard())) {
            CompletableFuture<vn.vanban.search.graph.CitationLinks> loading = new CompletableFuture<>();
            Library library = new Library(open.search(), loading, Vocabulary.standard());
            JavalinTest.test(ApiServer.create(library), (server, client) -> {
                JsonNode health = JSON.readTree(client.get("/api/health").body().string());
                assertEquals("loading", health.get("graph").asText());
                assertEquals(5, health.get("documents").asInt());
                assertEquals(200, client.get("/api/search?q=cong+dien").code(), "search needs no graph");

                CompletableFuture<Integer> implementers = CompletableFuture.supplyAsync(
                        () -> client.get("/api/documents/86-nq-cp-2021/implementers").code());
                // Until the handler waits on the graph (a dependent of the future), or the request
                // is answered without waiting: no clock, a condition.
                while (loading.getNumberOfDependents() == 0 && !implementers.isDone()) {
                    Thread.onSpinWait();
                }
                assertFalse(implementers.isDone(), "a graph request is answered only once the graph is there: "
                        + (implementers.isDone() ? implementers.get() : ""));
                loading.complete(open.graph()); // the graph arrives: the request waiting is answered from it
                assertEquals(200, implementers.get());
                assertEquals("ready", JSON.readTree(client.get("/api/health").body().string()).get("graph").asText());
            });
        }
    }

    @Test
    void aGraphThatCannotBeLoadedIsA503AndSearchGoesOn(@TempDir Path dir) throws Exception {
        IndexLayout layout = seedIndex(dir);
        // Neither readable as a graph nor replaceable by a rebuilt one: a folder with a file in it.
        Files.delete(layout.graph());
        Files.writeString(Files.createDirectories(layout.graph()).resolve("x"), "x");
        try (OpenIndex open = OpenIndex.openForSearch(layout, Vocabulary.standard())) {
            open.startLoadingGraph();
            Library library = new Library(open.search(), open.loadingGraph(), Vocabulary.standard());
            JavalinTest.test(ApiServer.create(library), (server, client) -> {
                var r = client.get("/api/documents/86-nq-cp-2021/implementers");
                String body = r.body().string();
                assertEquals(503, r.code(), body);
                JsonNode problem = JSON.readTree(body);
                assertTrue(problem.get("detail").asText().startsWith("the citation graph of this index could not be loaded"),
                        body);
                assertEquals("failed", JSON.readTree(client.get("/api/health").body().string()).get("graph").asText());
                assertEquals(200, client.get("/api/search?q=cong+dien").code());
            });
        }
    }
}
