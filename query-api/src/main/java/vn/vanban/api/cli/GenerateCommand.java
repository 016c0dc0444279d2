package vn.vanban.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.generate.CorpusGenerator;
import vn.vanban.corpus.vocab.Vocabulary;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic corpus of official documents, for benchmarks and tests.", "",
            "Central documents (Công điện, Nghị quyết, Quyết định, Chỉ thị, Thông báo, Công văn of the Chính phủ, the Thủ tướng and ministries), "
                + "documents of the 63 provinces implementing them days to weeks later, and district documents implementing those: "
                + "headers in the official layout, 5–17 KB of text each, citations, and the noise of converted files. "
                + "The same seed gives the same files. Besides the documents, DIR/.manifest.tsv says what each file is "
                + "(path, id, numberSymbol, type, issuer, province, date, implements) and DIR/.queries.tsv holds the benchmark's queries "
                + "(kind, q, type, province, expect); indexing DIR skips both."},
        footer = ExitCodes.FOOTER)
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, description = "How many documents.")
    int docs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (must be empty or absent).")
    Path out;

    @Option(names = "--seed", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed = 20261123L;

    @Option(names = "--queries", description = "Queries of each kind in .queries.tsv. Default: ${DEFAULT-VALUE}.")
    int queries = 100;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (docs < 1) {
            err.println("vanban generate: --docs must be at least 1");
            return ExitCodes.FAILED;
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !BenchCorpusCommand.isEmpty(out))) {
            err.printf("vanban generate: %s is not an empty folder; give a new one%n", out);
            return ExitCodes.FAILED;
        }
        long started = System.nanoTime();
        AtomicLong last = new AtomicLong();
        CorpusGenerator.Written w = new CorpusGenerator(Vocabulary.standard()).generate(docs, seed, queries, out, done -> {
            long now = System.nanoTime();
            long prev = last.get();
            if ((done == docs || now - prev > 2_000_000_000L) && last.compareAndSet(prev, now)) {
                err.printf("vanban generate: %d/%d documents%n", done, docs);
                err.flush();
            }
        });
        double secs = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("vanban generate: %d documents (%.1f MB) and %d queries in %s, %.1f s%n",
                w.documents(), w.bytes() / 1e6, w.queries(), out, secs);
        return ExitCodes.OK;
    }
}
