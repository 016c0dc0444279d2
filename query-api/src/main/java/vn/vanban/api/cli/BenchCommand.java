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
                "Builds a graph shaped like the real one (central orders, provinces implementing them, districts implementing the provinces, plain citations), runs each query for random orders after a warm-up, and prints p50 and p99 latency, the graph's heap footprint and the build time; the last line is one JSON object."},
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

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            long before = usedHeap();
            long t0 = System.nanoTime();
            CitationGraph g = SyntheticGraph.generate(nodes, edges, seed, Vocabulary.standard());
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            long heapMb = (usedHeap() - before) / (1024 * 1024);
            out.printf("graph: %d nodes, %d edges, built in %.1f s, %d MB of heap%n", g.view().vertexSet().size(),
                    g.view().edgeSet().size(), buildSeconds, heapMb);
            int orders = SyntheticGraph.orders(nodes);
            ImplementersQuery implementers = new ImplementersQuery(g);
            CascadeQuery cascade = new CascadeQuery(g);
            CoverageQuery coverage = new CoverageQuery(g, Vocabulary.standard());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("nodes", g.view().vertexSet().size());
            result.put("edges", g.view().edgeSet().size());
            result.put("heapMB", heapMb);
            result.put("buildSeconds", Math.round(buildSeconds * 10) / 10.0);
            result.put("implementers", time(out, "implementers", orders, i -> implementers.implementers("c-" + i, 0)));
            result.put("cascade", time(out, "cascade", orders, i -> cascade.cascade("c-" + i)));
            result.put("coverage", time(out, "coverage", orders, i -> coverage.coverage("c-" + i)));
            out.println(Json.write(result));
            out.flush();
            return ExitCodes.OK;
        }

        private Map<String, Double> time(PrintWriter out, String name, int orders, IntConsumer query) {
            Random r = new Random(seed + name.hashCode());
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
            out.printf("%-13s p50 %.3f ms  p99 %.3f ms%n", name, p50, p99);
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
