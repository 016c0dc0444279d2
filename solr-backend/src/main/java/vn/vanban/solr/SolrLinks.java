package vn.vanban.solr;

import static vn.vanban.solr.GraphFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Relation;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.GraphUnavailableException;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking;

/**
 * The citation graph as the edges collection holds it (written by {@link SolrGraphWriter}),
 * looked up a hop at a time: one {@code {!terms}} filter for a whole frontier (never
 * {@code {!graph}}, which walks one shard only). Nothing is held in memory between calls, so
 * every answer is of the collection's last commit, and any number of serve processes share it.
 */
public final class SolrLinks implements CitationLinks {

    /** Ids per terms filter: a cascade's frontier of communes stays well within one request (sent as POST). */
    private static final int TERMS = 2000;
    private static final int PAGE = 2000;
    private static final String SEPARATOR = "\u001f";

    private final SolrConnection solr;
    private final String edges;

    public SolrLinks(SolrConnection solr) {
        this.solr = solr;
        this.edges = solr.target().edges();
    }

    @Override
    public Map<String, DocNode> nodes(Collection<String> ids) {
        Map<String, DocNode> out = new HashMap<>();
        forChunks(ids, chunk -> each(query(NODE_KIND, NODE, chunk, NODE_JSON), d -> {
            DocNode n = node(d);
            out.put(n.id(), n);
        }));
        return out;
    }

    @Override
    public Map<String, List<String>> implementers(Collection<String> ids) {
        Map<String, LinkedHashSet<String>> found = new HashMap<>();
        forChunks(ids, chunk -> {
            SolrQuery q = query(LINK_KIND, DST, chunk, SRC, DST);
            q.addFilterQuery("{!term f=" + RELATION + "}" + Relation.IMPLEMENTS.json());
            each(q, d -> found.computeIfAbsent((String) d.getFieldValue(DST), k -> new LinkedHashSet<>())
                    .add((String) d.getFieldValue(SRC)));
        });
        Map<String, List<String>> out = new HashMap<>();
        found.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** One request a hop: the implementing documents' nodes are kept on their links. */
    @Override
    public Map<String, List<DocNode>> implementerNodes(Collection<String> ids) {
        Map<String, Map<String, DocNode>> found = new HashMap<>();
        forChunks(ids, chunk -> {
            SolrQuery q = query(LINK_KIND, DST, chunk, DST, SRC_NODE_JSON);
            q.addFilterQuery("{!term f=" + RELATION + "}" + Relation.IMPLEMENTS.json());
            each(q, d -> {
                DocNode n = Json.read((String) d.getFieldValue(SRC_NODE_JSON), DocNode.class);
                found.computeIfAbsent((String) d.getFieldValue(DST), k -> new java.util.LinkedHashMap<>()).putIfAbsent(n.id(), n);
            });
        });
        Map<String, List<DocNode>> out = new HashMap<>();
        found.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return out;
    }

    @Override
    public Map<String, List<Link>> outgoing(Collection<String> ids) {
        return links(ids, SRC, Link.OUTGOING);
    }

    @Override
    public Map<String, List<Link>> incoming(Collection<String> ids) {
        return links(ids, DST, Link.INCOMING);
    }

    private Map<String, List<Link>> links(Collection<String> ids, String end, java.util.Comparator<Link> order) {
        Map<String, List<Link>> out = new HashMap<>();
        forChunks(ids, chunk -> each(query(LINK_KIND, end, chunk, SRC, DST, LINK_JSON), d -> {
            Link l = link(d);
            out.computeIfAbsent(end.equals(SRC) ? l.source() : l.target(), k -> new ArrayList<>()).add(l);
        }));
        out.values().forEach(l -> l.sort(order));
        return out;
    }

    @Override
    public List<DocNode> withKey(String key) {
        SolrQuery q = kind(NODE_KIND, NODE_JSON);
        q.addFilterQuery("{!term f=" + NODE_KEY + "}" + key);
        List<DocNode> out = new ArrayList<>();
        each(q, d -> out.add(node(d)));
        out.sort(java.util.Comparator.comparing(DocNode::id));
        return out;
    }

    @Override
    public List<DocNode> withKeyPrefix(String prefix, int size) {
        SolrQuery q = kind(NODE_KIND, NODE_JSON);
        q.addFilterQuery("{!prefix f=" + NODE_KEY + "}" + prefix);
        q.setSort(NODE_KEY, SolrQuery.ORDER.asc);
        q.addSort(NODE, SolrQuery.ORDER.asc);
        q.setRows(size);
        List<DocNode> out = new ArrayList<>();
        run(q).getResults().forEach(d -> out.add(node(d)));
        return out;
    }

    /**
     * Nodes by the stored count, highest first, then id; the filter (type, province, level, dates,
     * compared as embedded does) is applied here, page by page, until {@code size} are found.
     */
    @Override
    public List<Ranking.Ranked> top(Ranking.By by, NodeFilter filter, int size) {
        String field = switch (by) {
            case IMPLEMENTERS -> IMPLEMENTERS_COUNT;
            case CITATIONS -> CITATIONS_COUNT;
            case PAGERANK -> PAGERANK;
        };
        SolrQuery q = kind(NODE_KIND, NODE_JSON, field);
        q.addFilterQuery(field + ":{0 TO *]");
        q.setSort(field, SolrQuery.ORDER.desc);
        q.addSort(ID, SolrQuery.ORDER.asc); // "n/" + id: the order of the ids
        q.setRows(Math.max(size, 100));
        List<Ranking.Ranked> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (out.size() < size) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = run(q);
            for (SolrDocument d : r.getResults()) {
                DocNode n = node(d);
                if (filter.test(n) && out.size() < size) {
                    out.add(new Ranking.Ranked(n, ((Number) d.getFieldValue(field)).doubleValue()));
                }
            }
            if (cursor.equals(r.getNextCursorMark())) {
                break;
            }
            cursor = r.getNextCursorMark();
        }
        return out;
    }

