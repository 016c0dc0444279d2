package vn.vanban.api.cli;

import java.io.IOException;
import java.util.Map;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.Rankings;
import vn.vanban.search.graph.GraphBuilding;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrReadings;

/**
 * The citation graph of a SolrCloud collection, built in memory from the readings stored there by
 * the embedded graph's rules (GraphBuilder), with JGraphT's PageRank: what `index --solr` writes
 * to the edges collection after its commit, and what `rank` computes.
 */
public final class SolrGraph implements GraphBuilding {

    @Override
    public Built build(Map<String, OfficialDocument> readings) {
        CitationGraph graph = of(readings);
        return new Built(graph, new Rankings(graph).pageRankScores());
    }

    static CitationGraph of(Map<String, OfficialDocument> readings) {
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 0);
        readings.forEach(b::add);
        return b.build();
    }

    public static CitationGraph build(SolrConnection solr) throws IOException {
        return of(SolrReadings.all(solr));
    }
}
