package vn.vanban.search.graph;

import java.util.Map;
import vn.vanban.corpus.model.OfficialDocument;

/**
 * Builds the citation graph of a whole collection from its readings (id → reading), by the same
 * rules as the embedded index (references resolved, yearless ký hiệu weighed), with each node's
 * PageRank: what a store that keeps no graph of its own writes after a run.
 */
public interface GraphBuilding {

    Built build(Map<String, OfficialDocument> readings);

    record Built(CitationLinks graph, Map<String, Double> pageRank) {}
}
