package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.search.LuceneSearchBackend;

/**
 * An opened index searches the commit whose graph it loads, whatever lands meanwhile: opened at
 * least 300 times, and until 30 commits have landed, while another writer commits as fast as it can, the search's commit is the graph's every
 * time. (Opened with two readers, a commit falling between the two opens made them differ.)
 */
class OpenIndexTest {

    @Test
    void searchAndGraphAreOfOneCommitWhileCommitsLand(@TempDir Path dir) throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("i"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of("..", "corpus", "documents")), IndexProgress.SILENT);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger commits = new AtomicInteger();
        Thread committer = Thread.ofPlatform().start(() -> {
            try (FSDirectory d = FSDirectory.open(layout.lucene());
                    IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
                while (!stop.get()) {
                    Document doc = new Document();
                    doc.add(new StringField("noise", Integer.toString(commits.get()), Field.Store.NO));
                    w.addDocument(doc);
                    w.commit();
                    commits.incrementAndGet();
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        int opened = 0;
        int landedBefore;
        try {
            while (commits.get() < 5) {
                Thread.onSpinWait(); // commits under way before the first open
            }
            landedBefore = commits.get();
            // As many opens as it takes for 30 commits to land among them: a slow disk commits
            // fewer times per open, and a fixed number of opens would then prove little.
            for (; opened < 300 || commits.get() - landedBefore < 30; opened++) {
                try (OpenIndex open = OpenIndex.openForSearch(layout, Vocabulary.standard())) {
                    long searched = ((LuceneSearchBackend) open.search()).generation();
                    assertEquals(open.generation(), searched, "open " + opened + ": the graph's commit and the search's");
                }
            }
        } finally {
            stop.set(true);
            committer.join();
        }
        assertTrue(commits.get() - landedBefore >= 30, "commits landed while opening: " + (commits.get() - landedBefore));
    }
}
