package vn.vanban.indexer.index;

import java.io.IOException;
import java.util.Map;
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

    public static CitationGraph load(DirectoryReader reader, GraphStore store, Vocabulary vocabulary) throws IOException {
        long generation = reader.getIndexCommit().getGeneration();
        var stored = store.read(generation);
        if (stored.isPresent()) {
            return stored.get();
        }
        CitationGraph g = build(reader, vocabulary);
        store.write(g);
        return g;
    }
}
