package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrInit;
import vn.vanban.solr.SolrTarget;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Upload vanban's configset to a SolrCloud and create its collections.", "",
            "Uploads the configset 'vanban' (schema and solrconfig; an untrusted upload replaces an older one, a trusted one"
                    + " is kept) and creates the collections COLLECTION (documents) and COLLECTION_edges (the citation"
                    + " graph's edges), waiting until every replica is active; collections that exist are kept with their"
                    + " data. The schema's analysis needs Lucene's ICU analysis on the nodes (lucene-analysis-icu, which"
                    + " Solr's analysis-extras module holds: start Solr with SOLR_MODULES=analysis-extras)."},
        footer = ExitCodes.FOOTER)
final class SolrInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "URLS",
            description = "The nodes, comma-separated: http://host:8983/solr,… (any one that answers will do).")
    String solr;

    @Option(names = "--collection", description = "The documents collection. Default: ${DEFAULT-VALUE}.")
    String collection = SolrTarget.DEFAULT_COLLECTION;

    @Option(names = "--shards", description = "Shards of each collection. Default: ${DEFAULT-VALUE}.")
    int shards = 2;

    @Option(names = "--replicas", description = "Replicas of each shard. Default: ${DEFAULT-VALUE}.")
    int replicas = 2;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolrTarget target;
        try {
            target = SolrTarget.parse(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("vanban solr init: --solr: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (shards < 1 || replicas < 1) {
            err.println("vanban solr init: --shards and --replicas must be at least 1");
            return ExitCodes.FAILED;
        }
        try (SolrConnection c = new SolrConnection(target)) {
            SolrInit.Result r = SolrInit.run(c, shards, replicas);
            out.println("configset " + r.configset() + (r.trustedKept() ? ": a trusted one was there, kept" : ": uploaded"));
            r.created().forEach(x -> out.println("collection " + x + ": created, " + shards + " shards × " + replicas + " replicas"));
            r.existing().forEach(x -> out.println("collection " + x + ": there already, kept with its data" + (r.trustedKept() ? "" : " and reloaded with the configset")));
            out.flush();
            return ExitCodes.OK;
        } catch (Exception e) {
            err.println("vanban solr init: the SolrCloud at " + String.join(",", target.urls()) + " did not do it: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
