package vn.vanban.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.indexer.search.SearchBackend;

/**
 * An index opened for queries: its search backend and its citation graph, of the same commit. The
 * graph may still be loading ({@link #openLoadingGraph}): searches need only Lucene, and a server
 * answers them while a large graph is read.
 */
public final class OpenIndex implements Closeable {

    private final Directory directory;
    private final LuceneSearchBackend search;
    private final CompletableFuture<CitationGraph> graph;
    private final long generation;

    private OpenIndex(Directory directory, LuceneSearchBackend search, CompletableFuture<CitationGraph> graph,
            long generation) {
        this.directory = directory;
        this.search = search;
        this.graph = graph;
        this.generation = generation;
    }

    /** The generation of the commit opened: a later index run makes a higher one. */
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
        OpenIndex open = openLoadingGraph(layout, vocabulary);
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
     * Opens the index for searching now; its graph (read from disk, or rebuilt from the stored
     * readings if missing or stale) loads on another thread, and {@link #graph()} waits for it.
     */
    public static OpenIndex openLoadingGraph(IndexLayout layout, Vocabulary vocabulary) throws IOException {
        Directory dir = FSDirectory.open(layout.lucene());
        try {
            // The graph is of this commit; the loading thread closes the reader when done.
            DirectoryReader reader = DirectoryReader.open(dir);
            long generation = reader.getIndexCommit().getGeneration();
            CompletableFuture<CitationGraph> graph = new CompletableFuture<>();
            Thread.ofPlatform().name("vanban-graph-load").daemon().start(() -> {
                try (reader) {
                    graph.complete(GraphLoader.load(reader, layout, vocabulary));
                } catch (IOException | RuntimeException e) {
                    graph.completeExceptionally(e);
                }
            });
            return new OpenIndex(dir, new LuceneSearchBackend(dir), graph, generation);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public SearchBackend search() {
        return search;
    }

    /** The graph, once loaded (waits for it); an {@link UncheckedIOException} if it could not be. */
    public CitationGraph graph() {
        try {
            return graph.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The graph as it loads. */
    public CompletableFuture<CitationGraph> loadingGraph() {
        return graph;
    }

    @Override
    public void close() throws IOException {
        graph.exceptionally(e -> null).join(); // the loading thread reads this directory
        try {
            search.close();
        } finally {
            directory.close();
        }
    }
}
