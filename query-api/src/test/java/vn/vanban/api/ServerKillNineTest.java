package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.DocNode;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.GraphLoader;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.index.StoredReadings;

/**
 * Runs {@code vanban serve} with a write token in a process of its own, posts documents to it one
 * after another, and kills it ({@code kill -9}) a random moment after one of them is
 * acknowledged, mostly while the next is being written or indexed; 10 times, on the same index.
 * After each kill, read without a server: every document acknowledged (by any round so far) is in
 * the index's last commit, the graph a reader gets is the graph of that index, and the server
 * starts again on it.
 */
@Tag("long")
class ServerKillNineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEMPLATES = List.of("000_a01debc89b18572e.txt", "003_1daa43e088c804bd.txt",
            "004_c8c6c9745651a367.txt");
    private static final int ROUNDS = 10;
    private static final String TOKEN = "kill-nine-test-token-0123456789";
    private static final Pattern ADDRESS = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A document acknowledged: its id, and how long the answer took. */
    private record Ack(String id, long millis) {}

    @Test
    void everyAcknowledgedDocumentSurvivesAKillNineOfTheServer(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("tests.seed", 20261123L);
        Random random = new Random(seed);
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String f : List.of("001_794841c1d5532eea.txt", "002_afa367f4d10b4d1b.txt")) {
            Files.copy(SeedCorpus.documents().resolve(f), corpus.resolve(f));
        }
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard()).index(List.of(corpus), IndexProgress.SILENT);
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        List<String> templates = new ArrayList<>();
        for (String t : TEMPLATES) {
            templates.add(Files.readString(SeedCorpus.documents().resolve(t)));
        }

        Set<String> acknowledged = new TreeSet<>();
        List<Long> ackMillis = new ArrayList<>();
        List<Long> firstMillis = new ArrayList<>();
        AtomicInteger next = new AtomicInteger(20_000);
        int inFlightCommitted = 0;
        int inFlightLost = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Server server = start(layout, tokenFile);
            int killAfter = 1 + random.nextInt(4);
            long delay = random.nextInt(1000); // a POST takes some 100 ms to 2 s here: before, during or after the next one's commit
            List<Ack> acks = new CopyOnWriteArrayList<>();
            AtomicReference<String> inFlight = new AtomicReference<>();
            Random texts = new Random(random.nextLong());
            CompletableFuture<Void> poster = CompletableFuture.runAsync(() -> {
                try {
                    while (true) {
                        int number = next.getAndIncrement();
                        String text = templates.get(texts.nextInt(templates.size()))
                                .replaceFirst("Số: \\**\\d*\\**/", "Số: " + number + "/");
                        inFlight.set(String.valueOf(number));
                        long started = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + server.port() + "/api/documents?name=" + number))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/plain; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            throw new AssertionError("POST answered " + r.statusCode() + ": " + r.body());
                        }
                        acks.add(new Ack(JSON.readTree(r.body()).get("id").asText(),
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
                    }
                } catch (IOException | InterruptedException e) {
                    // the server is gone
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acks.size() < killAfter && !poster.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(delay);
            server.process().destroyForcibly(); // SIGKILL
            server.process().waitFor();
            poster.handle((v, e) -> null).get(30, TimeUnit.SECONDS);
            if (poster.isCompletedExceptionally()) {
                poster.join(); // throws what went wrong
            }
            String where = "round " + round + " (seed " + seed + ", killed " + delay + " ms after answer " + killAfter + ")";
            assertTrue(acks.size() >= killAfter, where + ": only " + acks.size() + " answers; server said:\n" + server.log());
            for (Ack a : acks) {
                acknowledged.add(a.id());
                (a == acks.get(0) ? firstMillis : ackMillis).add(a.millis());
            }

            Set<String> indexed = indexedIds(layout);
            for (String id : acknowledged) {
                assertTrue(indexed.contains(id), where + ": " + id + " was acknowledged and is not in the index");
            }
            String cut = inFlight.get();
            boolean cutIndexed = indexed.stream().anyMatch(id -> id.startsWith(cut + "-"));
            if (acks.stream().noneMatch(a -> a.id().startsWith(cut + "-"))) {
                if (cutIndexed) {
                    inFlightCommitted++;
                } else {
                    inFlightLost++;
                }
            }
            assertGraphMatchesIndex(layout, where);
        }

        // A last start: the server comes up on what the kills left, and serves every document acknowledged.
        Server last = start(layout, tokenFile);
        try {
            for (String id : acknowledged) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + last.port() + "/api/documents/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), id + ": " + r.body());
            }
        } finally {
            last.process().destroyForcibly();
            last.process().waitFor();
        }
        Collections.sort(ackMillis);
        Collections.sort(firstMillis);
        long leftover;
        try (Stream<Path> s = Files.list(layout.added())) {
            leftover = s.filter(p -> p.getFileName().toString().startsWith(".")).count();
        }
        System.out.printf("ServerKillNineTest: %d kills, %d documents acknowledged, all in the index after each kill;"
                        + " the document being written when killed: %d committed (unanswered), %d not;"
                        + " %d temporary files left; POST answered in p50 %d ms, p90 %d ms, max %d ms"
                        + " (the first after a start: p50 %d ms, max %d ms) (seed %d)%n",
                ROUNDS, acknowledged.size(), inFlightCommitted, inFlightLost, leftover,
                percentile(ackMillis, 50), percentile(ackMillis, 90), percentile(ackMillis, 100),
                percentile(firstMillis, 50), percentile(firstMillis, 100), seed);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** A server in a process of its own, with its port and the last lines it wrote. */
    private record Server(Process process, int port, Deque<String> lines) {
        String log() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    private static Server start(IndexLayout layout, Path tokenFile) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--index", layout.root().toString(), "--port", "0", "--reload", "0", "--write-token-file", tokenFile.toString())
                .redirectErrorStream(true)
                .start();
        Deque<String> lines = new ArrayDeque<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                    synchronized (lines) {
                        lines.addLast(line);
                        if (lines.size() > 50) {
                            lines.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            port.completeExceptionally(new AssertionError("the server stopped before listening"));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Server(p, port.get(120, TimeUnit.SECONDS), lines);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("the server did not start: " + String.join("\n", lines), e);
        }
    }

    private static Set<String> indexedIds(IndexLayout layout) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            return new TreeSet<>(StoredReadings.readings(r).keySet());
        }
    }

    /** What a reader of the index gets (the stored graph if it is this commit's, else rebuilt) is the index's graph. */
    private static void assertGraphMatchesIndex(IndexLayout layout, String where) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            var loaded = GraphLoader.load(r, layout, Vocabulary.standard());
            assertEquals(shape(GraphLoader.build(r, Vocabulary.standard())), shape(loaded), where + ": graph and index disagree");
        }
    }

    /** A graph as comparable lines (as the indexer's tests compare them). */
    private static Set<String> shape(vn.vanban.search.graph.CitationLinks g) {
        Set<String> out = new TreeSet<>();
        g.allNodes().forEach(n -> out.add(n.id() + (n.inCorpus() ? " indexed" : " cited")));
        g.allLinks().forEach(l -> out.add(l.source() + " -" + l.relation().json() + "/" + l.edge().status() + "-> "
                + l.target() + " by " + l.edge().citing()));
        return out;
    }
}
