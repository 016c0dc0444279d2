package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.Library;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import vn.vanban.indexer.index.OpenIndex;

/** Indexes the five seeds, serves them on a real port, and asks the API what a user would. */
class ApiEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static OpenIndex index;
    static Javalin app;

    @BeforeAll
    static void indexSeeds() throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        IndexRun run = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(SeedCorpus.documents()), IndexProgress.SILENT);
        assertEquals(5, run.indexed(), "five seeds indexed");
        assertFalse(run.anyFailed(), () -> "failures: " + run.failures());
        index = OpenIndex.open(layout, Vocabulary.standard());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Javalin app() {
        return ApiServer.create(new Library(index.search(), index.graph(), Vocabulary.standard()));
    }

    private static JsonNode get(HttpClient client, String path, int status) throws Exception {
        Response r = client.get(path);
        String body = r.body().string();
        assertEquals(status, r.code(), path + " → " + body);
        return JSON.readTree(body);
    }


    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthCountsIndexedDocumentsOnly() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode h = get(client, "/api/health", 200);
            assertEquals("ok", h.get("status").asText());
            assertEquals(5, h.get("documents").asInt(), "cited-only documents are not counted");
            assertEquals("ready", h.get("graph").asText());
        });
    }

    @Test
    void searchWithoutDiacriticsFindsAllFiveSeeds() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = get(client, "/api/search?q=" + q("phong chong dich"), 200);
            assertEquals(5, r.get("total").asInt());
            Set<String> numbers = new HashSet<>();
            for (JsonNode h : r.get("hits")) {
                numbers.add(h.get("id").asText());
                assertTrue(h.get("score").asDouble() > 0);
            }
            assertEquals(Set.of("2763-ubnd-kgvx-2021-dien-bien", "2641-ubnd-kgvx-2021-dien-bien",
                    "3461-ubnd-thnv-2021-tra-vinh", "f-001-794841c1d5532eea", "f-002-afa367f4d10b4d1b"), numbers);
            JsonNode accented = get(client, "/api/search?q=" + q("phòng, chống dịch"), 200);
            assertEquals(5, accented.get("total").asInt());
        });
    }

    @Test
    void searchPagesAndFindsByKyHieuInAnySpelling() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode page2 = get(client, "/api/search?q=" + q("phong chong dich") + "&size=2&page=2", 200);
            assertEquals(5, page2.get("total").asInt());
            assertEquals(2, page2.get("hits").size());
            for (String spelling : List.of("1102/cd-ttg", "1102 CĐ TTg", "1102/CĐ-TTg")) {
                JsonNode r = get(client, "/api/search?q=" + q(spelling), 200);
                assertEquals("2763/UBND-KGVX", r.get("hits").get(0).get("numberSymbol").asText(), spelling);
            }
            JsonNode none = get(client, "/api/search?q=" + q("zzzqqq"), 200);
            assertEquals(0, none.get("total").asInt());
        });
    }

    @Test
    void searchWithoutFacetsGivesTheSameHitsAndSaysWhetherTheTotalIsExact() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode with = get(client, "/api/search?q=" + q("phong chong dich"), 200);
            JsonNode without = get(client, "/api/search?q=" + q("phong chong dich") + "&facets=false", 200);
            assertEquals(with.get("hits"), without.get("hits"));
            assertEquals(0, without.get("facets").size());
            assertTrue(with.get("facets").size() > 0);
            assertEquals(5, without.get("total").asInt(), "fewer than 1,000 matches: counted exactly");
            assertTrue(without.get("totalExact").asBoolean());
            assertTrue(with.get("totalExact").asBoolean());
            assertTrue(get(client, "/api/search?q=x&facets=maybe", 400).get("detail").asText().contains("facets"));
        });
    }

    @Test
    void searchAnswersWithFacetsHighlightsFiltersAndCursor() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode r = get(client, "/api/search?q=" + q("phong chong dich") + "&province=" + q("Điện Biên"), 200);
            assertEquals(2, r.get("total").asInt(), "province=Điện Biên filters");
            for (JsonNode h : r.get("hits")) {
                assertEquals("Điện Biên", h.get("province").asText());
                assertTrue(h.get("highlights").get(0).asText().contains("<mark>phòng</mark>"), h.toString());
            }
            JsonNode all = get(client, "/api/search?q=" + q("phong chong dich") + "&size=2", 200);
            JsonNode facets = all.get("facets");
            assertEquals("Công văn", facets.get("type").get(0).get("value").asText());
            assertEquals(5, facets.get("type").get(0).get("count").asInt());
            assertEquals(3, facets.get("province").size());
            assertEquals("2021", facets.get("year").get(0).get("value").asText());
            assertTrue(facets.has("issuer"));
            String cursor = all.get("nextCursor").asText();
            JsonNode next = get(client, "/api/search?q=" + q("phong chong dich") + "&size=2&cursor=" + cursor, 200);
            assertEquals(2, next.get("hits").size());
            assertFalse(next.get("hits").get(0).get("id").asText().equals(all.get("hits").get(1).get("id").asText()));
            JsonNode phrase = get(client, "/api/search?q=" + q("\"an toàn mới sản xuất\""), 200);
            assertEquals(1, phrase.get("total").asInt());
            assertEquals("2763/UBND-KGVX", phrase.get("hits").get(0).get("numberSymbol").asText());
            JsonNode byDate = get(client, "/api/search?q=dich&sort=date&from=2021-08-01&to=2021-08-31&type=" + q("công văn"), 200);
            assertEquals(3, byDate.get("total").asInt());
            assertEquals("2021-08-25", byDate.get("hits").get(0).get("date").asText());
            assertTrue(get(client, "/api/search?q=x&level=planet", 400).get("detail").asText().contains("level"));
            assertTrue(get(client, "/api/search?q=x&sort=random", 400).get("detail").asText().contains("sort"));
            assertTrue(get(client, "/api/search?q=x&cursor=abc", 400).get("detail").asText().contains("cursor"));
            assertTrue(get(client, "/api/search?q=x&from=2021-09-01&to=2021-08-01", 400).get("detail").asText().contains("after"));
            assertTrue(get(client, "/api/search?q=" + "a".repeat(1001), 400).get("detail").asText().contains("1000"));
            assertEquals(200, client.get("/api/search?q=" + q("\"((( -|")).code(), "malformed syntax falls back to words");
        });
    }

    @Test
    void resolveGivesOneMatchAndItsImplementerTwoDaysLater() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode matches = get(client, "/api/resolve?ref=" + q("1102/cd-ttg"), 200).get("matches");
            assertEquals(1, matches.size());
            JsonNode m = matches.get(0);
            assertEquals("1102/CĐ-TTg", m.get("numberSymbol").asText());
            assertEquals("Công điện", m.get("type").asText());
            assertEquals("2021-08-23", m.get("date").asText());
            assertEquals("Thủ tướng Chính phủ", m.get("issuer").asText());
            assertFalse(m.get("inCorpus").asBoolean());
            assertEquals(m.get("id").asText(),
                    get(client, "/api/resolve?ref=" + q("1102 CĐ TTg"), 200).get("matches").get(0).get("id").asText());

            JsonNode impl = get(client, "/api/documents/" + m.get("id").asText() + "/implementers", 200).get("implementers");
            JsonNode found = find(impl, "2763/UBND-KGVX");
            assertEquals(2, found.get("lagDays").asInt());
            assertEquals(1, found.get("depth").asInt());
            assertTrue(found.get("via").isNull());
            assertEquals("Điện Biên", found.get("province").asText());
        });
    }

    @Test
    void implementersOfTheResolutionReachTraVinhThroughTheGovernmentsResolution() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode m = get(client, "/api/resolve?ref=" + q("30/2021/QH15"), 200).get("matches").get(0);
            String nq86 = get(client, "/api/resolve?ref=" + q("86/NQ-CP") + "&date=2021-08-06", 200)
                    .get("matches").get(0).get("id").asText();
            JsonNode impl = get(client, "/api/documents/" + m.get("id").asText() + "/implementers", 200).get("implementers");
            JsonNode direct = find(impl, "86/NQ-CP");
            assertEquals(1, direct.get("depth").asInt());
            JsonNode traVinh = find(impl, "3461/UBND-THNV");
            assertEquals(2, traVinh.get("depth").asInt());
            assertEquals(nq86, traVinh.get("via").asText());
            assertEquals(20, traVinh.get("lagDays").asInt());
            JsonNode depth1 = get(client, "/api/documents/" + m.get("id").asText() + "/implementers?depth=1", 200)
                    .get("implementers");
            assertEquals(1, depth1.size());
        });
    }

    @Test
    void graphQuestionsCascadeCoverageUpstreamRankingsExport() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode coverage = get(client, "/api/documents/1102-cd-ttg-2021/coverage", 200);
            assertEquals("2021-08-23", coverage.get("asOf").asText());
            assertEquals(63, coverage.get("of").asInt(), "provinces before 1 July 2025");
            assertEquals(1, coverage.get("responded").asInt());
            JsonNode dienBien = null;
            for (JsonNode p : coverage.get("provinces")) {
                if (p.get("province").asText().equals("Điện Biên")) {
                    dienBien = p;
                } else {
                    assertFalse(p.get("responded").asBoolean(), p.toString());
                }
            }
            assertTrue(dienBien.get("responded").asBoolean());
            assertEquals(2, dienBien.get("firstLagDays").asInt());

            JsonNode cascade = get(client, "/api/documents/30-2021-qh15/cascade", 200);
            assertEquals(2, cascade.get("branches").size());
            JsonNode second = cascade.get("branches").get(1);
            assertEquals("3461-ubnd-thnv-2021-tra-vinh", second.get("document").get("id").asText());
            assertEquals("86-nq-cp-2021", second.get("parent").asText());
            assertEquals(11, second.get("lagDays").asInt(), "from 86/NQ-CP (6 Aug) to 17 Aug");
            assertEquals(20, second.get("lagFromRootDays").asInt());
            JsonNode province = cascade.get("levels").get(1);
            assertEquals("province", province.get("level").asText());
            assertEquals(1, province.get("count").asInt());
            assertEquals(20, province.get("medianLagDays").asInt());

            JsonNode up = get(client, "/api/documents/3461-ubnd-thnv-2021-tra-vinh/upstream", 200).get("upstream");
            assertEquals("86-nq-cp-2021", up.get(0).get("document").get("id").asText());
            assertEquals("30-2021-qh15", up.get(1).get("document").get("id").asText());
            assertEquals(2, up.get(1).get("depth").asInt());

            JsonNode filtered = get(client, "/api/documents/30-2021-qh15/implementers?province=" + q("tra vinh"), 200);
            assertEquals(1, filtered.get("implementers").size());
            assertEquals(0, get(client, "/api/documents/30-2021-qh15/implementers?level=district", 200).get("implementers").size());

            JsonNode ranks = get(client, "/api/rankings?by=implementers&size=3", 200).get("items");
            assertEquals(1, ranks.get(0).get("count").asInt());
            assertTrue(get(client, "/api/rankings?by=pagerank&size=3", 200).get("items").get(0).get("count").asDouble() > 0);
            assertTrue(get(client, "/api/rankings?by=stars", 400).get("detail").asText().contains("by"));

            Response dot = client.get("/api/graph?format=dot&root=1102-cd-ttg-2021&depth=1");
            assertEquals(200, dot.code());
            assertTrue(dot.body().string().contains("\"2763-ubnd-kgvx-2021-dien-bien\" -> \"1102-cd-ttg-2021\""));
            Response graphml = client.get("/api/graph?format=graphml");
            assertTrue(graphml.body().string().contains("<graphml"));
            assertEquals(404, client.get("/api/graph?root=nope").code());
            assertEquals(400, client.get("/api/graph?format=png").code());

            Response csv = client.get("/api/graph/matrix.csv?root=30-2021-qh15");
            String matrix = csv.body().string();
            assertTrue(matrix.startsWith("province,30/2021/QH15,86/NQ-CP\n"), matrix);
            assertTrue(matrix.contains("\nTrà Vinh,2021-08-17,2021-08-17\n"), matrix);
            assertEquals(64, matrix.strip().split("\n").length, "a header and 63 provinces");
        });
    }

    @Test
    void documentHasTextCitationsOutAndCitedByIn() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode d = get(client, "/api/documents/2641-ubnd-kgvx-2021-dien-bien", 200);
            assertEquals("2641/UBND-KGVX", d.get("numberSymbol").asText());
            assertTrue(d.get("inCorpus").asBoolean());
            assertTrue(d.get("text").asText().contains("Kế hoạch số 2441/KH-UBND"));
            JsonNode c = d.get("citations");
            assertEquals(2, c.size());
            assertEquals("5553/VPCP-KGVX", c.get(0).get("numberSymbol").asText());
            assertEquals("implements", c.get(0).get("relation").asText());
            assertEquals("5553-vpcp-kgvx-2021", c.get(0).get("target").asText());
            assertEquals("2441-kh-ubnd-2021-dien-bien", c.get(1).get("target").asText(),
                    "a local plan resolves within the citing province");
            assertTrue(c.get(1).get("sentence").asText().contains("theo Kế hoạch số 2441/KH-UBND ngày 04/8/2021"));

            JsonNode cited = get(client, "/api/documents/5553-vpcp-kgvx-2021", 200);
            assertFalse(cited.get("inCorpus").asBoolean());
            assertTrue(cited.get("text").isNull());
            assertEquals("2641-ubnd-kgvx-2021-dien-bien", cited.get("citedBy").get(0).get("id").asText());
            assertEquals("implements", cited.get("citedBy").get(0).get("relation").asText());
            // The lược đồ: relations counted both ways, by document.
            assertEquals(1, cited.get("relations").get("in").get("implements").asInt(), cited.get("relations").toString());
            assertTrue(d.get("relations").get("out").has("implements"), d.get("relations").toString());
            assertEquals(1.0, c.get(0).get("confidence").asDouble(), 1e-9);
            assertTrue(c.get(0).get("candidates").isArray());
        });
    }

    @Test
    void errorsAreProblemJsonNeverStackTraces() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode missing = get(client, "/api/documents/no-such-doc", 404);
            assertEquals(404, missing.get("status").asInt());
            assertTrue(missing.get("detail").asText().contains("no-such-doc"));
            assertEquals("Không có văn bản nào mang mã «no-such-doc» trong chỉ mục.", missing.get("detailVi").asText(),
                    "the detail in Vietnamese, for the page");
            assertEquals("Số kết quả mỗi trang (size) phải từ 1 đến 100, không phải 1000.",
                    get(client, "/api/search?size=1000", 400).get("detailVi").asText());
            assertEquals("Không có địa chỉ /api/nowhere.", get(client, "/api/nowhere", 404).get("detailVi").asText());
            Response r = client.get("/api/documents/no-such-doc");
            assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/problem+json"), r.headers().get("Content-Type").toString());
            assertTrue(get(client, "/api/search?size=1000", 400).get("detail").asText().contains("size"));
            assertTrue(get(client, "/api/search?page=abc", 400).get("detail").asText().contains("page"));
            assertTrue(get(client, "/api/resolve", 400).get("detail").asText().contains("ref"));
            assertTrue(get(client, "/api/resolve?ref=1102/CD-TTg&date=2021-02-31", 400).get("detail").asText().contains("date"));
            assertEquals(0, get(client, "/api/resolve?ref=" + q("not a number"), 200).get("matches").size());
            assertEquals(404, get(client, "/api/nowhere", 404).get("status").asInt());
        });
    }

    @Test
    void malformedRequestsAreAnsweredWithoutServerErrors() {
        JavalinTest.test(app(), (server, client) -> {
            assertTrue(get(client, "/api/search?q=x&page=-1", 400).get("detail").asText().contains("page"));
            assertTrue(get(client, "/api/search?q=x&page=99999999999999999999", 400).get("detail").asText().contains("page"));
            // Broken query syntax is searched as well as it can be, never an error.
            assertEquals(200, client.get("/api/search?q=" + q("\"(công điện -| AND ((")).code());
            // Ids are looked up in the index, never in the file system.
            for (String path : List.of("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/api/documents/%2Fetc%2Fpasswd",
                    "/api/documents/..%5C..%5Cpom.xml", "/api/documents/%2e%2e%2f%2e%2e%2fREADME.md/implementers")) {
                Response r = client.get(path);
                assertEquals(404, r.code(), path);
                assertFalse(r.body().string().contains("root:"), path);
            }
            // An address too long for the server: refused by Jetty, in the same error shape.
            Response tooLong = client.get("/api/search?q=" + "a".repeat(100_000));
            assertEquals(414, tooLong.code());
            assertTrue(tooLong.headers().get("Content-Type").get(0).startsWith("application/problem+json"));
            JsonNode tooLongProblem = JSON.readTree(tooLong.body().string());
            assertEquals(414, tooLongProblem.get("status").asInt());
            assertTrue(tooLongProblem.get("detailVi").asText().startsWith("Địa chỉ quá dài"), tooLongProblem.toString());
            // Bad percent-encoding, which HTTP clients refuse to send: written on the socket.
            for (String target : List.of("/api/search?q=%E0%A4%A", "/api/search?q=%ZZ", "/api/documents/%C3%28")) {
                int status = RawHttp.status(server.port(), target);
                assertTrue(status == 400 || status == 404 || status == 200, target + " gave " + status);
            }
        });
    }

    /**
     * A keep-alive client that got an error Jetty answers itself (414: the address too long) must
     * be told the connection is closing, or it sends its next request on a closed socket and loses it.
     */
    @Test
    void anErrorJettyAnswersItselfSaysTheConnectionCloses() {
        JavalinTest.test(app(), (server, client) -> {
            List<RawHttp.Answer> answers = RawHttp.keepAlive(server.port(), "/api/search?q=" + "a".repeat(20_000), "/api/health");
            RawHttp.Answer tooLong = answers.get(0);
            assertEquals(414, tooLong.status());
            boolean closing = "close".equalsIgnoreCase(tooLong.headers().get("connection"));
            assertTrue(closing || answers.get(1) != null,
                    "a 414 without Connection: close on a connection that is then closed: " + tooLong.headers());
            // And a keep-alive client is not hurt by a 404 of ours: the connection stays open.
            List<RawHttp.Answer> ours = RawHttp.keepAlive(server.port(), "/api/documents/no-such-document", "/api/health");
            assertEquals(404, ours.get(0).status());
            assertEquals(200, ours.get(1).status());
        });
    }

    @Test
    void crossOriginCachingCompressionAndRateLimits() {
        Javalin limited = ApiServer.create(new Library(index.search(), index.graph(), Vocabulary.standard()),
                new vn.vanban.api.http.ServerOptions(List.of("https://front.example"), 3));
        JavalinTest.test(limited, (server, client) -> {
            Response r = client.get("/api/health", req -> req.header("Origin", "https://front.example"));
            assertEquals(List.of("https://front.example"), r.headers().get("Access-Control-Allow-Origin"));
            assertEquals(List.of("public, max-age=10"), r.headers().get("Cache-Control"));
            assertFalse(r.headers().get("ETag").isEmpty());
            String etag = r.headers().get("ETag").get(0);
            assertEquals(304, client.get("/api/health", req -> req.header("If-None-Match", etag)).code());
            client.get("/api/health"); // the third of three allowed this minute
            Response tooMany = client.get("/api/health");
            assertEquals(429, tooMany.code());
            assertTrue(tooMany.headers().get("Content-Type").get(0).startsWith("application/problem+json"));
            assertEquals(429, JSON.readTree(tooMany.body().string()).get("status").asInt());
        });
        JavalinTest.test(app(), (server, client) -> {
            Response any = client.get("/api/health", req -> req.header("Origin", "https://elsewhere.example"));
            assertEquals(List.of("*"), any.headers().get("Access-Control-Allow-Origin"), "any origin by default");
            Response gz = client.get("/api/search?q=dich&size=10", req -> req.header("Accept-Encoding", "gzip"));
            assertEquals(200, gz.code());
            Response post = client.post("/api/health", "{}");
            assertTrue(post.code() == 404 || post.code() == 405, "health takes no POST");
            assertTrue(post.headers().get("Content-Type").get(0).startsWith("application/problem+json"));
        });
    }

    @Test
    void openApiDocumentIsValidAndCoversEveryEndpoint() {
        JavalinTest.test(app(), (server, client) -> {
            String json = client.get("/openapi.json").body().string();
            var result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(json, null, null);
            assertEquals(List.of(), result.getMessages(), "the generated document is valid OpenAPI");
            JsonNode doc = JSON.readTree(json);
            assertEquals("3.1.0", doc.get("openapi").asText());
            for (String path : List.of("/api/search", "/api/resolve", "/api/documents/{id}", "/api/documents/{id}/coverage",
                    "/api/rankings", "/api/graph", "/api/graph/matrix.csv", "/api/suggest")) {
                assertTrue(doc.get("paths").has(path), path);
            }
            // The write endpoints: their methods beside GET on the same path, the body, the bearer token.
            JsonNode add = doc.get("paths").get("/api/documents").get("post");
            assertTrue(add.get("requestBody").get("content").has("text/plain"), add.toString());
            assertEquals(List.of("201", "200", "default"), fieldNames(add.get("responses")));
            assertTrue(add.get("security").get(0).has("writeToken"), add.toString());
            JsonNode document = doc.get("paths").get("/api/documents/{id}");
            assertEquals(List.of("get", "delete"), fieldNames(document));
            assertEquals(List.of("204", "default"), fieldNames(document.get("delete").get("responses")));
            assertFalse(document.get("get").has("security"), "reading is open");
            assertEquals("bearer", doc.get("components").get("securitySchemes").get("writeToken").get("scheme").asText());
            assertTrue(doc.get("components").get("schemas").get("Added").get("properties").has("location"));
            JsonNode hit = doc.get("components").get("schemas").get("Hit").get("properties");
            assertTrue(hit.has("highlights") && hit.has("numberSymbol"), hit.toString());
            assertEquals(200, client.get("/api.html").code(), "the browsable API page");
        });
    }

    @Test
    void webPageIsServedAtTheRoot() {
        JavalinTest.test(app(), (server, client) -> {
            Response r = client.get("/");
            assertEquals(200, r.code());
            assertTrue(r.body().string().contains("/api/search"));
        });
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode find(JsonNode items, String numberSymbol) {
        for (JsonNode i : items) {
            if (numberSymbol.equals(i.get("numberSymbol").asText())) {
                return i;
            }
        }
        throw new AssertionError(numberSymbol + " not among " + items);
    }

}
