package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;

/** Files added, changed and removed while the watcher runs reach the index without another command. */
class CorpusWatcherTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");
    /** How long to wait for the watcher to react before calling it broken (a liveness bound, not a speed test). */
    private static final long PATIENCE_SECONDS = 60;

    @Test
    void newChangedAndRemovedFilesAreIndexedWhileWatching(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(SEEDS.resolve("000_a01debc89b18572e.txt"), corpus.resolve("a.txt"));
        CorpusIndexer indexer = new CorpusIndexer(new IndexLayout(dir.resolve("index")), new DocumentReader(),
                Vocabulary.standard());
        assertEquals(1, indexer.index(List.of(corpus), IndexProgress.SILENT).documents());

        BlockingQueue<IndexRun> runs = new LinkedBlockingQueue<>();
        try (CorpusWatcher watcher = new CorpusWatcher(List.of(corpus), Duration.ofMillis(300))) {
            Thread t = Thread.ofPlatform().daemon().start(() -> {
                try {
                    watcher.watch(roots -> indexer.index(roots, IndexProgress.SILENT), new CorpusWatcher.Listener() {
                        @Override
                        public void indexed(IndexRun run) {
                            runs.add(run);
                        }

                        @Override
                        public void runFailed(Exception e) {
                            failure.set(e); // a run that failed is the test's failure, not a wait for one that never comes
                        }
                    });
                } catch (Throwable e) {
                    failure.set(e); // the test fails with it at once, not by waiting out its patience
                }
            });

            // A new file in a new sub-folder.
            Path sub = Files.createDirectories(corpus.resolve("tỉnh"));
            Files.copy(SEEDS.resolve("004_c8c6c9745651a367.txt"), sub.resolve("b.txt"));
            IndexRun run = awaitRun(runs, r -> r.documents() == 2);
            assertEquals(2, run.documents());

            // A file changed: now another letter.
            Files.copy(SEEDS.resolve("001_794841c1d5532eea.txt"), sub.resolve("b.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            run = awaitRun(runs, r -> r.filesRead() == 1);
            assertEquals(2, run.documents());

            // A file removed.
            Files.delete(corpus.resolve("a.txt"));
            run = awaitRun(runs, r -> r.documents() == 1);
            assertEquals(1, run.removed());

            t.interrupt();
            t.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            rethrow();
        }
    }

    /** What the watcher thread threw, if anything. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private void rethrow() {
        Throwable e = failure.get();
        if (e != null) {
            throw new AssertionError("the watcher failed: " + e, e);
        }
    }

    /** The first run that shows the change (a burst may be split over two runs). */
    private IndexRun awaitRun(BlockingQueue<IndexRun> runs, java.util.function.Predicate<IndexRun> done)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < until) {
            rethrow();
            IndexRun r = runs.poll(1, TimeUnit.SECONDS);
            if (r != null && done.test(r)) {
                return r;
            }
        }
        assertNotNull(null, "the watcher made no run showing the change within " + PATIENCE_SECONDS + " s");
        return null;
    }
}
