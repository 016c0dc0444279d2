package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
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
import vn.vanban.indexer.index.CorpusWatcher;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexRun;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build or update the search index and the citation graph.", "",
            "Reads every document under the given paths, and the documents added through the API (kept in the index folder's added/ subfolder). Run again on the same or more paths, it updates in place: new and changed files are read, unchanged ones skipped, and the documents of files gone from a folder being indexed are removed. Files that cannot be read are named on stderr; the rest is indexed.",
            "With --watch it keeps running after the first run and indexes again whenever files under the paths are added, changed or removed (Ctrl-C stops it; a run cut short commits nothing, so the last good index stays)."},
        footer = ExitCodes.FOOTER)
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A file or folder of documents; repeat for more. Default: the bundled corpus, ${sys:vanban.home:-.}/corpus/documents.")
    List<Path> corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder. Default: ${DEFAULT-VALUE}.")
    Path index = Defaults.index();

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Issuer of every metadata row (.csv, .jsonl) that names none, e.g. \"Ủy ban nhân dân tỉnh Bình Dương\".")
    String issuer;

    @Option(names = "--watch", description = "After indexing, keep watching the paths and index changes as they come.")
    boolean watch;

    @Option(names = "--settle", paramLabel = "MILLIS", defaultValue = "1000",
            description = "With --watch: wait until files have stopped changing for this long before indexing (default ${DEFAULT-VALUE} ms).")
    long settleMillis;

    @Option(names = "--solr", paramLabel = "URLS",
            description = "Index into a SolrCloud instead (its nodes, comma-separated: http://host:8983/solr,…; prepared by 'vanban solr init'). After the commit the citation graph of the whole collection is written to its edges collection.")
    String solr;

    @Option(names = "--collection", description = "With --solr: the documents collection. Default: ${DEFAULT-VALUE}.")
    String collection = vn.vanban.solr.SolrTarget.DEFAULT_COLLECTION;

    @Override
    public Integer call() throws Exception {
        List<Path> paths = corpus == null || corpus.isEmpty() ? List.of(Defaults.corpus()) : corpus;
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options = new ReadOptions(issuer);
        if (solr != null) {
            return solr(paths, options, err);
        }
        CorpusIndexer indexer = new CorpusIndexer(new IndexLayout(index), new DocumentReader(), Vocabulary.standard());
        int code = run(indexer, paths, index, options, err);
        if (!watch) {
            return code;
        }
        try (CorpusWatcher watcher = new CorpusWatcher(paths, Duration.ofMillis(Math.max(0, settleMillis)))) {
            err.printf("vanban index: watching %s for changes (Ctrl-C to stop)%n", paths);
            err.flush();
            watcher.watch(roots -> indexer.index(withAdded(roots, index), options, new ConsoleProgress(err)),
                    new CorpusWatcher.Listener() {
                        @Override
                        public void indexed(IndexRun run) {
                            report(run, index, err);
                        }

                        @Override
                        public void runFailed(Exception e) {
                            err.printf("vanban index: run failed, nothing committed, the last good index stays: %s%n",
                                    e.getMessage());
                            err.flush();
                        }
                    });
        }
        return code;
    }

    /** The same run into a SolrCloud: its files, flags (--watch too), exit codes and report. */
    private int solr(List<Path> paths, ReadOptions options, PrintWriter err) throws java.io.IOException {
        vn.vanban.solr.SolrTarget target;
        try {
            target = vn.vanban.solr.SolrTarget.parse(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("vanban index: --solr: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (vn.vanban.solr.SolrConnection c = new vn.vanban.solr.SolrConnection(target)) {
            vn.vanban.solr.SolrIndexer indexer = new vn.vanban.solr.SolrIndexer(c, new DocumentReader(), Vocabulary.standard(),
                    new SolrGraph());
            int code;
            try {
                code = reportSolr(indexer.index(paths, options, new ConsoleProgress(err)), target, err);
            } catch (Exception e) {
                err.println("vanban index: " + solrFailure(e));
                return ExitCodes.FAILED;
            }
            if (!watch) {
                return code;
            }
            try (CorpusWatcher watcher = new CorpusWatcher(paths, Duration.ofMillis(Math.max(0, settleMillis)))) {
                err.printf("vanban index: watching %s for changes, indexing them into %s (Ctrl-C to stop)%n", paths,
                        target.collection());
                err.flush();
                watcher.watch(roots -> indexer.index(roots, options, new ConsoleProgress(err)), new CorpusWatcher.Listener() {
                    @Override
                    public void indexed(IndexRun run) {
                        reportSolr(run, target, err);
                    }

                    @Override
                    public void runFailed(Exception e) {
                        err.printf("vanban index: run failed: %s; watching on%n", solrFailure(e));
                        err.flush();
                    }
                });
            }
            return code;
        }
    }

    private static int reportSolr(IndexRun run, vn.vanban.solr.SolrTarget target, PrintWriter err) {
        err.printf("vanban index: %d files: %d read (%d documents indexed), %d unchanged, %d could not be read, %d gone;"
                        + " the collection %s holds %d documents; graph %d nodes, %d edges (%.1f s)%n",
                run.files(), run.filesRead(), run.indexed(), run.unchanged(), run.failures().size(), run.removed(),
                target.collection(), run.documents(), run.graphNodes(), run.graphEdges(), run.millis() / 1000.0);
        err.flush();
        return run.anyFailed() ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
    }

    /** What a failed run on Solr left: the documents committed but not the graph, or a run cut short. */
    private static String solrFailure(Exception e) {
        if (e instanceof vn.vanban.solr.SolrIndexStore.GraphNotWrittenException) {
            return e.getMessage();
        }
        return e.getMessage() + " (nothing of this run was committed, but what it sent may show after the"
                + " cluster's next commit: Solr cannot undo it; the next run completes it)";
    }

    static int run(List<Path> paths, Path index, ReadOptions options, PrintWriter err) throws Exception {
        CorpusIndexer indexer = new CorpusIndexer(new IndexLayout(index), new DocumentReader(), Vocabulary.standard());
        return run(indexer, paths, index, options, err);
    }

    private static int run(CorpusIndexer indexer, List<Path> paths, Path index, ReadOptions options, PrintWriter err)
            throws Exception {
        IndexRun run = report(indexer.index(withAdded(paths, index), options, new ConsoleProgress(err)), index, err);
        return run.anyFailed() ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
    }

    /**
     * The paths, and the index's folder of documents added through the API when there is one: a
     * run over the corpus leaves them in any case (they are not under its paths), and this way an
     * index rebuilt from nothing, or read again by a newer reader, has them too.
     */
    static List<Path> withAdded(List<Path> paths, Path index) {
        Path added = new IndexLayout(index.toAbsolutePath().normalize()).added();
        if (!Files.isDirectory(added) || paths.stream().anyMatch(p -> added.startsWith(p.toAbsolutePath().normalize()))) {
            return paths;
        }
        List<Path> all = new ArrayList<>(paths);
        all.add(added);
        return all;
    }

    private static IndexRun report(IndexRun run, Path index, PrintWriter err) {
        err.printf("vanban index: %d files: %d read (%d documents indexed), %d unchanged, %d could not be read, %d gone;"
                        + " the index at %s holds %d documents; graph %d nodes, %d edges (%.1f s)%n",
                run.files(), run.filesRead(), run.indexed(), run.unchanged(), run.failures().size(), run.removed(), index,
                run.documents(), run.graphNodes(), run.graphEdges(), run.millis() / 1000.0);
        err.flush();
        return run;
    }
}
