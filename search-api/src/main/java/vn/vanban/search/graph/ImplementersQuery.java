package vn.vanban.search.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who implements a document: breadth-first along incoming {@code implements} edges, so each
 * implementer is reported once, at its shortest depth.
 */
public final class ImplementersQuery {

    private final CitationLinks graph;

    public ImplementersQuery(CitationLinks graph) {
        this.graph = graph;
    }

    /** Implementers up to {@code maxDepth} (all depths when ≤ 0), by depth then date. */
    public List<Implementer> implementers(String id, int maxDepth) {
        return implementers(id, maxDepth, NodeFilter.ANY);
    }

    /**
     * Implementers up to {@code maxDepth}, reporting those the filter accepts (the walk goes on
     * through the others: a district's letter implements the province's, which implements the
     * order).
     */
    public List<Implementer> implementers(String id, int maxDepth, NodeFilter filter) {
        DocNode root = graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        List<Implementer> found = new ArrayList<>();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int depth = 1; !frontier.isEmpty() && (maxDepth <= 0 || depth <= maxDepth); depth++) {
            // One lookup a hop for the whole frontier; who is reached through whom follows the frontier's order.
            java.util.Map<String, List<DocNode>> sources = graph.implementerNodes(frontier);
            List<Implementer> level = new ArrayList<>();
            for (String target : frontier) {
                for (DocNode n : sources.getOrDefault(target, List.of())) {
                    if (visited.add(n.id())) {
                        Long lag = root.date() != null && n.date() != null ? root.date().daysUntil(n.date()) : null;
                        level.add(new Implementer(n, depth, depth == 1 ? null : target, lag));
                    }
                }
            }
            level.sort(Comparator.comparing((Implementer i) -> i.document().date(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i.document().id()));
            level.stream().filter(i -> filter.test(i.document())).forEach(found::add);
            frontier = level.stream().map(i -> i.document().id()).toList();
        }
        return found;
    }
}
