package vn.vanban.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.GraphStore;

/** The graph of an index commit: the stored one when it matches the commit, else rebuilt. */
public final class GraphLoader {

    private GraphLoader() {}

    public static CitationGraph build(DirectoryReader reader, Vocabulary vocabulary) throws IOException {
        GraphBuilder b = new GraphBuilder(vocabulary, reader.getIndexCommit().getGeneration());
        for (Map.Entry<String, OfficialDocument> e : StoredReadings.readings(reader).entrySet()) {
            b.add(e.getKey(), e.getValue());
        }
        return b.build();
    }

    public static CitationGraph load(DirectoryReader reader, IndexLayout layout, Vocabulary vocabulary) throws IOException {
        long generation = reader.getIndexCommit().getGeneration();
        var stored = stored(layout, generation);
        if (stored.isPresent()) {
            return stored.get();
        }
        CitationGraph g = build(reader, vocabulary);
        new GraphStore(layout.graph()).write(g);
        return g;
    }

    /**
     * The stored graph of this commit, if there is one; a graph left as JSON by an older version is
     * read and stored again in the current format.
     */
    static Optional<CitationGraph> stored(IndexLayout layout, long generation) throws IOException {
        GraphStore store = new GraphStore(layout.graph());
        Optional<CitationGraph> g = store.read(generation);
        if (g.isEmpty()) {
            g = GraphStore.readLegacy(layout.legacyGraph(), generation);
            if (g.isPresent()) {
                store.write(g.get());
                Files.deleteIfExists(layout.legacyGraph());
            }
        }
        return g;
    }
}
