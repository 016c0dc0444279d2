package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrSearchBackend;
import vn.vanban.solr.SolrTarget;

/**
 * A SolrCloud that does not answer (here: nothing listens at its address): searches, document
 * and graph requests (walked in its edges collection) are answered 503 in the one problem shape, naming the cluster, with Retry-After and the
 * detail in Vietnamese; never a 500 or a stack trace.
 */
class SearchEngineDownTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aClusterThatDoesNotAnswerIsA503NamingIt() throws Exception {
        SolrConnection connection = new SolrConnection(SolrTarget.parse("http://127.0.0.1:1/solr", null));
        SolrSearchBackend down = new SolrSearchBackend(connection, 1_000);
        Library library = new Library(down, new vn.vanban.solr.SolrLinks(connection), Vocabulary.standard());
        JavalinTest.test(ApiServer.create(library), (server, client) -> {
            for (String path : new String[] {"/api/search?q=dich", "/api/documents/1102-cd-ttg-2021",
                    "/api/documents/1102-cd-ttg-2021/implementers", "/api/documents/1102-cd-ttg-2021/cascade",
                    "/api/documents/1102-cd-ttg-2021/coverage", "/api/rankings?by=pagerank", "/api/suggest?q=1102",
                    "/api/resolve?ref=1102/CĐ-TTg", "/api/graph?root=1102-cd-ttg-2021", "/api/graph/matrix.csv?root=1102-cd-ttg-2021"}) {
                var r = client.get(path);
                String body = r.body().string();
                assertEquals(503, r.code(), path + " → " + body);
                assertEquals("10", r.headers().get("Retry-After").get(0));
                JsonNode p = JSON.readTree(body);
                assertTrue(p.get("detail").asText().contains("http://127.0.0.1:1/solr"), body);
                assertTrue(p.get("detailVi").asText().startsWith("Không kết nối được với "), body);
                assertFalse(body.contains("at org.apache"), "no stack trace: " + body);
            }
        });
        down.close();
    }
}
