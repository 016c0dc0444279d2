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
import java.util.LinkedHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * The citation graph: documents as vertices (by id), references as directed edges from the
 * citing to the cited document. Invariants, stated by its type: directed; parallel edges allowed
 * (one document may both cite and, by a third document's word, implement another); no self-loops
 * (a document's own ký hiệu is not a reference); unweighted.
 */
public final class CitationGraph implements CitationLinks {

    /** The invariants above, as a JGraphT type. */
    static final GraphType TYPE = GraphTypeBuilder.<String, CitationEdge>directed()
            .allowingMultipleEdges(true)
            .allowingSelfLoops(false)
            .weighted(false)
            .buildType();

    private final Graph<String, CitationEdge> graph;
    private final Map<String, DocNode> nodes;
    private final Map<String, List<String>> idsByKey;
    /** Who implements each document, kept apart from the other edges: cascades walk only these. */
    private final Map<String, List<String>> implementedBy;
    private long generation;
    /** Made when first asked for, dropped when the graph changes. */
    private volatile NavigableMap<String, List<String>> sortedKeys;
    private volatile Rankings rankings;

    CitationGraph(long generation) {
        this(generation, 16, 16);
    }

    /** A graph sized for this many nodes and edges: a stored graph of a million documents loads without rehashing. */
    CitationGraph(long generation, int expectedNodes, int expectedEdges) {
        this.generation = generation;
        this.graph = new Multigraph(expectedNodes, expectedEdges);
        this.nodes = HashMap.newHashMap(expectedNodes);
        this.idsByKey = HashMap.newHashMap(expectedNodes);
        this.implementedBy = HashMap.newHashMap(expectedNodes);
    }

    /**
     * JGraphT's directed multigraph without its fast-lookup index of vertex pairs (a map entry per
     * edge that only {@code getAllEdges(u, v)} uses, and our vertices have few edges), with its
     * maps sized up front. Insertion-ordered, so exports list nodes and edges as they were added.
     */
    private static final class Multigraph extends AbstractBaseGraph<String, CitationEdge> {
        Multigraph(int expectedNodes, int expectedEdges) {
            super(null, null, TYPE, new GraphSpecificsStrategy<String, CitationEdge>() {
                @Override
                public Function<GraphType, IntrusiveEdgesSpecifics<String, CitationEdge>> getIntrusiveEdgesSpecificsFactory() {
                    return type -> new UniformIntrusiveEdgesSpecifics<>(LinkedHashMap.newLinkedHashMap(expectedEdges));
                }

                @Override
                public BiFunction<Graph<String, CitationEdge>, GraphType, Specifics<String, CitationEdge>> getSpecificsFactory() {
                    return (g, type) -> new DirectedSpecifics<>(g, LinkedHashMap.newLinkedHashMap(expectedNodes),
                            getEdgeSetFactory());
                }
            });
        }
    }

    /**
     * A graph stored by an older version ({@link LegacyGraphFiles}): distinct nodes, and edges
     * between them ({@code sources[i] → targets[i]}). The JGraphT graph and the lookup maps are
     * filled on two threads: a million documents' graph is read once, in a few seconds.
     */
    static CitationGraph of(long generation, List<DocNode> nodeList, String[] sources, String[] targets,
            CitationEdge[] edges) {
        CitationGraph g = new CitationGraph(generation, nodeList.size(), edges.length);
        FutureTask<Void> maps = new FutureTask<>(() -> {
            for (DocNode n : nodeList) {
                g.nodes.put(n.id(), n);
                if (n.key() != null) {
                    g.idsByKey.computeIfAbsent(n.key(), k -> new ArrayList<>(1)).add(n.id());
                }
            }
            for (int i = 0; i < edges.length; i++) {
                if (!sources[i].equals(targets[i])) {
                    g.noteImplementer(sources[i], targets[i], edges[i]);
                }
            }
            return null;
        });
        Thread.ofPlatform().name("vanban-graph-maps").start(maps);
        for (DocNode n : nodeList) {
            g.graph.addVertex(n.id());
        }
        for (int i = 0; i < edges.length; i++) {
            if (!sources[i].equals(targets[i])) {
                g.graph.addEdge(sources[i], targets[i], edges[i]);
            }
        }
        try {
            maps.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the graph", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not load the graph", e.getCause());
        }
        return g;
    }

    /** The whole of a graph looked up elsewhere (a SolrCloud's), in memory: for exports and algorithms. */
    public static CitationGraph copyOf(CitationLinks links) {
        return copyOf(links, 0);
    }

    /** As {@link #copyOf(CitationLinks)}, tagged with the index commit it is of: a stored graph to update. */
    public static CitationGraph copyOf(CitationLinks links, long generation) {
        CitationGraph g = new CitationGraph(generation, (int) Math.min(Integer.MAX_VALUE, links.nodeCount()),
                (int) Math.min(Integer.MAX_VALUE, links.linkCount()));
        try (Stream<DocNode> nodes = links.allNodes()) {
            nodes.forEach(g::putNode);
        }
        try (Stream<Link> all = links.allLinks()) {
            all.forEach(l -> g.addEdge(l.source(), l.target(), l.edge()));
        }
        return g;
    }

    /**
     * The documents within {@code depth} links of {@code root} (either way) and the links between
     * them, gathered a hop at a time: what an export of a neighbourhood needs, without the rest.
     */
    public static CitationGraph neighbourhood(CitationLinks links, String root, int depth) {
        Set<String> keep = new java.util.LinkedHashSet<>(List.of(root));
        List<String> frontier = List.of(root);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            Map<String, List<Link>> out = links.outgoing(frontier);
            Map<String, List<Link>> in = links.incoming(frontier);
            for (String v : frontier) {
                for (Link l : out.getOrDefault(v, List.of())) {
                    if (keep.add(l.target())) {
                        next.add(l.target());
                    }
                }
                for (Link l : in.getOrDefault(v, List.of())) {
                    if (keep.add(l.source())) {
                        next.add(l.source());
                    }
                }
            }
            frontier = next;
        }
        CitationGraph g = new CitationGraph(0, keep.size(), keep.size() * 2);
        links.nodes(keep).values().forEach(g::putNode);
        for (List<Link> ls : links.outgoing(keep).values()) {
            for (Link l : ls) {
                if (keep.contains(l.target())) {
                    g.addEdge(l.source(), l.target(), l.edge());
                }
            }
        }
        return g;
    }

    /** The index commit this graph was built from. */
    public long generation() {
        return generation;
    }

    void putNode(DocNode node) {
        changed();
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
        changed();
        if (!from.equals(to)) {
            graph.addEdge(from, to, edge);
            noteImplementer(from, to, edge);
        }
    }

    private void noteImplementer(String from, String to, CitationEdge edge) {
        if (edge.relation() == vn.vanban.corpus.model.Relation.IMPLEMENTS) {
            List<String> sources = implementedBy.computeIfAbsent(to, k -> new ArrayList<>(2));
            if (!sources.contains(from)) {
                sources.add(from);
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
        changed();
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
        touched.forEach(this::removeIfOrphan);
    }

    /** A cited-only node nobody cites any more goes. */
    private void removeIfOrphan(String id) {
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
        changed();
        for (String id : indexed) {
            if (!graph.containsVertex(id)) {
                continue;
            }
            for (CitationEdge e : List.copyOf(graph.incomingEdgesOf(id))) {
                if (!e.stated() && !"resolved".equals(e.status()) && !"ambiguous".equals(e.status())) {
                    String from = graph.getEdgeSource(e);
                    graph.removeEdge(e);
                    graph.addEdge(from, id, e.withResolution("resolved", e.confidence(), e.candidates()));
                }
            }
        }
    }

    /** Points a reference at another document (a yearless ký hiệu resolved anew). */
    void moveEdge(CitationEdge e, String newTarget, CitationEdge replacement) {
        changed();
        String from = graph.getEdgeSource(e);
        String old = graph.getEdgeTarget(e);
        removeEdge(e);
        addEdge(from, newTarget, replacement);
        removeIfOrphan(old); // the guess nobody points at any more
    }

    /** How many references (not stated relations) reach this document. */
    public int references(String id) {
        return (int) incoming(id).stream().filter(l -> !l.stated()).count();
    }

    /** The JGraphT view, for algorithms and exporters; read-only by convention. */
    public Graph<String, CitationEdge> view() {
        return graph;
    }

    @Override
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

    /** A document's references, in the order of its text ({@link Link#OUTGOING}). */
    public List<CitationEdge> outgoingEdges(String id) {
        return outgoing(id).stream().map(Link::edge).toList();
    }

    /** The references to a document ({@link Link#INCOMING}). */
    public List<CitationEdge> incomingEdges(String id) {
        return incoming(id).stream().map(Link::edge).toList();
    }

    @Override
    public Map<String, DocNode> nodes(Collection<String> ids) {
        Map<String, DocNode> out = HashMap.newHashMap(ids.size());
        for (String id : ids) {
            DocNode n = nodes.get(id);
            if (n != null) {
                out.put(id, n);
            }
        }
        return out;
    }

    @Override
    public Map<String, List<String>> implementers(Collection<String> ids) {
        Map<String, List<String>> out = HashMap.newHashMap(ids.size());
        for (String id : ids) {
            List<String> by = implementedBy.get(id);
            if (by != null && !by.isEmpty()) {
                out.put(id, Collections.unmodifiableList(by));
            }
        }
        return out;
    }

    @Override
    public Map<String, List<Link>> outgoing(Collection<String> ids) {
        Map<String, List<Link>> out = HashMap.newHashMap(ids.size());
        for (String id : ids) {
            if (graph.containsVertex(id) && graph.outDegreeOf(id) > 0) {
                List<Link> links = new ArrayList<>();
                for (CitationEdge e : graph.outgoingEdgesOf(id)) {
                    links.add(new Link(id, graph.getEdgeTarget(e), e));
                }
                links.sort(Link.OUTGOING);
                out.put(id, links);
            }
        }
        return out;
    }

    @Override
    public Map<String, List<Link>> incoming(Collection<String> ids) {
        Map<String, List<Link>> out = HashMap.newHashMap(ids.size());
        for (String id : ids) {
            if (graph.containsVertex(id) && graph.inDegreeOf(id) > 0) {
                List<Link> links = new ArrayList<>();
                for (CitationEdge e : graph.incomingEdgesOf(id)) {
                    links.add(new Link(graph.getEdgeSource(e), id, e));
                }
                links.sort(Link.INCOMING);
                out.put(id, links);
            }
        }
        return out;
    }

    @Override
    public List<DocNode> withKey(String key) {
        return idsForKey(key).stream().sorted().map(nodes::get).toList();
    }

    @Override
    public List<DocNode> withKeyPrefix(String prefix, int size) {
        NavigableMap<String, List<String>> keys = sortedKeys;
        if (keys == null) {
            keys = new TreeMap<>();
            for (Map.Entry<String, List<String>> e : idsByKey.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    keys.put(e.getKey(), e.getValue().stream().sorted().toList());
                }
            }
            sortedKeys = keys;
        }
        List<DocNode> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : keys.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix) || out.size() >= size) {
                break;
            }
            e.getValue().stream().map(nodes::get).forEach(out::add);
        }
        return out.size() > size ? List.copyOf(out.subList(0, size)) : out;
    }

    @Override
    public List<Ranking.Ranked> top(Ranking.By by, NodeFilter filter, int size) {
        Rankings r = rankings;
        if (r == null) {
            r = new Rankings(this);
            rankings = r;
        }
        return r.top(by, filter, size);
    }

    @Override
    public long nodeCount() {
        return graph.vertexSet().size();
    }

    @Override
    public long linkCount() {
        return graph.edgeSet().size();
    }

    @Override
    public Stream<DocNode> allNodes() {
        return graph.vertexSet().stream().map(nodes::get);
    }

    @Override
    public Stream<Link> allLinks() {
        return graph.edgeSet().stream().map(e -> new Link(graph.getEdgeSource(e), graph.getEdgeTarget(e), e));
    }

    private void changed() {
        sortedKeys = null;
        rankings = null;
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
