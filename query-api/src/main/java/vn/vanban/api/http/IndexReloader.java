package vn.vanban.api.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.index.OpenIndex;

/**
 * Lets a running server see later index runs: when the index on disk has a newer commit than the
 * one served, opens it and serves from it. The old one is closed a while later, so requests still
 * using it finish. If the new one cannot be opened, the old one goes on being served.
 */
public final class IndexReloader implements AutoCloseable {

    /** How long an index replaced stays open for the requests already using it. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private final IndexLayout layout;
    private final Vocabulary vocabulary;
    private final Library library;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vanban-index-closer");
        t.setDaemon(true);
        return t;
    });
    private OpenIndex served;

    public IndexReloader(IndexLayout layout, Vocabulary vocabulary, OpenIndex served, Library library) {
        this.layout = layout;
        this.vocabulary = vocabulary;
        this.served = served;
        this.library = library;
    }

    /** Opens and serves a newer commit if there is one; returns it, or null when there is none. */
    public synchronized OpenIndex reloadIfChanged() throws IOException {
        if (OpenIndex.lastCommitGeneration(layout) <= served.generation()) {
            return null;
        }
        OpenIndex fresh = OpenIndex.open(layout, vocabulary);
        library.replace(fresh.search(), fresh.graph());
        OpenIndex old = served;
        served = fresh;
        closer.schedule(() -> closeQuietly(old), GRACE.toMillis(), TimeUnit.MILLISECONDS);
        return fresh;
    }

    private static void closeQuietly(OpenIndex index) {
        try {
            index.close();
        } catch (IOException ignored) {
            // it was only being kept open for late requests
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closer.shutdownNow();
        served.close();
    }
}
