package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.DocumentStore;
import vn.vanban.api.http.IndexReloader;
import vn.vanban.api.http.Library;
import vn.vanban.api.http.ServerOptions;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.OpenIndex;
import vn.vanban.indexer.index.StoredReadings;

/**
 * POST /api/documents and DELETE /api/documents/{id} on a real port: the token, what is added is
 * committed, searchable and fetchable, what is removed is gone, and what is refused is refused
 * with the right status and leaves nothing behind. Three seeds are indexed from the bundled
 * corpus; the other two are sent as new documents.
 */
class WriteEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final List<String> INDEXED = List.of("000_a01debc89b18572e.txt", "001_794841c1d5532eea.txt",
            "002_afa367f4d10b4d1b.txt");
    /** Trà Vinh's 3461/UBND-THNV, implementing the Government's 86/NQ-CP: not in the index at first. */
    private static final String TRA_VINH = "004_c8c6c9745651a367.txt";
    private static final String TRA_VINH_ID = "3461-ubnd-thnv-2021-tra-vinh";
    /** Điện Biên's 2641/UBND-KGVX: not in the index at first either. */
    private static final String DIEN_BIEN = "003_1daa43e088c804bd.txt";

    @TempDir
    Path dir;

    private Path corpus;
    private IndexLayout layout;
    private IndexReloader reloader;
    private Library library;
    private DocumentStore store;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void indexThreeSeeds() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String f : INDEXED) {
            Files.copy(SeedCorpus.documents().resolve(f), corpus.resolve(f));
        }
        layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard()).index(List.of(corpus), IndexProgress.SILENT);
        OpenIndex open = OpenIndex.open(layout, Vocabulary.standard());
        library = new Library(open.search(), open.graph(), Vocabulary.standard());
        reloader = new IndexReloader(layout, Vocabulary.standard(), open, library);
        store = new DocumentStore(layout, new DocumentReader(), Vocabulary.standard(), reloader, library);
    }

    @AfterEach
    void close() throws Exception {
        reloader.close();
    }

    private Javalin writable() {
        return ApiServer.create(library, new ServerOptions(List.of("*"), 0, TOKEN), store);
    }

    private static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(SeedCorpus.documents().resolve(name));
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(Javalin app, String method, String path, byte[] body, Consumer<HttpRequest.Builder> more)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        more.accept(b);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Javalin app, String query, byte[] body) throws Exception {
        return send(app, "POST", "/api/documents" + query, body, b -> b.header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain; charset=utf-8"));
    }

    private HttpResponse<String> delete(Javalin app, String id) throws Exception {
        return send(app, "DELETE", "/api/documents/" + id, null, b -> b.header("Authorization", "Bearer " + TOKEN));
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return send(app, "GET", path, null, b -> {});
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        assertFalse(r.body().contains("Exception") || r.body().contains("at vn."), "no stack trace: " + r.body());
        return p;
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The ids in the index's last commit on disk, read without the server. */
    private Set<String> committedIds() throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            return new TreeSet<>(StoredReadings.readings(r).keySet());
        }
    }

    private Set<String> addedFiles() throws Exception {
        if (!Files.isDirectory(layout.added())) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(layout.added())) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Every file under the temporary folder but the index's own (Lucene's files, the graph) and the added ones. */
    private Set<String> otherFiles() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return new TreeSet<>(s.filter(p -> !p.startsWith(layout.lucene()) && !p.startsWith(layout.added())
                            && !p.getFileName().toString().startsWith("graph."))
                    .map(p -> dir.relativize(p).toString()).toList());
        }
    }

    @Test
    void writesNeedTheTokenAndAreOffWithoutOne() {
        JavalinTest.test(writable(), (server, client) -> {
            byte[] text = seed(TRA_VINH);
            HttpResponse<String> none = send(server, "POST", "/api/documents", text, b -> {});
            assertTrue(problem(none, 401).get("detail").asText().contains("Authorization: Bearer"), none.body());
            assertEquals("Bearer realm=\"vanban\"", none.headers().firstValue("WWW-Authenticate").orElse(null));
            HttpResponse<String> wrong = send(server, "POST", "/api/documents", text,
                    b -> b.header("Authorization", "Bearer " + TOKEN + "x"));
            assertTrue(problem(wrong, 401).get("detail").asText().contains("not this server's"), wrong.body());
            problem(send(server, "POST", "/api/documents", text, b -> b.header("Authorization", "Basic " + TOKEN)), 401);
            problem(send(server, "DELETE", "/api/documents/2763-ubnd-kgvx-2021-dien-bien", null, b -> {}), 401);
            problem(send(server, "DELETE", "/api/documents/2763-ubnd-kgvx-2021-dien-bien", null,
                    b -> b.header("Authorization", "Bearer " + TOKEN.substring(1))), 401);
            // Refused before the body is read: the answer comes without it having been sent.
            assertEquals(401, RawHttp.statusWithoutBody(server.port(), "POST", "/api/documents", null, 5_000_000));
            assertEquals(3, committedIds().size(), "nothing written");
            assertEquals(Set.of(), addedFiles());
            assertEquals(200, get(server, "/api/search?q=dich").statusCode(), "reading needs no token");
        });
        JavalinTest.test(ApiServer.create(library), (server, client) -> {
            HttpResponse<String> r = post(server, "", seed(TRA_VINH));
            assertTrue(problem(r, 401).get("detail").asText().contains("writing is disabled on this server"), r.body());
            problem(delete(server, "2763-ubnd-kgvx-2021-dien-bien"), 401);
            assertEquals(3, committedIds().size(), "nothing written");
        });
    }

    @Test
    void anAddedDocumentIsCommittedSearchableAndFetchableThenRemoved() {
        JavalinTest.test(writable(), (server, client) -> {
            assertEquals(404, get(server, "/api/documents/86-nq-cp-2021/implementers").statusCode(), "not cited yet");

            HttpResponse<String> created = post(server, "?name=" + q("Trà Vinh 3461.docx"), seed(TRA_VINH));
            JsonNode a = ok(created, 201);
            assertEquals(TRA_VINH_ID, a.get("id").asText());
            assertEquals("3461/UBND-THNV", a.get("numberSymbol").asText());
            assertEquals("Trà Vinh 3461.docx", a.get("name").asText(), "the label, as given");
            assertEquals("/api/documents/" + TRA_VINH_ID, a.get("location").asText());
            assertEquals("/api/documents/" + TRA_VINH_ID, created.headers().firstValue("Location").orElse(null));
            assertTrue(committedIds().contains(TRA_VINH_ID), "committed before the answer");
            assertEquals(Set.of(a.get("file").asText()), addedFiles());
            assertTrue(a.get("file").asText().matches("[0-9a-f]{32}\\.txt"), a.get("file").asText());

            assertEquals(4, ok(get(server, "/api/health"), 200).get("documents").asInt());
            JsonNode doc = ok(get(server, "/api/documents/" + TRA_VINH_ID), 200);
            assertTrue(doc.get("text").asText().contains("3461"), "the text");
            JsonNode hits = ok(get(server, "/api/search?q=" + q("tra vinh")), 200).get("hits");
            assertEquals(TRA_VINH_ID, hits.get(0).get("id").asText(), "searchable, without diacritics");
            JsonNode implementers = ok(get(server, "/api/documents/86-nq-cp-2021/implementers"), 200);
            assertEquals(TRA_VINH_ID, implementers.get("implementers").get(0).get("id").asText(), "in the graph");

            // The same text again: nothing new, the same document (a client may retry safely).
            JsonNode again = ok(post(server, "", seed(TRA_VINH)), 200);
            assertEquals(TRA_VINH_ID, again.get("id").asText());
            assertEquals(1, addedFiles().size());
            // Another text with the same id (a corrected version) is refused until the first is removed.
            byte[] corrected = (new String(seed(TRA_VINH), StandardCharsets.UTF_8) + "\nBản sửa.\n").getBytes(StandardCharsets.UTF_8);
            assertTrue(problem(post(server, "", corrected), 409).get("detail").asText().contains("DELETE /api/documents/"));

            ok(post(server, "", seed(DIEN_BIEN)), 201);
            assertEquals(2, addedFiles().size());

            HttpResponse<String> removed = delete(server, TRA_VINH_ID);
            assertEquals(204, removed.statusCode(), removed.body());
            assertEquals("", removed.body());
            assertFalse(committedIds().contains(TRA_VINH_ID), "the removal is committed before the answer");
            assertEquals(404, get(server, "/api/documents/" + TRA_VINH_ID).statusCode());
            assertEquals(404, get(server, "/api/documents/86-nq-cp-2021/implementers").statusCode(), "out of the graph");
            assertEquals(4, ok(get(server, "/api/health"), 200).get("documents").asInt(), "the other added one stays");
            assertEquals(1, addedFiles().size());
            problem(delete(server, TRA_VINH_ID), 404);

            // Once removed, the corrected version can be added.
            assertEquals(TRA_VINH_ID, ok(post(server, "", corrected), 201).get("id").asText());
        });
    }

    @Test
    void documentsIndexedFromFilesCannotBeRemovedOrReplacedThroughTheApi() {
        JavalinTest.test(writable(), (server, client) -> {
            JsonNode p = problem(delete(server, "2763-ubnd-kgvx-2021-dien-bien"), 409);
            assertTrue(p.get("detail").asText().contains("remove the file and run vanban index"), p.toString());
            assertFalse(p.get("detail").asText().contains(dir.toString()), "no server path in the answer");
            JsonNode q = problem(post(server, "", seed(INDEXED.get(0))), 409);
            assertTrue(q.get("detail").asText().contains("already indexed from a file"), q.toString());
            problem(delete(server, "no-such-document"), 404);
            problem(delete(server, "1102-cd-ttg-2021"), 404); // known only from citations: nothing to remove
            assertEquals(3, committedIds().size());
            assertTrue(Files.exists(corpus.resolve(INDEXED.get(0))), "the corpus is never touched");
            assertEquals(Set.of(), addedFiles());
        });
    }

    @Test
    void anOversizedBodyIs413() {
        JavalinTest.test(writable(), (server, client) -> {
            byte[] big = new byte[20 * 1024 * 1024 + 1];
            java.util.Arrays.fill(big, (byte) 'a');
            // Sent as a careful client sends a large body (Expect: 100-continue): the answer comes
            // before the body. Without it the server's early 413 races the client's writing, and the
            // client may see the connection closed before it reads the answer.
            JsonNode declared = problem(send(server, "POST", "/api/documents", big, b -> b.expectContinue(true)
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")), 413);
            assertTrue(declared.get("detail").asText().contains("20971520"), declared.toString());
            // A declared length over the limit is refused before anything is read.
            assertEquals(413, RawHttp.statusWithoutBody(server.port(), "POST", "/api/documents",
                    "Authorization: Bearer " + TOKEN, 1L << 40));
            // Sent in chunks, without a declared length: cut off at the limit all the same.
            HttpResponse<String> chunked = send(server, "POST", "/api/documents", null, b -> b
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
            problem(chunked, 413);
            assertEquals(Set.of(), addedFiles());
            assertEquals(3, committedIds().size());
        });
    }

    @Test
    void unreadableTextIs422AndAFormIs415() {
        JavalinTest.test(writable(), (server, client) -> {
            byte[] binary = new byte[4096];
            new Random(8).nextBytes(binary);
            binary[100] = 0;
            JsonNode p = problem(post(server, "", binary), 422);
            assertTrue(p.get("detail").asText().contains("binary file"), p.toString());
            JsonNode empty = problem(post(server, "", new byte[0]), 422);
            assertTrue(empty.get("detail").asText().contains("empty"), empty.toString());
            HttpResponse<String> form = send(server, "POST", "/api/documents", seed(TRA_VINH), b -> b
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-www-form-urlencoded"));
            assertTrue(problem(form, 415).get("detail").asText().contains("--data-binary"), form.body());
            problem(post(server, "?name=" + q("two\nlines"), seed(TRA_VINH)), 400);
            assertEquals(Set.of(), addedFiles(), "nothing stored");
            assertEquals(3, committedIds().size());
        });
    }

    @Test
    void namesAndIdsFromTheRequestNeverBecomePaths() {
        JavalinTest.test(writable(), (server, client) -> {
            Set<String> before = otherFiles();
            for (String name : List.of("../../etc/passwd", "%2e%2e%2f%2e%2e%2fescape.txt", "/tmp/absolute.txt",
                    "..\\..\\windows.txt", "added/../../x.txt")) {
                HttpResponse<String> r = post(server, "?name=" + q(name), seed(TRA_VINH));
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
                assertEquals(name, JSON.readTree(r.body()).get("name").asText());
            }
            // Sent raw, percent-encoded once and twice: the parameter is a label, decoded or not.
            assertEquals(200, RawHttp.status(server.port(), "POST", "/api/documents?name=..%2F..%2Fetc%2Fpasswd",
                    "Authorization: Bearer " + TOKEN, seed(TRA_VINH)));
            assertEquals(200, RawHttp.status(server.port(), "POST", "/api/documents?name=%252e%252e%252f",
                    "Authorization: Bearer " + TOKEN, seed(TRA_VINH)));
            for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "..%5C..%5Cx", "%2e%2e", "added%2F..%2F..%2Fcorpus")) {
                int status = RawHttp.status(server.port(), "DELETE", "/api/documents/" + id, "Authorization: Bearer " + TOKEN, null);
                assertTrue(status == 400 || status == 404, id + " → " + status);
            }
            for (String target : List.of("/api/documents/../../../etc/passwd", "/api/documents/..", "/api/documents/.")) {
                int status = RawHttp.status(server.port(), "DELETE", target, "Authorization: Bearer " + TOKEN, null);
                assertTrue(status == 400 || status == 404 || status == 405, target + " → " + status);
            }
            assertEquals(before, otherFiles(), "nothing written outside the index's added folder");
            Set<String> added = addedFiles();
            assertEquals(1, added.size(), added.toString());
            assertTrue(added.iterator().next().matches("[0-9a-f]{32}\\.txt"), added.toString());
            assertTrue(Files.exists(corpus.resolve(INDEXED.get(0))));
            assertEquals(4, committedIds().size());
        });
    }

    @Test
    void anIndexLockedByAnotherProcessIs503AndNothingIsLeft() {
        JavalinTest.test(writable(), (server, client) -> {
            try (FSDirectory d = FSDirectory.open(layout.lucene());
                    IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) { // as vanban index would hold it
                HttpResponse<String> r = post(server, "", seed(TRA_VINH));
                JsonNode p = problem(r, 503);
                assertTrue(p.get("detail").asText().contains("another process"), p.toString());
                assertEquals("10", r.headers().firstValue("Retry-After").orElse(null));
                assertEquals(Set.of(), addedFiles(), "a write not acknowledged leaves no file");
                held.rollback();
            }
            ok(post(server, "", seed(TRA_VINH)), 201);
            try (FSDirectory d = FSDirectory.open(layout.lucene());
                    IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) {
                problem(delete(server, TRA_VINH_ID), 503);
                assertEquals(1, addedFiles().size(), "a removal not acknowledged leaves the file");
                held.rollback();
            }
            assertEquals(204, delete(server, TRA_VINH_ID).statusCode());
            assertEquals(Set.of(), addedFiles());
        });
    }

    @Test
    void concurrentWritesAreMadeOneAtATimeAndAllCommitted() {
        JavalinTest.test(writable(), (server, client) -> {
            String template = new String(seed(TRA_VINH), StandardCharsets.UTF_8);
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < 8; i++) {
                    byte[] text = template.replaceFirst("Số: \\**\\d*\\**/", "Số: " + (9000 + i) + "/")
                            .getBytes(StandardCharsets.UTF_8);
                    answers.add(pool.submit(() -> post(server, "", text)));
                }
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> get(server, "/api/search?q=" + q("tra vinh"))));
                }
            }
            Set<String> ids = new TreeSet<>();
            for (var a : answers) {
                HttpResponse<String> r = a.get();
                if (r.request().method().equals("POST")) {
                    ids.add(ok(r, 201).get("id").asText());
                } else {
                    assertEquals(200, r.statusCode(), "reads go on while writing: " + r.body());
                }
            }
            assertEquals(8, ids.size(), ids.toString());
            assertTrue(committedIds().containsAll(ids));
            assertEquals(11, ok(get(server, "/api/health"), 200).get("documents").asInt());
            assertEquals(8, addedFiles().size());
        });
    }

    @Test
    void laterIndexRunsKeepTheAddedDocumentsAndARebuildReadsThemAgain() throws Exception {
        JavalinTest.test(writable(), (server, client) -> {
            ok(post(server, "", seed(TRA_VINH)), 201);
        });
        // vanban index over the corpus: the added document is not under it, and stays.
        Path index = layout.root();
        assertEquals(0, cli("index", "--corpus", corpus.toString(), "--index", index.toString()));
        assertTrue(committedIds().contains(TRA_VINH_ID));
        // A file gone from the corpus goes; the added document stays.
        Files.delete(corpus.resolve(INDEXED.get(2)));
        assertEquals(0, cli("index", "--corpus", corpus.toString(), "--index", index.toString()));
        assertEquals(3, committedIds().size());
        assertTrue(committedIds().contains(TRA_VINH_ID));
        // An index rebuilt from nothing reads the added documents too.
        reloader.close();
        deleteTree(layout.lucene());
        Files.delete(layout.graph());
        assertEquals(0, cli("index", "--corpus", corpus.toString(), "--index", index.toString()));
        assertEquals(3, committedIds().size());
        assertTrue(committedIds().contains(TRA_VINH_ID));
        OpenIndex reopened = OpenIndex.open(layout, Vocabulary.standard());
        reloader = new IndexReloader(layout, Vocabulary.standard(), reopened, library);
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertNotEquals(2, code, err.toString());
        return code;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
