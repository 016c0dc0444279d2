package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.schema.Fields;

/**
 * A run over some of the paths an index was built from (one folder of two; the API's added
 * documents) keeps the documents of the others, and, when the reader has changed since they were
 * read, leaves them to be read again by the next run over them.
 */
class PartialRunTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");

    private static CorpusIndexer indexer(IndexLayout layout) {
        return new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard());
    }

    /** Two seeds in folder a, one in folder b. */
    private static void twoFolders(Path a, Path b) throws java.io.IOException {
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.copy(SEEDS.resolve("000_a01debc89b18572e.txt"), a.resolve("1.txt"));
        Files.copy(SEEDS.resolve("003_1daa43e088c804bd.txt"), a.resolve("2.txt"));
        Files.copy(SEEDS.resolve("004_c8c6c9745651a367.txt"), b.resolve("3.txt"));
    }

    @Test
    void aRunOverOneFolderKeepsTheOtherAndItsReaderMark(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        twoFolders(a, b);
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        assertEquals(3, indexer(layout).index(List.of(a, b), IndexProgress.SILENT).documents());

        IndexRun onlyB = indexer(layout).index(List.of(b), IndexProgress.SILENT);
        assertEquals(0, onlyB.filesRead(), "unchanged");
        assertEquals(3, onlyB.documents(), "the documents of the other folder stay");

        // The index was read by an earlier reader (as after an upgrade of vanban).
        try (FSDirectory d = FSDirectory.open(layout.lucene());
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("vanban.reader", "an earlier reader", "vanban.schema", Fields.SCHEMA).entrySet());
            w.commit();
        }
        IndexRun bAgain = indexer(layout).index(List.of(b), IndexProgress.SILENT);
        assertEquals(1, bAgain.filesRead(), "this reader reads the folder it was given again");
        assertEquals(3, bAgain.documents());
        IndexRun both = indexer(layout).index(List.of(a, b), IndexProgress.SILENT);
        assertEquals(3, both.filesRead(), "the other folder was read by the earlier reader: it is read again too");
        assertEquals(0, indexer(layout).index(List.of(a, b), IndexProgress.SILENT).filesRead(), "then all is this reader's");

        Files.delete(b.resolve("3.txt"));
        IndexRun gone = indexer(layout).index(List.of(b), IndexProgress.SILENT);
        assertEquals(1, gone.removed());
        assertEquals(2, gone.documents(), "only the file gone from the folder run over goes");
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuiltFromEveryFileItHeld(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        twoFolders(a, b);
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        indexer(layout).index(List.of(a, b), IndexProgress.SILENT);
        // As if built by an earlier vanban whose fields were mapped otherwise.
        try (FSDirectory d = FSDirectory.open(layout.lucene());
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("vanban.schema", "1").entrySet());
            w.commit();
        }
        IndexRun onlyB = indexer(layout).index(List.of(b), IndexProgress.SILENT);
        assertEquals(3, onlyB.filesRead(), "the files of folder a are read again too");
        assertEquals(3, onlyB.documents(), "nothing indexed before is lost");
        assertEquals(0, indexer(layout).index(List.of(a, b), IndexProgress.SILENT).filesRead(), "then the index is current");
    }
}
