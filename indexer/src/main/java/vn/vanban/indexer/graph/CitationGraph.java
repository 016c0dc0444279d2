package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The citation graph: documents as vertices (by id), references as directed edges from the
 * citing to the cited document. Invariants, stated by its type: directed; parallel edges allowed
 * (one document may both cite and, by a third document's word, implement another); no self-loops
 * (a document's own ký hiệu is not a reference); unweighted.
 */
public final class CitationGraph {

    private final Graph<String, CitationEdge> graph = GraphTypeBuilder.<String, CitationEdge>directed()
            .allowingMultipleEdges(true)
            .allowingSelfLoops(false)
            .weighted(false)
            .edgeClass(CitationEdge.class)
            .buildGraph();
    private final Map<String, DocNode> nodes = new HashMap<>();
    private final Map<String, List<String>> idsByKey = new HashMap<>();
    /** Who implements each document, kept apart from the other edges: cascades walk only these. */
    private final Map<String, List<String>> implementedBy = new HashMap<>();
    private final long generation;

    CitationGraph(long generation) {
        this.generation = generation;
    }

    /** The index commit this graph was built from. */
    public long generation() {
        return generation;
    }

    void putNode(DocNode node) {
        DocNode old = nodes.get(node.id());
        DocNode merged = old == null ? node : node.inCorpus() && !old.inCorpus() ? node.fillFrom(old) : old.fillFrom(node);
        nodes.put(node.id(), merged);
        graph.addVertex(node.id());
        if (merged.key() != null) {
            List<String> ids = idsByKey.computeIfAbsent(merged.key(), k -> new ArrayList<>());
            if (!ids.contains(node.id())) {
                ids.add(node.id());
            }
        }
    }

    void addEdge(String from, String to, CitationEdge edge) {
        if (!from.equals(to)) {
            graph.addEdge(from, to, edge);
            if (edge.relation() == vn.vanban.corpus.model.Relation.IMPLEMENTS) {
                List<String> sources = implementedBy.computeIfAbsent(to, k -> new ArrayList<>(2));
                if (!sources.contains(from)) {
                    sources.add(from);
                }
            }
        }
    }

    /** The documents that implement this one directly (by their own text or by a third's word). */
    public List<String> implementers(String id) {
        return Collections.unmodifiableList(implementedBy.getOrDefault(id, List.of()));
    }

    /** The JGraphT view, for algorithms and exporters; read-only by convention. */
    public Graph<String, CitationEdge> view() {
        return graph;
    }

    public Optional<DocNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Collection<DocNode> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    /** Ids of the documents with this ký hiệu key, across years and provinces. */
    public List<String> idsForKey(String key) {
        return List.copyOf(idsByKey.getOrDefault(key, List.of()));
    }

    public List<CitationEdge> outgoing(String id) {
        return graph.containsVertex(id) ? List.copyOf(graph.outgoingEdgesOf(id)) : List.of();
    }

    public List<CitationEdge> incoming(String id) {
        return graph.containsVertex(id) ? List.copyOf(graph.incomingEdgesOf(id)) : List.of();
    }

    public String source(CitationEdge e) {
        return graph.getEdgeSource(e);
    }

    public String target(CitationEdge e) {
        return graph.getEdgeTarget(e);
    }

    public long documentsInCorpus() {
        return nodes.values().stream().filter(DocNode::inCorpus).count();
    }
}
