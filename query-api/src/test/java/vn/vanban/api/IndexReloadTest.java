package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.IndexReloader;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.OpenIndex;

/** A server keeps answering while the index is updated, and answers from the new index once reloaded. */
class IndexReloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLaterIndexRunIsServedAfterReload(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SeedCorpus.documents().resolve("000_a01debc89b18572e.txt"), corpus.resolve("a.txt"));
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        CorpusIndexer indexer = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard());
        indexer.index(List.of(corpus), IndexProgress.SILENT);

        OpenIndex open = OpenIndex.open(layout, Vocabulary.standard());
        Library library = new Library(open.search(), open.graph(), Vocabulary.standard());
        try (IndexReloader reloader = new IndexReloader(layout, Vocabulary.standard(), open, library)) {
            JavalinTest.test(ApiServer.create(library), (server, client) -> {
                assertEquals(1, json(client, "/api/health").get("documents").asInt());
                assertNull(reloader.reloadIfChanged(), "nothing newer yet");

                // The Trà Vinh letter arrives: it implements 86/NQ-CP, which the graph did not know.
                Files.copy(SeedCorpus.documents().resolve("004_c8c6c9745651a367.txt"), corpus.resolve("b.txt"));
                indexer.index(List.of(corpus), IndexProgress.SILENT);
                assertEquals(1, json(client, "/api/health").get("documents").asInt(), "served as it was until reloaded");
                assertEquals(404, client.get("/api/documents/86-nq-cp-2021/implementers").code());

                assertNotNull(reloader.reloadIfChanged());
                assertEquals(2, json(client, "/api/health").get("documents").asInt());
                assertEquals("3461/UBND-THNV", json(client, "/api/documents/86-nq-cp-2021/implementers")
                        .get("implementers").get(0).get("numberSymbol").asText());
                assertEquals(2, json(client, "/api/search?q=cong+dien").get("total").asInt());
            });
        }
    }

    private static JsonNode json(HttpClient client, String path) throws Exception {
        var r = client.get(path);
        String body = r.body().string();
        assertEquals(200, r.code(), path + " → " + body);
        return JSON.readTree(body);
    }
}
