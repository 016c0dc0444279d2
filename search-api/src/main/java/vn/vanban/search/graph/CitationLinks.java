package vn.vanban.search.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The citation graph as the queries read it (implementers, upstream, cascade, coverage, siblings,
 * matrix, resolve, suggest, rankings): nodes and links looked up a hop at a time, for a whole
 * frontier at once. The embedded graph answers from memory; a SolrCloud answers each call with a
 * query or two, so that no serving process has to hold the whole graph.
 */
public interface CitationLinks {

    /** The nodes of these ids that the graph has. */
    Map<String, DocNode> nodes(Collection<String> ids);

    default Optional<DocNode> node(String id) {
        return Optional.ofNullable(nodes(List.of(id)).get(id));
    }

    /**
     * For each of these ids, the documents that implement it directly (by their own text or by a
     * third's word), each once; ids that nobody implements may be absent. Their order is not
     * meaningful.
     */
    Map<String, List<String>> implementers(Collection<String> ids);

    /**
     * As {@link #implementers(Collection)}, with the implementing documents' nodes: one hop of a
     * cascade. A store may answer it in one lookup (SolrCloud keeps the source's node on the link).
     */
    default Map<String, List<DocNode>> implementerNodes(Collection<String> ids) {
        Map<String, List<String>> by = implementers(ids);
        Map<String, DocNode> nodes = nodes(by.values().stream().flatMap(List::stream).distinct().toList());
        Map<String, List<DocNode>> out = new java.util.HashMap<>();
        by.forEach((id, sources) -> out.put(id, sources.stream().map(s -> {
            DocNode n = nodes.get(s);
            if (n == null) {
                throw new IllegalStateException("the graph has a link from " + s + " but no such node");
            }
            return n;
        }).toList()));
        return out;
    }

    /** For each of these ids, its references, in {@link Link#OUTGOING} order; ids with none may be absent. */
    Map<String, List<Link>> outgoing(Collection<String> ids);

    /** For each of these ids, the references to it, in {@link Link#INCOMING} order; ids with none may be absent. */
    Map<String, List<Link>> incoming(Collection<String> ids);

    default List<Link> outgoing(String id) {
        return outgoing(List.of(id)).getOrDefault(id, List.of());
    }

    default List<Link> incoming(String id) {
        return incoming(List.of(id)).getOrDefault(id, List.of());
    }

    /** The nodes with this ký hiệu key (NumberSymbol.key), across years and provinces, by id. */
    List<DocNode> withKey(String key);

    /** At most {@code size} nodes whose key starts with {@code prefix}, by key and then id. */
    List<DocNode> withKeyPrefix(String prefix, int size);

    /** The first {@code size} nodes the filter accepts, by the order's count (highest first, then id); counts of 0 left out. */
    List<Ranking.Ranked> top(Ranking.By by, NodeFilter filter, int size);

    long nodeCount();

    long linkCount();

    /** Every node and every link: for exports of the whole graph. */
    Stream<DocNode> allNodes();

    Stream<Link> allLinks();
}
