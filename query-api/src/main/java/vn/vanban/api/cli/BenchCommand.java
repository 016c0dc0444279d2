package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CascadeQuery;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.indexer.graph.SyntheticGraph;
import vn.vanban.indexer.graph.GraphStore;
import vn.vanban.indexer.graph.MappedGraph;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks (not tests): timings on this machine.", ""},
        subcommands = {BenchCommand.Graph.class, BenchCorpusCommand.class},
        footer = ExitCodes.FOOTER)
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = {"Latency of implementers, cascade and coverage on a synthetic citation graph.", "",
                "Builds a graph shaped like the real one (central orders, provinces implementing them, districts implementing the provinces, plain citations), stores it as `serve` reads it and opens it (memory-mapped), runs each query for random orders after a warm-up on the graph in memory and on the stored one, and prints p50 and p99 latency, heap, build, write and open times; the last line is one JSON object.", "",
                "With --into-index, the graph is stored as the graph of that index (made by `vanban index`), in place of its own: `vanban serve --index DIR` then serves the index's documents with this graph, to time a server's start on a large graph. Delete DIR/graph.bin to have the index's own graph built again."},
            footer = ExitCodes.FOOTER)
    static final class Graph implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--nodes", description = "Documents. Default: ${DEFAULT-VALUE}.")
        int nodes = 1_000_000;

        @Option(names = "--edges", description = "References. Default: ${DEFAULT-VALUE}.")
        int edges = 3_000_000;

        @Option(names = "--queries", description = "Queries of each kind. Default: ${DEFAULT-VALUE}.")
        int queries = 2000;

        @Option(names = "--seed", description = "Seed. Default: ${DEFAULT-VALUE}.")
        long seed = 20261123L;

        @Option(names = "--into-index", paramLabel = "DIR",
                description = "Store the graph as the graph of the index in DIR (its own is replaced).")
        java.nio.file.Path intoIndex;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long generation = 0;
            java.nio.file.Path file;
            if (intoIndex != null) {
                vn.vanban.indexer.index.IndexLayout layout = new vn.vanban.indexer.index.IndexLayout(intoIndex);
                generation = vn.vanban.indexer.index.OpenIndex.exists(layout)
                        ? vn.vanban.indexer.index.OpenIndex.lastCommitGeneration(layout) : -1;
                if (generation < 0) {
                    err.println("vanban bench graph: --into-index " + intoIndex + ": no index there (make one with `vanban index`)");
                    return ExitCodes.FAILED;
                }
                file = layout.graph();
            } else {
                file = java.nio.file.Files.createTempFile("vanban-bench-graph", ".bin");
                file.toFile().deleteOnExit();
            }
            long before = usedHeap();
            long t0 = System.nanoTime();
            CitationGraph g = SyntheticGraph.generate(nodes, edges, seed, Vocabulary.standard(), generation);
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            long heapMb = (usedHeap() - before) / (1024 * 1024);
            out.printf("graph: %d nodes, %d edges, built in %.1f s, %d MB of heap%n", g.nodeCount(), g.linkCount(),
                    buildSeconds, heapMb);
            out.flush();
            GraphStore store = new GraphStore(file);
            long t1 = System.nanoTime();
            store.write(g);
            double writeSeconds = (System.nanoTime() - t1) / 1e9;
            double fileMb = java.nio.file.Files.size(file) / 1e6;
            out.printf("stored: %.1f MB in %.1f s (%s)%n", fileMb, writeSeconds, file);
            out.flush();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("nodes", g.nodeCount());
            result.put("edges", g.linkCount());
            result.put("heapMB", heapMb);
            result.put("buildSeconds", Math.round(buildSeconds * 10) / 10.0);
            result.put("writeSeconds", Math.round(writeSeconds * 10) / 10.0);
            result.put("fileMB", Math.round(fileMb * 10) / 10.0);
            result.putAll(queries(out, "", g));
            g = null; // only the stored graph from here: its heap is what stays
            long beforeOpen = usedHeap();
            long t2 = System.nanoTime();
            MappedGraph mapped = store.open(generation).orElseThrow();
            double openMs = (System.nanoTime() - t2) / 1e6;
            long mappedHeapMb = (usedHeap() - beforeOpen) / (1024 * 1024);
            out.printf("opened (mapped, checksum read) in %.0f ms, %d MB of heap%n", openMs, mappedHeapMb);
            result.put("openMs", Math.round(openMs));
            result.put("mappedHeapMB", mappedHeapMb);
            result.put("mapped", queries(out, "mapped ", mapped));
            out.println(Json.write(result));
            out.flush();
            return ExitCodes.OK;
        }

        private Map<String, Object> queries(PrintWriter out, String label, vn.vanban.search.graph.CitationLinks g) {
            int orders = SyntheticGraph.orders(nodes);
            ImplementersQuery implementers = new ImplementersQuery(g);
            CascadeQuery cascade = new CascadeQuery(g);
            CoverageQuery coverage = new CoverageQuery(g, Vocabulary.standard());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("implementers", time(out, label + "implementers", orders, i -> implementers.implementers("c-" + i, 0)));
            result.put("cascade", time(out, label + "cascade", orders, i -> cascade.cascade("c-" + i)));
            result.put("coverage", time(out, label + "coverage", orders, i -> coverage.coverage("c-" + i)));
            return result;
        }

        private Map<String, Double> time(PrintWriter out, String name, int orders, IntConsumer query) {
            Random r = new Random(seed + name.substring(name.lastIndexOf(' ') + 1).hashCode()); // the same orders in memory and mapped
            for (int i = 0; i < Math.min(queries, 500); i++) {
                query.accept(r.nextInt(orders)); // warm-up
            }
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                int order = r.nextInt(orders);
                long t = System.nanoTime();
                query.accept(order);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            double p50 = nanos[queries / 2] / 1e6;
            double p99 = nanos[(int) Math.min(queries - 1, Math.ceil(queries * 0.99) - 1)] / 1e6;
            out.printf("%-20s p50 %.3f ms  p99 %.3f ms%n", name, p50, p99);
            out.flush();
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("p50ms", Math.round(p50 * 1000) / 1000.0);
            m.put("p99ms", Math.round(p99 * 1000) / 1000.0);
            return m;
        }

        /** Heap in use after a few full collections: what stays reachable. */
        static long usedHeap() {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }
    }
}
