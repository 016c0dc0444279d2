package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vanban.corpus.model.Relation;

/**
 * What a document implements, guides or is based on, and so on up: breadth-first along outgoing
 * edges of those relations (a document it amends, replaces, repeals or answers is not above it).
 */
public final class UpstreamQuery {

    /** A document above the one asked about: how it is reached, at what depth, through which. */
    public record Upstream(DocNode document, Relation relation, int depth, String via) {}

    private static final Set<Relation> UP = java.util.EnumSet.of(Relation.IMPLEMENTS, Relation.GUIDES, Relation.BASED_ON);

    private final CitationGraph graph;

    public UpstreamQuery(CitationGraph graph) {
        this.graph = graph;
    }

    public List<Upstream> upstream(String id, int maxDepth) {
        graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        List<Upstream> found = new ArrayList<>();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int depth = 1; !frontier.isEmpty() && (maxDepth <= 0 || depth <= maxDepth); depth++) {
            List<String> next = new ArrayList<>();
            for (String from : frontier) {
                for (CitationEdge e : graph.outgoing(from)) {
                    if (!UP.contains(e.relation())) {
                        continue;
                    }
                    String to = graph.target(e);
                    if (visited.add(to)) {
                        found.add(new Upstream(graph.node(to).orElseThrow(), e.relation(), depth, depth == 1 ? null : from));
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        return found;
    }
}
