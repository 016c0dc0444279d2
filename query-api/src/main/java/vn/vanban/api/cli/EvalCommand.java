package vn.vanban.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure vanban on labelled data.", "", "Each subcommand prints its figures, the last line as one JSON object."},
        subcommands = {EvalExtractCommand.class, EvalSearchCommand.class, EvalResolveCommand.class},
        footer = ExitCodes.FOOTER)
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
