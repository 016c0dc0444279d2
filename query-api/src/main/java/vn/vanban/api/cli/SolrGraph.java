package vn.vanban.api.cli;

import java.io.IOException;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrReadings;

/** The citation graph of a SolrCloud collection, built in memory from the readings stored there (serve --solr, rank). */
public final class SolrGraph {

    private SolrGraph() {}

    public static CitationGraph build(SolrConnection solr) throws IOException {
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 0);
        SolrReadings.all(solr).forEach(b::add);
        return b.build();
    }
}
