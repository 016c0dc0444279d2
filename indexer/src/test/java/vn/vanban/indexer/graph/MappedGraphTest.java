package vn.vanban.indexer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking;

/**
 * The stored graph read in place answers every question of {@link CitationLinks} as the graph it
 * was written from does: on the seeds, on a synthetic graph of a few thousand documents, and on a
 * random one with ids and keys outside ASCII (supplementary characters included, where UTF-8 and
 * String order differ).
 */
class MappedGraphTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");

    @TempDir
    Path dir;

    private MappedGraph stored(CitationGraph g) throws Exception {
        GraphStore store = new GraphStore(dir.resolve("graph.bin"));
        store.write(g);
        return store.open(g.generation()).orElseThrow();
    }

    static CitationGraph seeds() throws Exception {
        DocumentReader reader = new DocumentReader();
        DocumentIds ids = new DocumentIds(Vocabulary.standard());
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 7);
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                OfficialDocument d = reader.read(p).document();
                b.add(ids.forDocument(d), d);
            }
        }
        return b.build();
    }

    @Test
    void seedsAnswerAlike() throws Exception {
        CitationGraph g = seeds();
        // and a yearless reference with its candidates, as the resolver leaves them
        g.addEdge("86-nq-cp-2021", "1102-cd-ttg-2021", new CitationEdge(Relation.CITES, "86-nq-cp-2021", false, 10, 20, 2,
                "yearInferred", 0.625, List.of(new CitationEdge.Candidate("1102-cd-ttg-2021", DocDate.of(2021, 8, 23), 0.625),
                        new CitationEdge.Candidate("1102-cd-ttg-2020", null, 0.375))));
        assertAlike(g, stored(g));
    }

    @Test
    void aSyntheticGraphAnswersAlike() throws Exception {
        CitationGraph g = SyntheticGraph.generate(3_000, 6_000, 11, Vocabulary.standard());
        assertAlike(g, stored(g));
    }

    @Test
    void aRandomGraphWithUnicodeIdsAnswersAlike() throws Exception {
        Random r = new Random(20261204);
        String[] alphabet = {"a", "đ", "ệ", "Ư", "\uD83D\uDE00", "\uFF21", "-", "/", "1", "9"};
        CitationGraph g = new CitationGraph(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder id = new StringBuilder();
            for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) {
                id.append(alphabet[r.nextInt(alphabet.length)]);
            }
            int points = id.codePointCount(0, id.length());
            String key = r.nextInt(4) == 0 ? null // valid text: a key never ends inside a surrogate pair
                    : id.substring(0, id.offsetByCodePoints(0, Math.min(points, 1 + r.nextInt(3))));
            g.putNode(new DocNode(id + "#" + i, key, key, r.nextBoolean() ? null : "tên " + i, "Công văn",
                    r.nextBoolean() ? null : DocDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                    "Ủy ban", r.nextBoolean() ? "Hà Nội" : "Huế", Level.values()[r.nextInt(Level.values().length)],
                    r.nextBoolean()));
            ids.add(id + "#" + i);
        }
        Relation[] relations = Relation.values();
        for (int i = 0; i < 1_500; i++) {
            String from = ids.get(r.nextInt(ids.size()));
            String to = ids.get(r.nextInt(ids.size()));
            boolean stated = r.nextInt(5) == 0;
            g.addEdge(from, to, new CitationEdge(relations[r.nextInt(relations.length)],
                    stated ? ids.get(r.nextInt(ids.size())) : from, stated, r.nextInt(5000), r.nextInt(5000), 1 + r.nextInt(3),
                    r.nextBoolean() ? "resolved" : null));
        }
        assertAlike(g, stored(g));
    }

    @Test
    void anEmptyGraphIsStoredAndRead() throws Exception {
        CitationGraph g = new CitationGraph(5);
        MappedGraph m = stored(g);
        assertEquals(0, m.nodeCount());
        assertEquals(Map.of(), m.nodes(List.of("x")));
        assertEquals(List.of(), m.top(Ranking.By.PAGERANK, NodeFilter.ANY, 10));
    }

    @Test
    void aByteChangedAnywhereIsSaidToBeDamaged() throws Exception {
        CitationGraph g = seeds();
        Path file = dir.resolve("graph.bin");
        new GraphStore(file).write(g);
        byte[] whole = Files.readAllBytes(file);
        for (int at : new int[] {60, whole.length / 2, whole.length - 5}) {
            byte[] changed = whole.clone();
            changed[at] ^= 0x10;
            Files.write(file, changed);
            DamagedGraphException e = assertThrows(DamagedGraphException.class, () -> new GraphStore(file).open(7),
                    "byte " + at + " changed");
            assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        }
    }

    /** An index built by the version before (format 5, the seeds' graph of commit 7) is read and stored again. */
    @Test
    void aGraphOfFormatFiveIsUpgraded() throws Exception {
        Path file = dir.resolve("graph.bin");
        Files.copy(Path.of("src/test/resources/graph-format5-seeds.bin"), file);
        GraphStore store = new GraphStore(file);
        assertTrue(store.open(7).isEmpty(), "not this format");
        MappedGraph upgraded = store.upgrade(dir.resolve("graph.json"), 7).orElseThrow();
        assertAlike(seeds(), upgraded);
        assertTrue(store.open(7).isPresent(), "stored in this format");
        assertTrue(new GraphStore(dir.resolve("other.bin")).upgrade(dir.resolve("graph.json"), 7).isEmpty(), "nothing to upgrade");
    }

    private static void assertAlike(CitationLinks g, CitationLinks m) {
        assertSameLines(describe(g), describe(m));
    }

    /** The first line that differs, and where in it: a whole description does not fit in a failure message. */
    private static void assertSameLines(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            if (!e.equals(a)) {
                int at = 0;
                while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 120);
                throw new AssertionError("line " + i + " differs at " + at + ":\n expected …" + e.substring(from, Math.min(e.length(), at + 200))
                        + "\n actual   …" + a.substring(from, Math.min(a.length(), at + 200)));
            }
        }
        assertEquals(expected.size(), actual.size(), "lines");
    }

    /** Every answer of the graph, as lines: the same lines, the same graph for every query the API makes. */
    static List<String> describe(CitationLinks g) {
        List<String> out = new ArrayList<>();
        out.add("nodes " + g.nodeCount() + " links " + g.linkCount());
        TreeMap<String, DocNode> nodes = new TreeMap<>();
        g.allNodes().forEach(n -> nodes.put(n.id(), n));
        List<String> ids = new ArrayList<>(nodes.keySet());
        ids.add("no-such-document");
        ids.add("");
        out.add("allNodes " + nodes.values());
        out.add("allLinks " + new TreeSet<>(g.allLinks().map(MappedGraphTest::line).toList()));
        Map<String, DocNode> looked = g.nodes(ids);
        for (String id : ids) {
            out.add(id + " node " + looked.get(id) + " / " + g.node(id).orElse(null));
            out.add(id + " out " + g.outgoing(id).stream().map(MappedGraphTest::line).toList());
            out.add(id + " in " + g.incoming(id).stream().map(MappedGraphTest::line).toList());
            out.add(id + " implementers " + new TreeSet<>(g.implementers(List.of(id)).getOrDefault(id, List.of())));
        }
        assertEquals(g.outgoing(ids).keySet(), ids.stream().filter(i -> !g.outgoing(i).isEmpty()).collect(java.util.stream.Collectors.toSet()));
        TreeSet<String> keys = new TreeSet<>();
        nodes.values().forEach(n -> {
            if (n.key() != null) {
                keys.add(n.key());
            }
        });
        keys.add("zzz-no-such-key");
        for (String key : keys) {
            out.add("key " + key + " " + g.withKey(key).stream().map(DocNode::id).toList());
            for (int len = 0; len <= Math.min(3, key.length()); len++) {
                String prefix = key.substring(0, len);
                for (int size : new int[] {1, 3, 100_000}) {
                    out.add("prefix " + prefix + " " + size + " " + g.withKeyPrefix(prefix, size).stream().map(DocNode::id).toList());
                }
            }
        }
        for (Ranking.By by : Ranking.By.values()) {
            for (NodeFilter f : List.of(NodeFilter.ANY, new NodeFilter(null, null, Level.PROVINCE, null, null),
                    new NodeFilter("Công văn", "Hà Nội", null, DocDate.of(2021, 1, 1), null))) {
                for (int size : new int[] {1, 10, 100_000}) {
                    out.add("top " + by + " " + f + " " + size + " " + g.top(by, f, size).stream()
                            .map(x -> x.document().id() + "=" + String.format(java.util.Locale.ROOT, "%.10g", x.count())).toList());
                }
            }
        }
        return out;
    }

    private static String line(Link l) {
        CitationEdge e = l.edge();
        return l.source() + " -" + e.relation().json() + "-> " + l.target() + " citing " + e.citing() + " stated " + e.stated()
                + " at " + e.start() + "-" + e.end() + " x" + e.mentions() + " " + e.status() + " " + (float) e.confidence() + " "
                + e.candidates().stream().map(c -> c.id() + "@" + c.date() + "=" + (float) c.score()).toList();
    }
}
