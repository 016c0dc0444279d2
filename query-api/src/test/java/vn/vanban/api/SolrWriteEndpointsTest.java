package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.cli.SolrAddedIndexing;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.DocumentStore;
import vn.vanban.api.http.Library;
import vn.vanban.api.http.ServerOptions;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.solr.LocalSolrCluster;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrLinks;
import vn.vanban.solr.SolrSearchBackend;

/**
 * POST and DELETE /api/documents on `serve --solr` with a write token: a text added is committed
 * to the collection and its graph before the answer, searchable, fetchable and among the
 * implementers of what it implements; the same text again is the same document; removed, it is
 * gone from search and graph; a document indexed from a file cannot be removed through the API.
 */
class SolrWriteEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String TRA_VINH_ID = "3461-ubnd-thnv-2021-tra-vinh";

    @Test
    void addedAndRemovedThroughTheApiOnSolr(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String f : List.of("000_a01debc89b18572e.txt", "001_794841c1d5532eea.txt", "002_afa367f4d10b4d1b.txt")) {
            Files.copy(SeedCorpus.documents().resolve(f), corpus.resolve(f));
        }
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 2, true);
                SolrConnection solr = new SolrConnection(cluster.target());
                SolrSearchBackend search = new SolrSearchBackend(solr, 10_000);
                HttpClient http = HttpClient.newHttpClient()) {
            SolrAddedIndexing indexing = new SolrAddedIndexing(solr);
            new vn.vanban.solr.SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new vn.vanban.api.cli.SolrGraph())
                    .index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            Library library = new Library(search, new SolrLinks(solr), Vocabulary.standard());
            DocumentStore store = new DocumentStore(dir.resolve("index").resolve("added"), new DocumentReader(),
                    Vocabulary.standard(), indexing, library);
            Javalin app = ApiServer.create(library, new ServerOptions(List.of("*"), 0, TOKEN), store);
            app.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                assertEquals(404, get(http, base + "/api/documents/86-nq-cp-2021/implementers").statusCode(), "not cited yet");
                byte[] traVinh = Files.readAllBytes(SeedCorpus.documents().resolve("004_c8c6c9745651a367.txt"));
                HttpResponse<String> created = send(http, "POST", base + "/api/documents", traVinh);
                assertEquals(201, created.statusCode(), created.body());
                assertEquals(TRA_VINH_ID, JSON.readTree(created.body()).get("id").asText());
                assertEquals(4, search.documentCount(), "committed before the answer");
                assertEquals(200, get(http, base + "/api/documents/" + TRA_VINH_ID).statusCode());
                JsonNode hits = JSON.readTree(get(http, base + "/api/search?q=" + URLEncoder.encode("tra vinh", StandardCharsets.UTF_8))
                        .body()).get("hits");
                assertEquals(TRA_VINH_ID, hits.get(0).get("id").asText());
                JsonNode implementers = JSON.readTree(get(http, base + "/api/documents/86-nq-cp-2021/implementers").body());
                assertEquals(TRA_VINH_ID, implementers.get("implementers").get(0).get("id").asText(), "in the graph");
                assertEquals(200, send(http, "POST", base + "/api/documents", traVinh).statusCode(), "the same text: the same document");

                HttpResponse<String> refused = send(http, "DELETE", base + "/api/documents/2763-ubnd-kgvx-2021-dien-bien", null);
                assertEquals(409, refused.statusCode(), refused.body());

                HttpResponse<String> removed = send(http, "DELETE", base + "/api/documents/" + TRA_VINH_ID, null);
                assertEquals(204, removed.statusCode(), removed.body());
                assertEquals(3, search.documentCount());
                assertEquals(404, get(http, base + "/api/documents/" + TRA_VINH_ID).statusCode());
                assertEquals(404, get(http, base + "/api/documents/86-nq-cp-2021/implementers").statusCode(), "out of the graph");
                assertTrue(Files.exists(corpus.resolve("000_a01debc89b18572e.txt")), "the corpus is never touched");
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpClient http, String method, String url, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
