package vn.vanban.search.graph;

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

    private final CitationLinks graph;

    public UpstreamQuery(CitationLinks graph) {
        this.graph = graph;
    }

    public List<Upstream> upstream(String id, int maxDepth) {
        graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        List<Upstream> found = new ArrayList<>();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int depth = 1; !frontier.isEmpty() && (maxDepth <= 0 || depth <= maxDepth); depth++) {
            java.util.Map<String, List<Link>> out = graph.outgoing(frontier);
            java.util.Map<String, Link> reached = new java.util.LinkedHashMap<>();
            for (String from : frontier) {
                for (Link l : out.getOrDefault(from, List.of())) {
                    if (UP.contains(l.relation()) && visited.add(l.target())) {
                        reached.put(l.target(), l);
                    }
                }
            }
            java.util.Map<String, DocNode> nodes = graph.nodes(reached.keySet());
            List<String> next = new ArrayList<>();
            for (Link l : reached.values()) {
                DocNode n = nodes.get(l.target());
                if (n == null) {
                    throw new IllegalStateException("the graph has a link to " + l.target() + " but no such node");
                }
                found.add(new Upstream(n, l.relation(), depth, depth == 1 ? null : l.source()));
                next.add(l.target());
            }
            frontier = next;
        }
        return found;
    }
}
