package vn.vanban.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.graph.CitationLinks;

/**
 * An index opened for queries: its search backend and its citation graph, of the same commit. The
 * graph may load after the index is opened ({@link #openForSearch}, then {@link #startLoadingGraph}):
 * searches need only Lucene, and a server answers them while a large graph is read.
 */
public final class OpenIndex implements Closeable {

    private final Directory directory;
    private final LuceneSearchBackend search;
    /** The reader searched, held for loading the graph of its commit; the loading thread lets go of it. */
    private final DirectoryReader graphSource;
    private final IndexLayout layout;
    private final Vocabulary vocabulary;
    private final CompletableFuture<CitationLinks> graph = new CompletableFuture<>();
    private final AtomicBoolean loadStarted = new AtomicBoolean();
    private final long generation;

    private OpenIndex(Directory directory, LuceneSearchBackend search, DirectoryReader graphSource, IndexLayout layout,
            Vocabulary vocabulary, long generation) {
        this.directory = directory;
        this.search = search;
        this.graphSource = graphSource;
        this.layout = layout;
        this.vocabulary = vocabulary;
        this.generation = generation;
    }

    private static void release(DirectoryReader reader) {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation of the commit opened (searched, and whose graph is loaded): a later index run makes a higher one. */
    public long generation() {
        return generation;
    }

    /** The generation of the last commit on disk now, or -1 when there is none. */
    public static long lastCommitGeneration(IndexLayout layout) throws IOException {
        try (Directory dir = FSDirectory.open(layout.lucene())) {
            return DirectoryReader.indexExists(dir) ? SegmentInfos.getLastCommitGeneration(dir) : -1;
        }
    }

    public static boolean exists(IndexLayout layout) {
        try (Directory dir = FSDirectory.open(layout.lucene())) {
            return Files.isDirectory(layout.lucene()) && DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the index with its graph loaded. */
    public static OpenIndex open(IndexLayout layout, Vocabulary vocabulary) throws IOException {
        OpenIndex open = openForSearch(layout, vocabulary);
        try {
            open.graph();
            return open;
        } catch (RuntimeException e) {
            open.close();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * Opens the index for searching now. Its graph (read from disk, or rebuilt from the stored
     * readings if missing or stale) loads on another thread from {@link #startLoadingGraph} or the
     * first {@link #graph()}: a server starts it once it listens, so that the two do not share the
     * cores while it starts.
     */
    public static OpenIndex openForSearch(IndexLayout layout, Vocabulary vocabulary) throws IOException {
        Directory dir = FSDirectory.open(layout.lucene());
        DirectoryReader reader = null;
        try {
            // One reader, one commit, for both: opened apart, a commit landing between the two
            // opens would give a search of one commit and a graph of another.
            reader = DirectoryReader.open(dir);
            reader.incRef(); // the graph's hold on it; the search backend's is the reference opened
            LuceneSearchBackend search;
            try {
                search = new LuceneSearchBackend(reader);
            } catch (IOException | RuntimeException e) {
                reader.decRef();
                throw e;
            }
            return new OpenIndex(dir, search, reader, layout, vocabulary, reader.getIndexCommit().getGeneration());
        } catch (IOException | RuntimeException e) {
            if (reader != null && reader.getRefCount() > 0) {
                reader.decRef();
            }
            dir.close();
            throw e;
        }
    }

    /** Starts loading the graph on its own thread, once; {@link #loadingGraph()} completes with it. */
    public void startLoadingGraph() {
        if (loadStarted.compareAndSet(false, true)) {
            Thread.ofPlatform().name("vanban-graph-load").daemon().start(() -> {
                try {
                    graph.complete(GraphLoader.load(graphSource, layout, vocabulary));
                } catch (IOException | RuntimeException e) {
                    graph.completeExceptionally(e);
                } finally {
                    release(graphSource);
                }
            });
        }
    }

    public SearchBackend search() {
        return search;
    }

    /** The graph, once loaded (starts loading it, and waits); an {@link UncheckedIOException} if it could not be. */
    public CitationLinks graph() {
        startLoadingGraph();
        try {
            return graph.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The graph as it loads (once {@link #startLoadingGraph} is called). */
    public CompletableFuture<CitationLinks> loadingGraph() {
        return graph;
    }

    @Override
    public void close() throws IOException {
        if (loadStarted.compareAndSet(false, true)) {
            release(graphSource); // never loaded
        } else {
            graph.exceptionally(e -> null).join(); // the loading thread reads this directory
        }
        try {
            search.close();
        } finally {
            directory.close();
        }
    }
}
