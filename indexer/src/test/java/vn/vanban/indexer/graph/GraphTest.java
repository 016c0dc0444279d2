package vn.vanban.indexer.graph;

import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.Implementer;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.search.graph.ReferenceResolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;

/** The graph built from the seeds: nodes, typed edges, resolution of spellings and years, storage. */
class GraphTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");
    private final DocumentReader reader = new DocumentReader();
    private final DocumentIds ids = new DocumentIds(Vocabulary.standard());

    private CitationGraph build(List<OfficialDocument> docs) {
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 7);
        docs.forEach(d -> b.add(ids.forDocument(d), d));
        return b.build();
    }

    private OfficialDocument seed(String file) throws Exception {
        return reader.read(SEEDS.resolve(file)).document();
    }

    private List<OfficialDocument> seeds() throws Exception {
        return List.of(seed("000_a01debc89b18572e.txt"), seed("001_794841c1d5532eea.txt"), seed("002_afa367f4d10b4d1b.txt"),
                seed("003_1daa43e088c804bd.txt"), seed("004_c8c6c9745651a367.txt"));
    }

    @Test
    void seedsGiveTheirCitedDocumentsAsNodesAndTypedEdges() throws Exception {
        CitationGraph g = build(seeds());
        assertEquals(5, g.documentsInCorpus());
        Map<String, String> edges = new TreeMap<>();
        for (CitationEdge e : g.view().edgeSet()) {
            edges.merge(g.source(e) + " -> " + g.target(e), e.relation().json() + (e.stated() ? "*" : ""), (a, b) -> a + "," + b);
        }
        assertEquals(Map.of(
                "2763-ubnd-kgvx-2021-dien-bien -> 1102-cd-ttg-2021", "implements",
                "f-001-794841c1d5532eea -> 131-tb-tu-2021-lai-chau", "implements",
                "f-002-afa367f4d10b4d1b -> 116-tb-vpcp-2021", "implements",
                "2641-ubnd-kgvx-2021-dien-bien -> 5553-vpcp-kgvx-2021", "implements",
                "2641-ubnd-kgvx-2021-dien-bien -> 2441-kh-ubnd-2021-dien-bien", "cites",
                "3461-ubnd-thnv-2021-tra-vinh -> 86-nq-cp-2021", "implements",
                "3461-ubnd-thnv-2021-tra-vinh -> 30-2021-qh15", "cites",
                "3461-ubnd-thnv-2021-tra-vinh -> 68-nq-cp-2021", "cites",
                "3461-ubnd-thnv-2021-tra-vinh -> 23-2021-qd-ttg", "cites",
                "86-nq-cp-2021 -> 30-2021-qh15", "implements*"), edges);
        DocNode cd = g.node("1102-cd-ttg-2021").orElseThrow();
        assertFalse(cd.inCorpus());
        assertEquals("Công điện", cd.type());
        assertEquals(DocDate.of(2021, 8, 23), cd.date());
        assertEquals("Thủ tướng Chính phủ", cd.issuer());
    }

    @Test
    void aCitedDocumentBecomesTheRealOneWhenIndexedAndKeepsItsEdges() throws Exception {
        OfficialDocument cd = reader.parse("1102.txt", """
                THỦ TƯỚNG CHÍNH PHỦ

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                Số: 1102/CĐ-TTg

                Hà Nội, ngày 23 tháng 8 năm 2021

                CÔNG ĐIỆN
                Về việc tăng cường thực hiện các biện pháp phòng, chống dịch COVID-19 trên toàn quốc

                THỦ TƯỚNG CHÍNH PHỦ điện:
                """);
        assertEquals("1102-cd-ttg-2021", ids.forDocument(cd));
        CitationGraph g = build(List.of(seed("000_a01debc89b18572e.txt"), cd));
        DocNode n = g.node("1102-cd-ttg-2021").orElseThrow();
        assertTrue(n.inCorpus());
        assertEquals("Thủ tướng Chính phủ", n.issuer());
        assertEquals(List.of("2763-ubnd-kgvx-2021-dien-bien"),
                g.incoming(n.id()).stream().map(Link::source).toList());
        assertEquals(2, g.view().vertexSet().size());
    }

    @Test
    void everySpellingResolvesToOneNodeAndTheYearSeparatesRepeats() throws Exception {
        CitationGraph g = build(seeds());
        ReferenceResolver r = new ReferenceResolver(g);
        for (String spelling : List.of("1102/CĐ-TTg", "1102/cd-ttg", "1102 CĐ TTg", "01102/CD-TTG", "1102-CĐ/TTg")) {
            assertEquals(List.of("1102-cd-ttg-2021"), r.resolve(spelling, null).stream().map(DocNode::id).toList(), spelling);
        }
        assertEquals(List.of(), r.resolve("1103/CĐ-TTg", null));
        assertEquals(List.of(), r.resolve("hello", null));
    }

    @Test
    void implementersGoDownThroughStatedRelations() throws Exception {
        CitationGraph g = build(seeds());
        List<Implementer> impl = new ImplementersQuery(g).implementers("30-2021-qh15", 0);
        assertEquals(List.of("86-nq-cp-2021@1", "3461-ubnd-thnv-2021-tra-vinh@2"),
                impl.stream().map(i -> i.document().id() + "@" + i.depth()).toList());
        assertEquals("86-nq-cp-2021", impl.get(1).via());
        assertEquals(20L, impl.get(1).lagDays());
        assertEquals(1, new ImplementersQuery(g).implementers("30-2021-qh15", 1).size());
        assertEquals(List.of(), new ImplementersQuery(g).implementers("68-nq-cp-2021", 0), "cited, not implemented");
    }

    @Test
    void storedGraphRoundTripsAndAStaleOneIsNotUsed(@TempDir Path dir) throws Exception {
        CitationGraph g = build(seeds());
        GraphStore store = new GraphStore(dir.resolve("graph.bin"));
        store.write(g);
        CitationGraph back = store.read(7).orElseThrow();
        assertEquals(Set.copyOf(g.nodes()), Set.copyOf(back.nodes()));
        assertEquals(edgeSet(g), edgeSet(back));
        assertEquals(List.of("86-nq-cp-2021"), back.implementers("30-2021-qh15"));
        String key = back.node("1102-cd-ttg-2021").orElseThrow().key();
        assertEquals(List.of("1102-cd-ttg-2021"), back.idsForKey(key));
        assertTrue(store.read(8).isEmpty(), "a graph of another index commit is stale");
    }

    @Test
    void aDamagedGraphFileIsSaidToBeDamagedAndAForeignOneIsNotUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graph.bin");
        new GraphStore(file).write(build(seeds()));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        DamagedGraphException e = assertThrows(DamagedGraphException.class, () -> new GraphStore(file).read(7),
                "half a file of this commit: said, not quietly rebuilt");
        assertTrue(e.getMessage().startsWith(file + ": the stored citation graph is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("vanban index"), "says what to do: " + e.getMessage());
        Files.writeString(file, "{\"format\":2}");
        assertTrue(new GraphStore(file).read(7).isEmpty(), "not this format: rebuilt from the index");
    }

    /** Levels (like relations) are stored by name: reordering the enum cannot change what a stored graph says. */
    @Test
    void levelsAndRelationsAreStoredByName(@TempDir Path dir) throws Exception {
        CitationGraph g = build(seeds());
        Path file = dir.resolve("graph.bin");
        new GraphStore(file).write(g);
        String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String name : List.of("central", "province", "implements", "cites")) {
            assertTrue(bytes.contains(name), name + " is written as its name");
        }
        CitationGraph back = new GraphStore(file).read(7).orElseThrow();
        assertEquals(vn.vanban.corpus.model.Level.PROVINCE, back.node("2763-ubnd-kgvx-2021-dien-bien").orElseThrow().level());
        assertEquals(vn.vanban.corpus.model.Level.CENTRAL, back.node("1102-cd-ttg-2021").orElseThrow().level());
    }

    @Test
    void aJsonGraphOfTheFormatBeforeIsRead(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("graph.json");
        Files.writeString(json, """
                {"format":2,"generation":7,
                 "nodes":[{"id":"86-nq-cp-2021","key":"86/nq-cp","numberSymbol":"86/NQ-CP","type":"Nghị quyết",
                           "date":"2021-08-06","issuer":"Chính phủ","level":"central","inCorpus":true},
                          {"id":"30-2021-qh15","key":"30/2021/qh15","numberSymbol":"30/2021/QH15","type":"Nghị quyết",
                           "issuer":"Quốc hội","level":"central","inCorpus":false}],
                 "edges":[{"source":"86-nq-cp-2021","target":"30-2021-qh15","relation":"implements",
                           "citing":"86-nq-cp-2021","stated":false,"start":120,"end":132,"mentions":2,"status":"cited"}]}
                """);
        CitationGraph g = LegacyGraphFiles.readJson(json, 7).orElseThrow();
        assertEquals(List.of("86-nq-cp-2021"), g.implementers("30-2021-qh15"));
        assertEquals(Set.of("86-nq-cp-2021>30-2021-qh15>IMPLEMENTS>86-nq-cp-2021>false>120>132>2>cited"), edgeSet(g));
        assertEquals(DocDate.of(2021, 8, 6), g.node("86-nq-cp-2021").orElseThrow().date());
        assertTrue(LegacyGraphFiles.readJson(json, 8).isEmpty(), "stale");
    }

    private static Set<String> edgeSet(CitationGraph g) {
        return g.view().edgeSet().stream()
                .map(e -> g.source(e) + ">" + g.target(e) + ">" + e.relation() + ">" + e.citing() + ">" + e.stated()
                        + ">" + e.start() + ">" + e.end() + ">" + e.mentions() + ">" + e.status())
                .collect(Collectors.toSet());
    }

}
