package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphStore;

/** An index run updates the graph of the previous commit; the result is the graph a full build makes. */
class IncrementalGraphTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");

    private static CitationGraph stored(IndexLayout layout) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            long generation = r.getIndexCommit().getGeneration();
            return new GraphStore(layout.graph()).read(generation).orElseThrow(() -> new AssertionError(
                    "graph of commit " + generation + " not stored: " + readQuietly(layout.graph())));
        }
    }

    private static String readQuietly(Path p) {
        try {
            String s = Files.readString(p);
            return s.substring(0, Math.min(80, s.length()));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static CitationGraph rebuilt(IndexLayout layout) throws Exception {
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            return GraphLoader.build(r, Vocabulary.standard());
        }
    }


    private static CorpusIndexer indexer(IndexLayout layout) {
        return new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard());
    }

    @Test
    void addingChangingAndCitedDocumentsBecomingRealGiveTheFullGraph(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        for (String f : List.of("000_a01debc89b18572e.txt", "004_c8c6c9745651a367.txt")) {
            Files.copy(SEEDS.resolve(f), corpus.resolve(f));
        }
        indexer(layout).index(List.of(corpus), IndexProgress.SILENT);
        assertEquals(GraphShape.of(rebuilt(layout)), GraphShape.of(stored(layout)));

        // More documents, and the order 1102/CĐ-TTg that 2763/UBND-KGVX implements arrives.
        for (String f : List.of("001_794841c1d5532eea.txt", "002_afa367f4d10b4d1b.txt", "003_1daa43e088c804bd.txt")) {
            Files.copy(SEEDS.resolve(f), corpus.resolve(f));
        }
        Files.writeString(corpus.resolve("1102.txt"), "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 1102/CĐ-TTg\n\n"
                + "Hà Nội, ngày 23 tháng 8 năm 2021\n\nCÔNG ĐIỆN\nVề việc tăng cường phòng, chống dịch COVID-19\n");
        indexer(layout).index(List.of(corpus), IndexProgress.SILENT);
        CitationGraph updated = stored(layout);
        assertEquals(GraphShape.of(rebuilt(layout)), GraphShape.of(updated));
        assertTrue(updated.node("1102-cd-ttg-2021").orElseThrow().inCorpus());
        assertTrue(GraphShape.of(updated).contains(
                "2763-ubnd-kgvx-2021-dien-bien -implements/resolved-> 1102-cd-ttg-2021 by 2763-ubnd-kgvx-2021-dien-bien"));

        // A document changes: it no longer cites 68/NQ-CP, which nobody else cites.
        Path tv = corpus.resolve("004_c8c6c9745651a367.txt");
        Files.writeString(tv, Files.readString(tv).replace("Nghị quyết số 68/NQ-CP ngày 01 tháng 7 năm 2021 của Chính phủ và ", ""));
        Files.setLastModifiedTime(tv, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        indexer(layout).index(List.of(corpus), IndexProgress.SILENT);
        CitationGraph changed = stored(layout);
        assertEquals(GraphShape.of(rebuilt(layout)), GraphShape.of(changed));
        assertFalse(changed.node("68-nq-cp-2021").isPresent(), "a cited-only document nobody cites any more goes");

        // A file goes: its document goes, and what only it cited.
        Files.delete(corpus.resolve("003_1daa43e088c804bd.txt"));
        indexer(layout).index(List.of(corpus), IndexProgress.SILENT);
        CitationGraph gone = stored(layout);
        assertEquals(GraphShape.of(rebuilt(layout)), GraphShape.of(gone));
        assertFalse(gone.node("2641-ubnd-kgvx-2021-dien-bien").isPresent());
        assertFalse(gone.node("5553-vpcp-kgvx-2021").isPresent());
    }

    /**
     * A stored graph damaged on disk: opening the index says so (the graph cannot be served, the
     * search can), and the next index run, which is the repair, says so and builds it anew.
     */
    @Test
    void aDamagedGraphIsSaidToBeAndTheNextRunRebuildsIt(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        Files.copy(SEEDS.resolve("000_a01debc89b18572e.txt"), corpus.resolve("a.txt"));
        indexer(layout).index(List.of(corpus), IndexProgress.SILENT);
        byte[] whole = Files.readAllBytes(layout.graph());
        Files.write(layout.graph(), java.util.Arrays.copyOf(whole, whole.length - 7));

        try (OpenIndex open = OpenIndex.open(layout, Vocabulary.standard())) {
            throw new AssertionError("a damaged graph was served: " + open.graph().nodeCount() + " nodes");
        } catch (java.io.IOException | RuntimeException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("the stored citation graph is damaged"), e.toString());
        }

        Files.copy(SEEDS.resolve("004_c8c6c9745651a367.txt"), corpus.resolve("b.txt"));
        List<String> said = new java.util.ArrayList<>();
        indexer(layout).index(List.of(corpus), new IndexProgress() {
            @Override
            public void problem(String message) {
                said.add(message);
            }
        });
        assertTrue(said.stream().anyMatch(m -> m.contains("damaged") && m.contains("building it anew")), said.toString());
        assertEquals(GraphShape.of(rebuilt(layout)), GraphShape.of(stored(layout)));
    }
}
