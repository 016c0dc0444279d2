package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.model.Json;
import vn.vanban.indexer.eval.RetrievalEval;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Measure search on an ALQAC-style retrieval set.", "",
            "Indexes each article of each law as a document, runs every question through vanban's search as written and again without diacritics, and prints R@1, R@5, R@10 and MRR@10; the last line is one JSON object. Reads both question formats: text + relevant_articles, and statement + legal_passages."},
        footer = ExitCodes.FOOTER)
final class EvalSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LAWS.json", description = "The laws: [{id, articles: [{id, text}]}].")
    Path laws;

    @Parameters(index = "1", paramLabel = "QUESTIONS.json", description = "The questions and their gold articles.")
    Path questions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : new Path[] {laws, questions}) {
            if (!Files.isRegularFile(p)) {
                err.println("vanban eval search: " + p + ": no such file");
                return ExitCodes.FAILED;
            }
        }
        RetrievalEval.Report r = new RetrievalEval().run(laws, questions);
        out.printf("%d questions over %d articles%n", r.questions(), r.documents());
        Map<String, Object> m = r.asMap();
        out.println("as written:         " + m.get("accented"));
        out.println("without diacritics: " + m.get("unaccented"));
        out.println(Json.write(r.asMap()));
        out.flush();
        return ExitCodes.OK;
    }
}
