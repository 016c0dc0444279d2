package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.cli.SolrGraph;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.SharedData;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.index.OpenIndex;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.solr.LocalSolrCluster;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrIndexer;
import vn.vanban.solr.SolrSearchBackend;

/**
 * The same API answers over SolrCloud as embedded, on the seeds and ../shared/corpus (gazette,
 * Bình Dương rows, tvpl): the same files indexed into each, then, asked of two servers, every
 * central document's implementers, upstream, cascade and coverage, the resolution of references,
 * suggestions, rankings, and a set of searches (totals, facets, and the first page's documents as
 * a set) answer the same JSON, but for the fields that say when or how long (and PageRank's last
 * digits).
 */
@Tag("long")
class ApiParityTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> QUERIES = List.of("", "phong chong dich", "phòng, chống dịch", "giãn cách xã hội",
            "\"giãn cách\"", "1102/cd-ttg", "86/nq-cp", "dich -covid", "vắc xin OR quốc hội", "dich tinh:\"Bình Dương\"",
            "dich from:2021-08-18 to:2021-08-25", "dich type:\"Công văn\"", "quyết định", "thuế thu nhập cá nhân",
            "bảo hiểm xã hội", "đất đai", "quy hoạch", "ủy ban nhân dân tỉnh", "uy ban nhan dan tinh", "hoà giải",
            "hòa giải", "kế hoạch triển khai", "nghị định 30/2020/NĐ-CP", "an toàn thực phẩm", "giáo dục");

    @Test
    void solrAnswersTheApiAsEmbeddedDoes(@TempDir Path dir) throws Exception {
        List<Path> roots = new ArrayList<>(List.of(SeedCorpus.documents()));
        for (String part : List.of("gazette", "binhduong", "tvpl")) {
            roots.add(SharedData.require(SHARED.resolve(part)).toAbsolutePath().normalize());
        }
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        var embeddedRun = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(roots, ReadOptions.DEFAULT, IndexProgress.SILENT);
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrConnection solr = new SolrConnection(cluster.target());
                OpenIndex open = OpenIndex.open(layout, Vocabulary.standard())) {
            var solrRun = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new vn.vanban.api.cli.SolrGraph())
                    .index(roots, ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(embeddedRun.documents(), solrRun.documents());
            Javalin embedded = ApiServer.create(new Library(open.search(), open.graph(), Vocabulary.standard()));
            Javalin overSolr = ApiServer.create(new Library(new SolrSearchBackend(solr, 10_000), new vn.vanban.solr.SolrLinks(solr), Vocabulary.standard()));
            embedded.start("127.0.0.1", 0);
            overSolr.start("127.0.0.1", 0);
            try (HttpClient http = HttpClient.newHttpClient()) {
                List<String> paths = new ArrayList<>();
                List<String> central = new ArrayList<>();
                for (String id : new TreeSet<>(open.graph().allNodes().map(vn.vanban.search.graph.DocNode::id).toList())) {
                    if (open.graph().implementers(List.of(id)).containsKey(id)) {
                        central.add(id);
                    }
                }
                assertTrue(central.size() >= 10, "central documents with implementers: " + central.size());
                for (String id : central) {
                    for (String what : List.of("implementers", "upstream", "cascade", "coverage", "siblings")) {
                        paths.add("/api/documents/" + enc(id) + "/" + what);
                    }
                }
                for (String ref : List.of("1102/CĐ-TTg", "86/NQ-CP", "30/2020/NĐ-CP", "15/CT-TTg", "16/CT-TTg", "Luật Đất đai")) {
                    paths.add("/api/resolve?ref=" + enc(ref) + "&date=2021-08-25");
                }
                for (String q : List.of("1102", "86/nq", "nghị quyết", "thong tu")) {
                    paths.add("/api/suggest?q=" + enc(q));
                }
                paths.add("/api/rankings?by=pagerank");
                paths.add("/api/rankings?by=implementers");
                Map<String, String> differ = new LinkedHashMap<>();
                for (String path : paths) {
                    JsonNode e = comparable(get(http, embedded, path));
                    JsonNode s = comparable(get(http, overSolr, path));
                    if (!e.equals(s)) {
                        differ.put(path, "embedded " + abbreviated(e) + " / solr " + abbreviated(s));
                    }
                }
                int sameFirstPage = 0;
                for (String q : QUERIES) {
                    String path = "/api/search?q=" + enc(q) + "&size=10";
                    JsonNode e = get(http, embedded, path);
                    JsonNode s = get(http, overSolr, path);
                    String eSaid = e.path("total") + " " + e.path("facets");
                    String sSaid = s.path("total") + " " + s.path("facets");
                    if (!eSaid.equals(sSaid)) {
                        differ.put(path, "embedded " + eSaid + " / solr " + sSaid);
                    }
                    if (ids(e).equals(ids(s))) {
                        sameFirstPage++;
                    } else {
                        differ.put(path, "first page: embedded " + ids(e) + " / solr " + ids(s));
                    }
                }
                System.out.printf("ApiParityTest: %d documents, %d graph requests compared over %d central documents;"
                                + " %d of %d searches with the same first page%n", embeddedRun.documents(), paths.size(),
                        central.size(), sameFirstPage, QUERIES.size());
                assertEquals(Map.of(), differ);
            } finally {
                embedded.stop();
                overSolr.stop();
            }
        }
    }

    private static JsonNode get(HttpClient http, Javalin app, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        ObjectNode out = JSON.createObjectNode();
        out.put("status", r.statusCode());
        out.set("body", r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
        return out.get("body").isObject() ? withStatus((ObjectNode) out.get("body"), r.statusCode()) : out;
    }

    private static JsonNode withStatus(ObjectNode body, int status) {
        body.put("_status", status);
        return body;
    }

    /** The answer without what says when or how long (times, the commit's generation). */
    private static JsonNode comparable(JsonNode n) {
        JsonNode copy = n.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            o.remove(List.of("tookMs", "took", "millis", "generation", "asOf"));
            // PageRank sums in the order the graph holds its nodes: the last digits differ.
            o.properties().forEach(e -> {
                if (e.getValue().isFloatingPointNumber()) {
                    e.setValue(JSON.getNodeFactory().numberNode(new java.math.BigDecimal(e.getValue().doubleValue())
                            .round(new java.math.MathContext(10)).doubleValue()));
                }
            });
            n.forEach(ApiParityTest::strip);
        } else if (n.isArray()) {
            n.forEach(ApiParityTest::strip);
        }
    }

    private static TreeSet<String> ids(JsonNode search) {
        TreeSet<String> out = new TreeSet<>();
        search.path("hits").forEach(h -> out.add(h.path("id").asText()));
        return out;
    }

    private static String abbreviated(JsonNode n) {
        String s = n.toString();
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
