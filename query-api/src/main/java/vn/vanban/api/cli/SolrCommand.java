package vn.vanban.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "solr", mixinStandardHelpOptions = true,
        description = {"SolrCloud for archives that outgrow one machine.", "",
            "'up' runs a local SolrCloud for trying and tests; 'init' prepares a cluster of your own."},
        subcommands = {SolrUpCommand.class, SolrInitCommand.class},
        footer = ExitCodes.FOOTER)
final class SolrCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
