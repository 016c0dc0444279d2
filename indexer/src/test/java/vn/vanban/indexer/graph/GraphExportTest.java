package vn.vanban.indexer.graph;

import vn.vanban.search.graph.CitationEdge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.json.JSONImporter;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * The seeds' graph exported as JSON equals the golden file (golden/seeds-graph.json; to accept a
 * deliberate change, run with -Dgolden.update=true and review the diff), and reads back into the
 * same graph.
 */
class GraphExportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds-graph.json");

    private static CitationGraph seeds() throws Exception {
        DocumentReader reader = new DocumentReader();
        DocumentIds ids = new DocumentIds(Vocabulary.standard());
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 1);
        try (var files = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path p : files.sorted().toList()) {
                OfficialDocument d = reader.read(p).document();
                b.add(ids.forDocument(d), d);
            }
        }
        return b.build();
    }

    private static String json(CitationGraph g) {
        StringWriter out = new StringWriter();
        GraphExport x = new GraphExport(g);
        x.write(x.select(null, 0), GraphExport.Format.JSON, out);
        return out.toString();
    }

    @Test
    void jsonExportOfTheSeedsMatchesTheGoldenFile() throws Exception {
        String got = json(seeds());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, got + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8).strip(), got.strip());
    }

    @Test
    void jsonExportReadsBackIntoTheSameGraph() throws Exception {
        CitationGraph g = seeds();
        Graph<String, String> back = GraphTypeBuilder.<String, String>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(false).weighted(false).edgeSupplier(new java.util.function.Supplier<>() {
                    private int n;

                    @Override
                    public String get() {
                        return "e" + n++;
                    }
                }).buildGraph();
        JSONImporter<String, String> importer = new JSONImporter<>();
        importer.setVertexFactory(id -> id);
        java.util.Map<String, String> relations = new java.util.HashMap<>();
        importer.addEdgeAttributeConsumer((pair, attribute) -> {
            if ("relation".equals(pair.getSecond())) {
                relations.put(pair.getFirst(), attribute.getValue());
            }
        });
        importer.importGraph(back, new StringReader(json(g)));
        assertEquals(g.view().vertexSet(), back.vertexSet());
        Set<String> original = new TreeSet<>();
        for (CitationEdge e : g.view().edgeSet()) {
            original.add(g.source(e) + " " + e.relation().json() + " " + g.target(e));
        }
        Set<String> read = new TreeSet<>();
        for (String e : back.edgeSet()) {
            read.add(back.getEdgeSource(e) + " " + relations.get(e) + " " + back.getEdgeTarget(e));
        }
        assertEquals(original, read);
    }

    @Test
    void neighbourhoodAndOtherFormats() throws Exception {
        CitationGraph g = seeds();
        GraphExport x = new GraphExport(g);
        assertEquals(Set.of("1102-cd-ttg-2021", "2763-ubnd-kgvx-2021-dien-bien"), x.select("1102-cd-ttg-2021", 1).vertexSet());
        assertEquals(Set.of("30-2021-qh15", "86-nq-cp-2021", "3461-ubnd-thnv-2021-tra-vinh"),
                new TreeSet<>(x.select("30-2021-qh15", 1).vertexSet()).headSet("zz"));
        StringWriter dot = new StringWriter();
        x.write(x.select("1102-cd-ttg-2021", 1), GraphExport.Format.DOT, dot);
        assertTrue(dot.toString().contains("\"2763-ubnd-kgvx-2021-dien-bien\" -> \"1102-cd-ttg-2021\" [ label=\"implements\" ]"),
                dot.toString());
        StringWriter graphml = new StringWriter();
        x.write(x.select("1102-cd-ttg-2021", 1), GraphExport.Format.GRAPHML, graphml);
        assertTrue(graphml.toString().contains("<data key=\"numberSymbol\">1102/CĐ-TTg</data>")
                || graphml.toString().contains("1102/CĐ-TTg"), graphml.toString());
        assertEquals(List.of(), List.of());
    }
}
