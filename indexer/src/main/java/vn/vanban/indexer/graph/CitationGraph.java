package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
    private long generation;

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

    void retag(long newGeneration) {
        generation = newGeneration;
    }

    /**
     * Takes out what these documents said (the edges they are the evidence of) and the documents
     * themselves; a document still cited by others stays as a cited-only node, and a cited-only
     * node nobody cites any more goes.
     */
    void removeDocuments(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> touched = new HashSet<>();
        for (CitationEdge e : List.copyOf(graph.edgeSet())) {
            if (ids.contains(e.citing())) {
                touched.add(graph.getEdgeTarget(e));
                removeEdge(e);
            }
        }
        for (String id : ids) {
            DocNode n = nodes.get(id);
            if (n == null) {
                continue;
            }
            nodes.put(id, new DocNode(n.id(), n.key(), n.numberSymbol(), n.name(), n.type(), n.date(), n.issuer(),
                    n.province(), n.level(), false));
            touched.add(id);
        }
        for (String id : touched) {
            DocNode n = nodes.get(id);
            if (n != null && !n.inCorpus() && graph.containsVertex(id) && graph.inDegreeOf(id) == 0
                    && graph.outDegreeOf(id) == 0) {
                graph.removeVertex(id);
                nodes.remove(id);
                implementedBy.remove(id);
                if (n.key() != null) {
                    List<String> same = idsByKey.get(n.key());
                    if (same != null) {
                        same.remove(id);
                    }
                }
            }
        }
    }

    private void removeEdge(CitationEdge e) {
        String from = graph.getEdgeSource(e);
        String to = graph.getEdgeTarget(e);
        graph.removeEdge(e);
        if (e.relation() == vn.vanban.corpus.model.Relation.IMPLEMENTS) {
            boolean still = graph.getAllEdges(from, to).stream()
                    .anyMatch(x -> x.relation() == vn.vanban.corpus.model.Relation.IMPLEMENTS);
            if (!still) {
                List<String> sources = implementedBy.get(to);
                if (sources != null) {
                    sources.remove(from);
                }
            }
        }
    }

    /** References to documents that are now indexed are resolved. */
    void resolveReferencesTo(Set<String> indexed) {
        for (String id : indexed) {
            if (!graph.containsVertex(id)) {
                continue;
            }
            for (CitationEdge e : List.copyOf(graph.incomingEdgesOf(id))) {
                if (!e.stated() && !"resolved".equals(e.status())) {
                    String from = graph.getEdgeSource(e);
                    graph.removeEdge(e);
                    graph.addEdge(from, id, new CitationEdge(e.relation(), e.citing(), false, e.start(), e.end(),
                            e.mentions(), "resolved"));
                }
            }
        }
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
