package vn.vanban.solr;

import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Relation;
import vn.vanban.search.graph.CitationEdge;

/**
 * The fields of the edges collection (configset/schema.xml): node documents and link documents,
 * and how an edge is written there and read back whole.
 */
final class GraphFields {

    private GraphFields() {}

    static final String ID = "id";
    static final String KIND = "kind";
    static final String NODE_KIND = "node";
    static final String LINK_KIND = "link";
    static final String GENERATION = "generation";
    static final String NODE = "node";
    static final String NODE_KEY = "node_key";
    static final String NODE_JSON = "node_json";
    static final String IMPLEMENTERS_COUNT = "implementers_count";
    static final String CITATIONS_COUNT = "citations_count";
    static final String PAGERANK = "pagerank_score";
    static final String SRC = "src";
    static final String DST = "dst";
    static final String RELATION = "relation";
    static final String CITING = "citing";
    static final String STATED = "stated";
    static final String STATUS = "status";
    static final String LINK_JSON = "link_json";
    /** On an implements link: the implementing document's node, so that a cascade's hop is one request. */
    static final String SRC_NODE_JSON = "src_node_json";

    static String nodeDocId(String node) {
        return "n/" + node;
    }

    /** The {@code k}-th reference of {@code src} in text order: the same id for the same graph. */
    static String linkDocId(String src, int k) {
        return "l/" + src + "/" + k;
    }

    /** An edge as stored: every field of it, so that it reads back equal. */
    record EdgeRow(Relation relation, String citing, boolean stated, int start, int end, int mentions, String status,
            double confidence, List<CandidateRow> candidates) {

        static EdgeRow of(CitationEdge e) {
            return new EdgeRow(e.relation(), e.citing(), e.stated(), e.start(), e.end(), e.mentions(), e.status(),
                    e.confidence(), e.candidates().stream().map(c -> new CandidateRow(c.id(), c.date(), c.score())).toList());
        }

        CitationEdge edge() {
            return new CitationEdge(relation, citing, stated, start, end, mentions, status, confidence,
                    candidates == null ? List.of() : candidates.stream()
                            .map(c -> new CitationEdge.Candidate(c.id(), c.date(), c.score())).toList());
        }
    }

    record CandidateRow(String id, DocDate date, double score) {}
}
