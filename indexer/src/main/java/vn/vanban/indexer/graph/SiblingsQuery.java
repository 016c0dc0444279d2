package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.corpus.model.Relation;

/** Documents that implement the same documents as this one: its siblings in the cascade. */
public final class SiblingsQuery {

    /** A sibling and the documents both implement. */
    public record Sibling(DocNode document, List<String> shared) {}

    private final CitationGraph graph;

    public SiblingsQuery(CitationGraph graph) {
        this.graph = graph;
    }

    public List<Sibling> siblings(String id) {
        graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        Map<String, Set<String>> shared = new LinkedHashMap<>();
        for (CitationEdge out : graph.outgoing(id)) {
            if (out.relation() != Relation.IMPLEMENTS) {
                continue;
            }
            String target = graph.target(out);
            for (CitationEdge in : graph.incoming(target)) {
                String other = graph.source(in);
                if (in.relation() == Relation.IMPLEMENTS && !other.equals(id)) {
                    shared.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(target);
                }
            }
        }
        List<Sibling> out = new ArrayList<>();
        shared.forEach((other, targets) -> out.add(new Sibling(graph.node(other).orElseThrow(), List.copyOf(targets))));
        out.sort(Comparator.comparing((Sibling s) -> -s.shared().size()).thenComparing(s -> s.document().id()));
        return out;
    }
}
