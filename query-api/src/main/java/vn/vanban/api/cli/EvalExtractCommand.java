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
import vn.vanban.corpus.eval.ExtractionEval;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.read.DocumentReader;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure the reader on the labelled development set.", "",
            "Reads the labelled Bình Dương rows, gazette documents and portal pages (texts from ../shared/corpus, labels from corpus/eval) and prints precision, recall and relation accuracy of citations, accuracy of their fields, of stated relations, and of header fields; and the headers of the portal pages of tvpl/ against the portal's own metadata block (tvpl/portal-metadata.tsv; read without that block, split into the development half, file names 0-7, and the held-out half, 8-f; 'WithHeader': the pages whose text holds the header). The last line is one JSON object."},
        footer = ExitCodes.FOOTER)
final class EvalExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "DIR", description = "Folder of the golden files. Default: ${DEFAULT-VALUE}.")
    Path labels = Defaults.home().resolve("corpus").resolve("eval");

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared corpus with the labelled texts. Default: ${DEFAULT-VALUE}.")
    Path shared = Defaults.home().resolveSibling("shared").resolve("corpus");

    @Option(names = "--misses", description = "Also list every miss (a citation not found or not labelled, a wrong field).")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : new Path[] {labels.resolve("binhduong-labels.jsonl"), labels.resolve("gazette-labels.jsonl"),
            shared.resolve("binhduong/binhduong-dev.csv"), shared.resolve("gazette")}) {
            if (!Files.exists(p)) {
                err.println("vanban eval extract: " + p + ": not found (see --labels and --shared)");
                return ExitCodes.FAILED;
            }
        }
        ExtractionEval.Report report = new ExtractionEval(new DocumentReader()).run(labels, shared);
        if (misses) {
            report.misses().forEach(m -> out.println("miss: " + m));
        }
        for (Map.Entry<String, Object> e : report.figures().entrySet()) {
            out.println(e.getKey() + ": " + e.getValue());
        }
        out.println(Json.write(report.figures()));
        out.flush();
        return ExitCodes.OK;
    }
}
