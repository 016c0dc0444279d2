package vn.vanban.solr;

import static vn.vanban.solr.GraphFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Relation;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;

/**
 * Writes a whole citation graph into the edges collection: a node document per node (with its
 * counts of implementers and citing documents and its PageRank, which rankings sort by), a link
 * document per reference, all stamped with this write's generation; then deletes what an older
 * write left and commits once, so a reader sees the old graph or the new one per shard.
 * Documents keep their ids from one write to the next when the graph is the same.
 */
public final class SolrGraphWriter {

    private static final int BATCH = 1000;

    private final SolrConnection solr;

    public SolrGraphWriter(SolrConnection solr) {
        this.solr = solr;
    }

    /** What was written. */
    public record Written(long nodes, long links, long generation) {}

    public Written write(CitationLinks graph, Map<String, Double> pageRank) throws IOException {
        long generation = System.currentTimeMillis();
        String edges = solr.target().edges();
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        long nodes = 0;
        long links = 0;
        try {
            List<DocNode> all;
            try (Stream<DocNode> s = graph.allNodes()) {
                all = s.toList();
            }
            for (int from = 0; from < all.size(); from += BATCH) {
                List<DocNode> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
                List<String> ids = chunk.stream().map(DocNode::id).toList();
                Map<String, List<Link>> in = graph.incoming(ids);
                Map<String, List<Link>> out = graph.outgoing(ids);
                for (DocNode n : chunk) {
                    List<Link> citedBy = in.getOrDefault(n.id(), List.of());
                    String nodeJson = Json.write(n);
                    batch.add(node(n, nodeJson, citedBy, pageRank.getOrDefault(n.id(), 0.0), generation));
                    nodes++;
                    List<Link> refs = out.getOrDefault(n.id(), List.of());
                    for (int k = 0; k < refs.size(); k++) {
                        batch.add(link(refs.get(k), k, generation, nodeJson));
                        links++;
                    }
                }
                if (batch.size() >= BATCH) {
                    send(edges, batch);
                }
            }
            send(edges, batch);
            UpdateRequest gone = new UpdateRequest();
            gone.deleteByQuery("*:* -" + GENERATION + ":" + generation);
            SolrIndexStore.send(solr, edges, gone);
            solr.client().commit(edges);
            return new Written(nodes, links, generation);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("writing the citation graph to " + edges + " at " + String.join(",", solr.target().urls())
                    + ": " + SolrIndexStore.shortened(e.getMessage()), e);
        }
    }

    private static SolrInputDocument node(DocNode n, String nodeJson, List<Link> citedBy, double pageRank, long generation) {
        Set<String> citing = new HashSet<>();
        Set<String> implementing = new HashSet<>();
        for (Link l : citedBy) {
            citing.add(l.source());
            if (l.relation() == Relation.IMPLEMENTS) {
                implementing.add(l.source());
            }
        }
        SolrInputDocument d = new SolrInputDocument();
        d.addField(ID, nodeDocId(n.id()));
        d.addField(KIND, NODE_KIND);
        d.addField(GENERATION, generation);
        d.addField(NODE, n.id());
        if (n.key() != null) {
            d.addField(NODE_KEY, n.key());
        }
        d.addField(NODE_JSON, nodeJson);
        d.addField(IMPLEMENTERS_COUNT, implementing.size());
        d.addField(CITATIONS_COUNT, citing.size());
        d.addField(PAGERANK, pageRank);
        return d;
    }

    private static SolrInputDocument link(Link l, int k, long generation, String sourceNodeJson) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(ID, linkDocId(l.source(), k));
        d.addField(KIND, LINK_KIND);
        d.addField(GENERATION, generation);
        d.addField(SRC, l.source());
        d.addField(DST, l.target());
        d.addField(RELATION, l.relation().json());
        if (l.edge().citing() != null) {
            d.addField(CITING, l.edge().citing());
        }
        d.addField(STATED, l.stated());
        if (l.edge().status() != null) {
            d.addField(STATUS, l.edge().status());
        }
        d.addField(LINK_JSON, Json.write(EdgeRow.of(l.edge())));
        if (l.relation() == Relation.IMPLEMENTS) {
            d.addField(SRC_NODE_JSON, sourceNodeJson);
        }
        return d;
    }

    private void send(String collection, List<SolrInputDocument> batch) throws SolrServerException, IOException {
        if (batch.isEmpty()) {
            return;
        }
        UpdateRequest u = new UpdateRequest();
        u.add(batch);
        SolrIndexStore.send(solr, collection, u);
        batch.clear();
    }
}