    @Override
    public long nodeCount() {
        return count(NODE_KIND);
    }

    @Override
    public long linkCount() {
        return count(LINK_KIND);
    }

    @Override
    public Stream<DocNode> allNodes() {
        List<DocNode> out = new ArrayList<>();
        each(kind(NODE_KIND, NODE_JSON), d -> out.add(node(d)));
        return out.stream();
    }

    @Override
    public Stream<Link> allLinks() {
        List<Link> out = new ArrayList<>();
        each(kind(LINK_KIND, SRC, DST, LINK_JSON), d -> out.add(link(d)));
        return out.stream();
    }

    private long count(String kind) {
        SolrQuery q = kind(kind);
        q.setRows(0);
        return run(q).getResults().getNumFound();
    }

    private static SolrQuery kind(String kind, String... fields) {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("{!term f=" + KIND + "}" + kind);
        if (fields.length > 0) {
            q.setFields(fields);
        }
        return q;
    }

    private static SolrQuery query(String kind, String field, List<String> ids, String... fields) {
        SolrQuery q = kind(kind, fields);
        // Ids named after files may hold commas: the values are split on a control character instead.
        q.addFilterQuery("{!terms f=" + field + " separator=$vbsep v=$vbids}");
        q.set("vbsep", SEPARATOR);
        q.set("vbids", String.join(SEPARATOR, ids));
        return q;
    }

    private static void forChunks(Collection<String> ids, Consumer<List<String>> each) {
        List<String> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += TERMS) {
            each.accept(all.subList(from, Math.min(all.size(), from + TERMS)));
        }
    }

    /** Every match, page by page by cursor mark. */
    private void each(SolrQuery q, Consumer<SolrDocument> each) {
        q.setRows(PAGE);
        q.setSort(ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = run(q);
            r.getResults().forEach(each);
            if (r.getResults().size() < PAGE || cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }

    private QueryResponse run(SolrQuery q) {
        try {
            return solr.client().query(edges, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new GraphUnavailableException("SolrCloud " + String.join(",", solr.target().urls()) + " (" + edges + ")", e);
        }
    }

    private static DocNode node(SolrDocument d) {
        return Json.read((String) d.getFieldValue(NODE_JSON), DocNode.class);
    }

    private static Link link(SolrDocument d) {
        return new Link((String) d.getFieldValue(SRC), (String) d.getFieldValue(DST),
                Json.read((String) d.getFieldValue(LINK_JSON), EdgeRow.class).edge());
    }
}
