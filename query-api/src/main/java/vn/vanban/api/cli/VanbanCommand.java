package vn.vanban.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "vanban", mixinStandardHelpOptions = true, version = "vanban 0.1.0",
        description = "Search and citation graph over Vietnamese official documents (văn bản).",
        subcommands = {ExtractCommand.class, IndexCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
            GenerateCommand.class, SolrCommand.class, RankCommand.class,
            CommandLine.HelpCommand.class},
        footer = ExitCodes.FOOTER)
public final class VanbanCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
