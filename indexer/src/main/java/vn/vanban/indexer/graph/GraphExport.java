package vn.vanban.indexer.graph;

import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;

import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * The citation graph, or the neighbourhood of one document, in GraphML, DOT or JSON, through
 * JGraphT's exporters: vertices with their fields, edges with their relation and evidence.
 */
public final class GraphExport {

    public enum Format { GRAPHML, DOT, JSON }

    private final CitationGraph graph;

    public GraphExport(CitationGraph graph) {
        this.graph = graph;
    }

    /** The whole graph, or the documents within {@code depth} edges of {@code root} (either way). */
    public Graph<String, CitationEdge> select(String root, int depth) {
        if (root == null) {
            return graph.view();
        }
        graph.node(root).orElseThrow(() -> new IllegalArgumentException("no document " + root));
        Set<String> keep = new HashSet<>(Set.of(root));
        Set<String> frontier = Set.of(root);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            Set<String> next = new HashSet<>();
            for (String v : frontier) {
                for (CitationEdge e : graph.view().edgesOf(v)) {
                    String other = graph.source(e).equals(v) ? graph.target(e) : graph.source(e);
                    if (keep.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return new AsSubgraph<>(graph.view(), keep);
    }

    public void write(Graph<String, CitationEdge> g, Format format, Writer out) {
        exporter(format).exportGraph(g, out);
    }

    private GraphExporter<String, CitationEdge> exporter(Format format) {
        return switch (format) {
            case GRAPHML -> {
                GraphMLExporter<String, CitationEdge> x = new GraphMLExporter<>(v -> v);
                for (String key : List.of("numberSymbol", "name", "type", "date", "issuer", "province", "level", "inCorpus")) {
                    x.registerAttribute(key, GraphMLExporter.AttributeCategory.NODE, org.jgrapht.nio.AttributeType.STRING);
                }
                for (String key : List.of("relation", "stated", "citing", "mentions", "status")) {
                    x.registerAttribute(key, GraphMLExporter.AttributeCategory.EDGE, org.jgrapht.nio.AttributeType.STRING);
                }
                x.setVertexAttributeProvider(this::vertexAttributes);
                x.setEdgeAttributeProvider(GraphExport::edgeAttributes);
                yield x;
            }
            case DOT -> {
                // DOT ids must be quoted: ours hold hyphens.
                DOTExporter<String, CitationEdge> x = new DOTExporter<>(v -> "\"" + v + "\"");
                x.setVertexAttributeProvider(v -> {
                    Map<String, Attribute> a = new LinkedHashMap<>();
                    DocNode n = graph.node(v).orElseThrow();
                    a.put("label", DefaultAttribute.createAttribute(n.numberSymbol() != null ? n.numberSymbol()
                            : n.name() != null ? n.name() : v));
                    if (!n.inCorpus()) {
                        a.put("style", DefaultAttribute.createAttribute("dashed"));
                    }
                    return a;
                });
                x.setEdgeAttributeProvider(e -> Map.of("label", DefaultAttribute.createAttribute(e.relation().json())));
                yield x;
            }
            case JSON -> {
                JSONExporter<String, CitationEdge> x = new JSONExporter<>(v -> v);
                x.setVertexAttributeProvider(this::vertexAttributes);
                x.setEdgeAttributeProvider(GraphExport::edgeAttributes);
                yield x;
            }
        };
    }

    private Map<String, Attribute> vertexAttributes(String v) {
        DocNode n = graph.node(v).orElseThrow();
        Map<String, Attribute> a = new LinkedHashMap<>();
        put(a, "numberSymbol", n.numberSymbol());
        put(a, "name", n.name());
        put(a, "type", n.type());
        put(a, "date", n.date() == null ? null : n.date().toString());
        put(a, "issuer", n.issuer());
        put(a, "province", n.province());
        put(a, "level", n.level() == null ? null : n.level().json());
        a.put("inCorpus", DefaultAttribute.createAttribute(n.inCorpus()));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(CitationEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("relation", DefaultAttribute.createAttribute(e.relation().json()));
        a.put("stated", DefaultAttribute.createAttribute(e.stated()));
        a.put("citing", DefaultAttribute.createAttribute(e.citing()));
        a.put("mentions", DefaultAttribute.createAttribute(e.mentions()));
        if (e.status() != null) {
            a.put("status", DefaultAttribute.createAttribute(e.status()));
        }
        return a;
    }

    private static void put(Map<String, Attribute> a, String key, String value) {
        if (value != null) {
            a.put(key, DefaultAttribute.createAttribute(value));
        }
    }
}
