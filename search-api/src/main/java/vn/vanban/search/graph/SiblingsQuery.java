package vn.vanban.search.graph;

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

    private final CitationLinks graph;

    public SiblingsQuery(CitationLinks graph) {
        this.graph = graph;
    }

    public List<Sibling> siblings(String id) {
        graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        List<String> targets = new ArrayList<>();
        for (Link out : graph.outgoing(id)) {
            if (out.relation() == Relation.IMPLEMENTS && !targets.contains(out.target())) {
                targets.add(out.target());
            }
        }
        Map<String, List<Link>> incoming = graph.incoming(targets);
        Map<String, Set<String>> shared = new LinkedHashMap<>();
        for (String target : targets) {
            for (Link in : incoming.getOrDefault(target, List.of())) {
                if (in.relation() == Relation.IMPLEMENTS && !in.source().equals(id)) {
                    shared.computeIfAbsent(in.source(), k -> new LinkedHashSet<>()).add(target);
                }
            }
        }
        Map<String, DocNode> nodes = graph.nodes(shared.keySet());
        List<Sibling> out = new ArrayList<>();
        shared.forEach((other, t) -> out.add(new Sibling(nodes.get(other), List.copyOf(t))));
        out.sort(Comparator.comparing((Sibling s) -> -s.shared().size()).thenComparing(s -> s.document().id()));
        return out;
    }
}
