package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.eval.YearlessEval;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Measure how yearless ký hiệu are resolved.", "",
            "Builds the graph of the Bình Dương listing (../shared/corpus/binhduong/binhduong-dev.csv) and compares the year of the document each labelled yearless citation reaches (corpus/eval/yearless-labels.jsonl) with the year labelled: 'undated' are cited without a date (the year is resolved), 'dated' with one; 'Dev' rows of even years, 'HeldOut' of odd years. The last line is one JSON object."},
        footer = ExitCodes.FOOTER)
final class EvalResolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "FILE", description = "The labelled yearless citations. Default: ${DEFAULT-VALUE}.")
    Path labels = Defaults.home().resolve("corpus").resolve("eval").resolve("yearless-labels.jsonl");

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared corpus. Default: ${DEFAULT-VALUE}.")
    Path shared = Defaults.home().resolveSibling("shared").resolve("corpus");

    @Option(names = "--misses", description = "Also list every citation resolved to another year.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path csv = shared.resolve("binhduong/binhduong-dev.csv");
        for (Path p : new Path[] {labels, csv}) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("vanban eval resolve: " + p + ": not found (see --labels and --shared)");
                return ExitCodes.FAILED;
            }
        }
        YearlessEval.Report r = YearlessEval.run(labels, csv, new DocumentReader(), Vocabulary.standard());
        if (misses) {
            r.misses().forEach(m -> out.println("miss: " + m));
        }
        for (Map.Entry<String, Object> e : r.figures().entrySet()) {
            out.println(e.getKey() + ": " + e.getValue());
        }
        out.println(Json.write(r.figures()));
        out.flush();
        return ExitCodes.OK;
    }
}
