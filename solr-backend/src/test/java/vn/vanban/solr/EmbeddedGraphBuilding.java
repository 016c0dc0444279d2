package vn.vanban.solr;

import java.util.Map;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.Rankings;
import vn.vanban.search.graph.GraphBuilding;

/** The graph building `vanban index --solr` uses (query-api's SolrGraph), for the tests of this module. */
final class EmbeddedGraphBuilding implements GraphBuilding {

    static CitationGraph graph(Map<String, OfficialDocument> readings) {
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 0);
        readings.forEach(b::add);
        return b.build();
    }

    @Override
    public Built build(Map<String, OfficialDocument> readings) {
        CitationGraph g = graph(readings);
        return new Built(g, new Rankings(g).pageRankScores());
    }
}
