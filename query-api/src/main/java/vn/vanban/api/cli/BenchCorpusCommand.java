package vn.vanban.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.generate.CorpusGenerator;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CascadeQuery;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexRun;
import vn.vanban.indexer.index.OpenIndex;
import vn.vanban.search.Filters;
import vn.vanban.search.SearchHit;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SortOrder;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Indexing throughput, search and graph latency, heap and size on disk, on a generated corpus.", "",
            "Indexes DIR (made by vanban generate) into a new index with all cores, reading and extracting citations as "
                + "vanban index does; opens it as vanban serve does; runs every query of DIR/.queries.tsv (top 10 with "
                + "snippets; filtered ones with facets) after a warm-up pass, --repeat times; runs implementers, cascade and "
                + "coverage for central documents of DIR/.manifest.tsv; prints a table, and the last line is one JSON object. "
                + "docs/bench/performance.sh runs it beside SQLite FTS5, PostgreSQL and an HTTP load."},
        footer = ExitCodes.FOOTER)
final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A corpus written by vanban generate.")
    Path corpus;

    @Option(names = "--index", required = true, paramLabel = "DIR",
            description = "Where to build the index: a new folder, or one this command built before with --reuse.")
    Path index;

    @Option(names = "--reuse", description = "Use the index already in --index instead of building it.")
    boolean reuse;

    @Option(names = "--repeat", description = "Times each query is run after the warm-up. Default: ${DEFAULT-VALUE}.")
    int repeat = 5;

    @Option(names = "--graph-queries", description = "Central documents asked about, for each graph query. Default: ${DEFAULT-VALUE}.")
    int graphQueries = 2000;

    @Option(names = "--read-sample", paramLabel = "N",
            description = "Files read again on one thread, to time the reader alone (CPU time, best of 5 passes after 2 warm-up ones). 0 skips it. Default: ${DEFAULT-VALUE}.")
    int readSample = 2000;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON object to FILE.")
    Path json;

    private record Query(String kind, String q, String type, String province, String expect) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path manifest = corpus.resolve(CorpusGenerator.MANIFEST);
        Path queryFile = corpus.resolve(CorpusGenerator.QUERIES);
        for (Path p : List.of(manifest, queryFile)) {
            if (!Files.isRegularFile(p)) {
                err.printf("vanban bench corpus: %s is missing: give a folder made by vanban generate%n", p);
                return ExitCodes.FAILED;
            }
        }
        if (!reuse && Files.exists(index) && !isEmpty(index)) {
            err.printf("vanban bench corpus: %s is not empty; give a new folder, or --reuse to time an index built before%n", index);
            return ExitCodes.FAILED;
        }
        List<String[]> rows = tsv(manifest);
        List<Query> queries = tsv(queryFile).stream().map(r -> new Query(r[0], r[1], r[2], r[3], r[4])).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", rows.size());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        IndexLayout layout = new IndexLayout(index);
        if (!reuse) {
            long bytes = corpusBytes(corpus);
            CorpusIndexer indexer = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard());
            IndexRun run = indexer.index(List.of(corpus), new ConsoleProgress(err));
            double secs = run.millis() / 1000.0;
            Map<String, Object> ix = new LinkedHashMap<>();
            ix.put("seconds", round(secs, 1));
            ix.put("docsPerSecond", Math.round(run.indexed() / secs));
            ix.put("megabytes", round(bytes / 1e6, 1));
            ix.put("mbPerSecond", round(bytes / 1e6 / secs, 2));
            ix.put("indexed", run.indexed());
            ix.put("failed", run.failures().size());
            ix.put("graphNodes", run.graphNodes());
            ix.put("graphEdges", run.graphEdges());
            result.put("index", ix);
            out.printf("index: %d documents, %.1f MB in %.1f s: %.0f docs/s, %.2f MB/s (%d cores)%n", run.indexed(),
                    bytes / 1e6, secs, run.indexed() / secs, bytes / 1e6 / secs, Runtime.getRuntime().availableProcessors());
        }
        if (readSample > 0) {
            result.put("read", readSpeed(out));
        }
        result.put("luceneMB", round(folderBytes(layout.lucene()) / 1e6, 1));
        result.put("graphMB", round(folderBytes(layout.graph()) / 1e6, 1));
        long heapBefore = BenchCommand.Graph.usedHeap();
        long t0 = System.nanoTime();
        try (OpenIndex open = OpenIndex.open(layout, Vocabulary.standard())) {
            result.put("openSeconds", round((System.nanoTime() - t0) / 1e9, 2));
            result.put("heapMB", (BenchCommand.Graph.usedHeap() - heapBefore) / (1024 * 1024));
            out.printf("open: %.2f s; heap held by the open index and graph %d MB; index %.1f MB, graph %.1f MB on disk%n",
                    result.get("openSeconds"), result.get("heapMB"), result.get("luceneMB"), result.get("graphMB"));
            result.put("search", searches(open, queries, out));
            List<String> central = rows.stream().filter(r -> r[5].isEmpty()).map(r -> r[1]).toList();
            Map<String, Object> graph = new LinkedHashMap<>();
            ImplementersQuery implementers = new ImplementersQuery(open.graph());
            CascadeQuery cascade = new CascadeQuery(open.graph());
            CoverageQuery coverage = new CoverageQuery(open.graph(), Vocabulary.standard());
            graph.put("implementers", time(out, "implementers", central, id -> implementers.implementers(id, 0)));
            graph.put("cascade", time(out, "cascade", central, cascade::cascade));
            graph.put("coverage", time(out, "coverage", central, coverage::coverage));
            result.put("graph", graph);
        }
        String line = Json.write(result);
        out.println(line);
        out.flush();
        if (json != null) {
            Files.writeString(json, line + "\n");
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> searches(OpenIndex open, List<Query> queries, PrintWriter out) throws IOException {
        for (Query q : queries) {
            run(open, q); // warm-up
        }
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        Map<String, int[]> quality = new LinkedHashMap<>(); // queries, with a hit, expected, expected found
        for (int i = 0; i < repeat; i++) {
            for (Query q : queries) {
                long t = System.nanoTime();
                SearchResults r = run(open, q);
                long took = System.nanoTime() - t;
                nanos.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(took);
                nanos.computeIfAbsent("all", k -> new ArrayList<>()).add(took);
                if (i == 0) {
                    int[] c = quality.computeIfAbsent(q.kind(), k -> new int[4]);
                    c[0]++;
                    c[1] += r.total() > 0 ? 1 : 0;
                    if (!q.expect().isEmpty()) {
                        c[2]++;
                        c[3] += r.hits().stream().map(SearchHit::id).anyMatch(q.expect()::equals) ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> e : nanos.entrySet()) {
            Map<String, Object> k = percentiles(e.getValue());
            int[] c = quality.get(e.getKey());
            if (c != null) {
                k.put("queries", c[0]);
                k.put("withHits", c[1]);
                if (c[2] > 0) {
                    k.put("expectedInTop10", round((double) c[3] / c[2], 3));
                }
            }
            out.printf("search %-9s p50 %.2f ms  p99 %.2f ms%s%n", e.getKey(), k.get("p50ms"), k.get("p99ms"),
                    c == null ? "" : String.format("  (%d queries, %d with hits%s)", c[0], c[1],
                            c[2] > 0 ? String.format(", expected document in top 10: %d/%d", c[3], c[2]) : ""));
            m.put(e.getKey(), k);
        }
        return m;
    }

    private static SearchResults run(OpenIndex open, Query q) throws IOException {
        Filters filters = q.kind().equals("filtered")
                ? new Filters(blank(q.type()), null, null, blank(q.province()), null, null) : Filters.NONE;
        // Facets where the query set asks for them (filtered), as the other engines are asked.
        return open.search().search(new SearchRequest(q.q(), filters, SortOrder.RELEVANCE, 1, 10, null,
                q.kind().equals("filtered")));
    }

    private Map<String, Object> time(PrintWriter out, String name, List<String> ids, java.util.function.Consumer<String> query) {
        Random r = new Random(name.hashCode());
        int n = Math.min(graphQueries, ids.size() * 10);
        for (int i = 0; i < Math.min(n, 500); i++) {
            query.accept(ids.get(r.nextInt(ids.size())));
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.get(r.nextInt(ids.size()));
            long t = System.nanoTime();
            query.accept(id);
            nanos.add(System.nanoTime() - t);
        }
        Map<String, Object> k = percentiles(nanos);
        out.printf("%-13s p50 %.3f ms  p99 %.3f ms%n", name, k.get("p50ms"), k.get("p99ms"));
        return k;
    }

    private static Map<String, Object> percentiles(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50ms", round(v[v.length / 2] / 1e6, 3));
        m.put("p99ms", round(v[(int) Math.min(v.length - 1, Math.ceil(v.length * 0.99) - 1)] / 1e6, 3));
        m.put("meanms", round(Arrays.stream(v).average().orElse(0) / 1e6, 3));
        m.put("runs", v.length);
        return m;
    }

    private static List<String[]> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> Arrays.copyOf(l.split("\t", -1), 8))
                .map(a -> { for (int i = 0; i < a.length; i++) { a[i] = a[i] == null ? "" : a[i]; } return a; }).toList();
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /** Whether a folder holds nothing. */
    static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The reader alone: a sample of the corpus in memory, read on this thread, timed in CPU time. */
    private Map<String, Object> readSpeed(PrintWriter out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .limit(readSample).toList();
        }
        List<byte[]> bytes = new ArrayList<>();
        long total = 0;
        for (Path f : files) {
            bytes.add(Files.readAllBytes(f));
            total += bytes.get(bytes.size() - 1).length;
        }
        DocumentReader reader = new DocumentReader();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int pass = 0; pass < 7; pass++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < bytes.size(); i++) {
                try {
                    reader.read(files.get(i).toString(), files.get(i).getFileName().toString(), bytes.get(i));
                } catch (vn.vanban.corpus.read.UnreadableDocumentException e) {
                    // counted as read: refusing is the reader's work too
                }
            }
            double secs = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            if (pass >= 2) {
                best = Math.max(best, bytes.size() / secs);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", bytes.size());
        m.put("docsPerCpuSecond", Math.round(best));
        m.put("mbPerCpuSecond", round(best * total / bytes.size() / 1e6, 2));
        out.printf("read: %d documents on one thread, %.0f docs per CPU second (%.2f MB/s)%n", bytes.size(), best,
                best * total / bytes.size() / 1e6);
        return m;
    }

    private static long corpusBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long folderBytes(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
