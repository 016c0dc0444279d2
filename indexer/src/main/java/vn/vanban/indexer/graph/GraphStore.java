package vn.vanban.indexer.graph;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Relation;

/**
 * The graph on disk, as JSON beside the Lucene index, tagged with the index commit it was built
 * from. Written to a temporary file and moved into place atomically, so a crash leaves the old
 * file or the new one, never half of one; a file whose generation is not the index's is stale
 * and is rebuilt from the index.
 */
public final class GraphStore {

    private record EdgeRow(String source, String target, Relation relation, String citing, boolean stated,
            int start, int end, int mentions, String status) {}

    private record Snapshot(int format, long generation, List<DocNode> nodes, List<EdgeRow> edges) {}

    private static final int FORMAT = 2;

    private final Path file;

    public GraphStore(Path file) {
        this.file = file;
    }

    public void write(CitationGraph g) throws IOException {
        List<DocNode> nodes = new ArrayList<>(g.nodes());
        nodes.sort(java.util.Comparator.comparing(DocNode::id));
        List<EdgeRow> edges = new ArrayList<>();
        for (CitationEdge e : g.view().edgeSet()) {
            edges.add(new EdgeRow(g.source(e), g.target(e), e.relation(), e.citing(), e.stated(), e.start(), e.end(),
                    e.mentions(), e.status()));
        }
        edges.sort(java.util.Comparator.comparing(EdgeRow::source).thenComparing(EdgeRow::target)
                .thenComparing(r -> r.relation().ordinal()).thenComparing(EdgeRow::citing));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        Json.mapper().writeValue(tmp.toFile(), new Snapshot(FORMAT, g.generation(), nodes, edges));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The stored graph if it was built from this index generation. */
    public Optional<CitationGraph> read(long generation) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Snapshot s;
        try {
            s = Json.mapper().readValue(file.toFile(), new TypeReference<Snapshot>() {});
        } catch (IOException e) {
            return Optional.empty(); // unreadable: rebuilt from the index
        }
        if (s.format() != FORMAT || s.generation() != generation) {
            return Optional.empty();
        }
        CitationGraph g = new CitationGraph(s.generation());
        s.nodes().forEach(g::putNode);
        for (EdgeRow r : s.edges()) {
            g.addEdge(r.source(), r.target(), new CitationEdge(r.relation(), r.citing(), r.stated(), r.start(), r.end(),
                    r.mentions(), r.status()));
        }
        return Optional.of(g);
    }
}
