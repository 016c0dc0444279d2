package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.index.IndexRun;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build or update the search index and the citation graph.", "",
            "Reads every document under the given paths. Run again on the same or more paths, it updates in place: new and changed files are read, unchanged ones skipped, and the documents of files gone from a folder being indexed are removed. Files that cannot be read are named on stderr; the rest is indexed."},
        footer = ExitCodes.FOOTER)
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A file or folder of documents; repeat for more. Default: the bundled corpus (${DEFAULT-VALUE}).")
    List<Path> corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder. Default: ${DEFAULT-VALUE}.")
    Path index = Defaults.index();

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Issuer of every metadata row (.csv, .jsonl) that names none, e.g. \"Ủy ban nhân dân tỉnh Bình Dương\".")
    String issuer;

    @Override
    public Integer call() throws Exception {
        return run(corpus == null || corpus.isEmpty() ? List.of(Defaults.corpus()) : corpus, index,
                new ReadOptions(issuer), spec.commandLine().getErr());
    }

    static int run(List<Path> paths, Path index, ReadOptions options, PrintWriter err) throws Exception {
        CorpusIndexer indexer = new CorpusIndexer(new IndexLayout(index), new DocumentReader(), Vocabulary.standard());
        IndexRun run = indexer.index(paths, options, new ConsoleProgress(err));
        err.printf("vanban index: %d files: %d read (%d documents indexed), %d unchanged, %d could not be read, %d gone;"
                        + " the index at %s holds %d documents; graph %d nodes, %d edges (%.1f s)%n",
                run.files(), run.filesRead(), run.indexed(), run.unchanged(), run.failures().size(), run.removed(), index,
                run.documents(), run.graphNodes(), run.graphEdges(), run.millis() / 1000.0);
        err.flush();
        return run.anyFailed() ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
    }
}
