package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.Rankings;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrRanks;
import vn.vanban.solr.SolrTarget;

@Command(name = "rank", mixinStandardHelpOptions = true,
        description = {"Compute PageRank over the citation graph of a SolrCloud collection and store it with the documents.", "",
            "A batch: builds the graph from the readings in the collection, computes PageRank (JGraphT's), and stores each"
                    + " document's score in its pagerank field (updated in place). Embedded, serve computes it when asked."},
        footer = ExitCodes.FOOTER)
final class RankCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "URLS", description = "The SolrCloud's nodes, comma-separated.")
    String solr;

    @Option(names = "--collection", description = "The documents collection. Default: ${DEFAULT-VALUE}.")
    String collection = SolrTarget.DEFAULT_COLLECTION;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SolrTarget target;
        try {
            target = SolrTarget.parse(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("vanban rank: --solr: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        long started = System.nanoTime();
        try (SolrConnection c = new SolrConnection(target)) {
            CitationGraph graph = SolrGraph.build(c);
            // Scores are stored for the documents of the collection: the nodes that are in the corpus.
            java.util.Set<String> documents = new java.util.HashSet<>();
            graph.nodes().stream().filter(vn.vanban.search.graph.DocNode::inCorpus).forEach(n -> documents.add(n.id()));
            int stored = SolrRanks.store(c, new Rankings(graph).pageRankScores(), documents);
            err.printf("vanban rank: PageRank of %d nodes (%d references); stored with %d documents of %s (%.1f s)%n",
                    graph.nodes().size(), graph.view().edgeSet().size(), stored, target.collection(),
                    (System.nanoTime() - started) / 1e9);
            err.flush();
            return ExitCodes.OK;
        } catch (Exception e) {
            err.println("vanban rank: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
