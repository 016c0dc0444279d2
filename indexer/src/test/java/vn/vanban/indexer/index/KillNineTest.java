package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;

/**
 * Kills the indexer ({@code kill -9}) 20 times, on a corpus that grows and loses files between
 * runs: at random moments, and in each phase of the commit window (while reading, just before the
 * Lucene commit, after it and before the graph is stored), where the run itself waits to be
 * killed, so that every phase is hit whatever the machine's speed. After each kill: the index opens; it holds exactly the files of
 * the last completed commit (the run before, or this one if the kill came after its commit); the
 * graph a reader of the index gets is the graph of that index; and the next run completes.
 */
@Tag("long")
class KillNineTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");
    /** Seeds whose number can be replaced to make new documents. */
    private static final List<String> TEMPLATES = List.of("000_a01debc89b18572e.txt", "003_1daa43e088c804bd.txt",
            "004_c8c6c9745651a367.txt");
    private static final int ROUNDS = 20;
    private static final int NEW_PER_ROUND = 60;
    private static final int GONE_PER_ROUND = 5;
    /** Where a round's kill lands: "" at a random moment, else in that phase of the run (IndexOnceMain). */
    private static final List<String> PHASES = List.of("", "reading", "committing", "storingGraph");

    @Test
    void killedAtRandomTheIndexStaysTheLastCommitAndTheNextRunCompletes(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("tests.seed", 20261123L);
        Random random = new Random(seed);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        List<String> templates = new ArrayList<>();
        for (String t : TEMPLATES) {
            templates.add(Files.readString(SEEDS.resolve(t)));
        }
        int next = 10_000;
        for (int i = 0; i < NEW_PER_ROUND; i++) {
            write(corpus, templates, next++, random);
        }
        // The first run is not killed: its length sets the range of the kill times.
        long started = System.nanoTime();
        Process first = child(corpus, layout, "");
        assertEquals(0, first.waitFor(), "an uncut run exits 0");
        long runMillis = Math.max(200, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        Set<String> committed = files(corpus);
        assertEquals(committed, indexedSources(layout));

        java.util.Map<String, Integer> killedIn = new java.util.TreeMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<Path> present = new ArrayList<>(Files.list(corpus).sorted().toList());
            for (int i = 0; i < GONE_PER_ROUND; i++) {
                Files.delete(present.remove(random.nextInt(present.size())));
            }
            for (int i = 0; i < NEW_PER_ROUND; i++) {
                write(corpus, templates, next++, random);
            }
            Set<String> now = files(corpus);

            // Rounds take turns: killed at a random moment, or paused by the run itself in a phase
            // of the commit window and killed there (no clock: the run says where it is).
            String phase = PHASES.get(round % PHASES.size());
            String where;
            Process p = child(corpus, layout, phase);
            if (phase.isEmpty()) {
                long killAt = (long) (random.nextDouble() * runMillis * 1.2);
                p.waitFor(killAt, TimeUnit.MILLISECONDS);
                where = "round " + round + " (seed " + seed + ", killed at " + killAt + " ms)";
            } else {
                String said;
                try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
                    said = out.readLine();
                    p.destroyForcibly(); // SIGKILL, while the run waits in its phase
                }
                assertEquals("paused " + phase, said, "round " + round + ": the run reaches " + phase);
                where = "round " + round + " (seed " + seed + ", killed in " + phase + ")";
            }
            p.destroyForcibly(); // SIGKILL
            p.waitFor();

            Set<String> indexed = indexedSources(layout);
            assertTrue(indexed.equals(committed) || indexed.equals(now),
                    where + ": the index holds neither the last commit nor this run's files");
            switch (phase) {
                // Before the commit the last commit is the index; once Lucene has committed, this
                // run's files are, and the graph stored beside (the last commit's) must not be served for it.
                case "reading", "committing" -> assertEquals(committed, indexed, where + ": the last commit stays the index");
                case "storingGraph" -> assertEquals(now, indexed, where + ": the commit was made");
                default -> { }
            }
            killedIn.merge(phase.isEmpty() ? (indexed.equals(committed) ? "random, before the commit" : "random, after it")
                    : phase, 1, Integer::sum);
            assertGraphMatchesIndex(layout, where);

            IndexRun completed = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                    .index(List.of(corpus), IndexProgress.SILENT);
            assertTrue(completed.failures().isEmpty(), where + ": " + completed.failures());
            assertEquals(now, indexedSources(layout), where + ": the next run completes the index");
            assertGraphMatchesIndex(layout, where + ", after the next run");
            committed = now;
        }
        System.out.printf("KillNineTest: %d kills: %s (seed %d, run ~%d ms)%n", ROUNDS, killedIn, seed, runMillis);
        for (String phase : PHASES.subList(1, PHASES.size())) {
            assertEquals(ROUNDS / PHASES.size(), killedIn.getOrDefault(phase, 0), "kills in " + phase + ": " + killedIn);
        }
    }

    private static void write(Path corpus, List<String> templates, int number, Random random) throws Exception {
        String text = templates.get(random.nextInt(templates.size()))
                .replaceFirst("Số: \\**\\d*\\**/", "Số: " + number + "/");
        Files.writeString(corpus.resolve(number + ".txt"), text);
    }

    private static Process child(Path corpus, IndexLayout layout, String pauseAt) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder b = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IndexOnceMain.class.getName(), corpus.toString(), layout.root().toString(), pauseAt)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        return (pauseAt.isEmpty() ? b.redirectOutput(ProcessBuilder.Redirect.DISCARD) : b).start();
    }

    private static Set<String> files(Path corpus) throws Exception {
        Set<String> out = new TreeSet<>();
        try (var s = Files.list(corpus)) {
            s.forEach(f -> out.add(f.toAbsolutePath().normalize().toString()));
        }
        return out;
    }

    private static Set<String> indexedSources(IndexLayout layout) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            return new TreeSet<>(StoredReadings.sourceStamps(r).keySet());
        }
    }

    /** What a reader of the index gets (the stored graph if it is this commit's, else rebuilt) is the index's graph. */
    private static void assertGraphMatchesIndex(IndexLayout layout, String where) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            var loaded = GraphLoader.load(r, layout, Vocabulary.standard());
            assertEquals(GraphShape.of(GraphLoader.build(r, Vocabulary.standard())), GraphShape.of(loaded), where + ": graph and index disagree");
        }
    }

}
