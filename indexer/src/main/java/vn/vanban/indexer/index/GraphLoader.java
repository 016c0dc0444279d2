package vn.vanban.indexer.index;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.GraphStore;
import vn.vanban.indexer.graph.MappedGraph;

/** The graph of an index commit: the stored one when it matches the commit, else rebuilt and stored. */
public final class GraphLoader {

    private GraphLoader() {}

    public static CitationGraph build(DirectoryReader reader, Vocabulary vocabulary) throws IOException {
        GraphBuilder b = new GraphBuilder(vocabulary, reader.getIndexCommit().getGeneration());
        for (Map.Entry<String, OfficialDocument> e : StoredReadings.readings(reader).entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    /** The graph to serve: the stored file mapped, built from the index's readings first if it is missing or stale. */
    public static MappedGraph load(DirectoryReader reader, IndexLayout layout, Vocabulary vocabulary) throws IOException {
        long generation = reader.getIndexCommit().getGeneration();
        Optional<MappedGraph> stored = stored(layout, generation);
        if (stored.isPresent()) {
            return stored.get();
        }
        GraphStore store = new GraphStore(layout.graph());
        store.write(build(reader, vocabulary));
        return store.open(generation).orElseThrow(() -> new IOException(layout.graph() + ": written, but not readable back"));
    }

    /**
     * The stored graph of this commit, if there is one; a graph left by an older version (format 5,
     * or JSON) is read and stored again in the current format.
     */
    static Optional<MappedGraph> stored(IndexLayout layout, long generation) throws IOException {
        GraphStore store = new GraphStore(layout.graph());
        Optional<MappedGraph> g = store.open(generation);
        return g.isPresent() ? g : store.upgrade(layout.legacyGraph(), generation);
    }

    /** As {@link #stored}, in memory: the graph an index run updates. */
    static Optional<CitationGraph> storedForUpdate(IndexLayout layout, long generation) throws IOException {
        return stored(layout, generation).map(m -> CitationGraph.copyOf(m, generation));
    }
}
