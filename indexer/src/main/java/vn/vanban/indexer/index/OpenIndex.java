package vn.vanban.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphStore;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.indexer.search.SearchBackend;

/** An index opened for queries: its search backend and its citation graph, of the same commit. */
public final class OpenIndex implements Closeable {

    private final Directory directory;
    private final LuceneSearchBackend search;
    private final CitationGraph graph;
    private final long generation;

    private OpenIndex(Directory directory, LuceneSearchBackend search, CitationGraph graph, long generation) {
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

    public static OpenIndex open(IndexLayout layout, Vocabulary vocabulary) throws IOException {
        Directory dir = FSDirectory.open(layout.lucene());
        try {
            CitationGraph graph;
            long generation;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                graph = GraphLoader.load(reader, new GraphStore(layout.graph()), vocabulary);
                generation = reader.getIndexCommit().getGeneration();
            }
            return new OpenIndex(dir, new LuceneSearchBackend(dir), graph, generation);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    public SearchBackend search() {
        return search;
    }

    public CitationGraph graph() {
        return graph;
    }

    @Override
    public void close() throws IOException {
        try {
            search.close();
        } finally {
            directory.close();
        }
    }
}
