package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.SharedData;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.CascadeQuery;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking;
import vn.vanban.search.graph.SiblingsQuery;
import vn.vanban.search.graph.Suggestions;
import vn.vanban.search.graph.UpstreamQuery;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;

/**
 * The citation graph `index --solr` writes to the edges collection, walked hop by hop by
 * {@link SolrLinks}, answers as the same graph held in memory (built from the same readings):
 * every node, every node's links out and in, implementers, keys, rankings, and the queries
 * (implementers, cascade, coverage, upstream, siblings) of every document. After a file is
 * removed and the run done again, what the older write held is gone.
 */
class SolrLinksTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "corpus");

    @Test
    void edgesCollectionAnswersAsTheGraphInMemory(@TempDir Path dir) throws Exception {
        Path csv = SharedData.require(SHARED.resolve("binhduong/binhduong-dev.csv"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path p : seeds.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 2, true);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrIndexer indexer = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new EmbeddedGraphBuilding());
            indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            IndexRun run = indexer.index(List.of(csv), new ReadOptions("Ủy ban nhân dân tỉnh Bình Dương"), IndexProgress.SILENT);
            CitationGraph memory = EmbeddedGraphBuilding.graph(SolrReadings.all(solr));
            SolrLinks links = new SolrLinks(solr);
            assertTrue(memory.nodeCount() > 1000 && memory.linkCount() > 300, memory.nodeCount() + " nodes, " + memory.linkCount() + " links");
            assertEquals(memory.nodeCount(), run.graphNodes(), "the run reports what it wrote");
            assertSame(memory, links, true);

            // A file gone: its document goes from the graph too, and nothing of the older write stays.
            Files.delete(corpus.resolve("003_1daa43e088c804bd.txt"));
            indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            CitationGraph after = EmbeddedGraphBuilding.graph(SolrReadings.all(solr));
            assertEquals(memory.nodeCount() - 1, after.documentsInCorpus() + (memory.nodeCount() - memory.documentsInCorpus()),
                    "one document fewer in the corpus");
            assertSame(after, links, false);
        }
    }

    /** Everything a query can ask, the same of both. */
    private static void assertSame(CitationGraph memory, CitationLinks solr, boolean queries) {
        assertEquals(memory.nodeCount(), solr.nodeCount(), "nodes");
        assertEquals(memory.linkCount(), solr.linkCount(), "links");
        List<String> ids = memory.nodes().stream().map(DocNode::id).sorted().toList();
        Map<String, DocNode> nodes = solr.nodes(ids);
        for (String id : ids) {
            assertEquals(memory.node(id).orElseThrow(), nodes.get(id), id);
        }
        assertEquals(Map.of(), solr.nodes(List.of("no-such-document")));
        Map<String, List<String>> implementersMemory = memory.implementers(ids);
        Map<String, List<String>> implementersSolr = solr.implementers(ids);
        assertEquals(implementersMemory.keySet(), implementersSolr.keySet(), "implemented documents");
        implementersMemory.forEach((id, by) -> assertEquals(Set.copyOf(by), Set.copyOf(implementersSolr.get(id)), id));
        assertEquals(rendered(memory.outgoing(ids)), rendered(solr.outgoing(ids)), "links out, in text order");
        assertEquals(rendered(memory.incoming(ids)), rendered(solr.incoming(ids)), "links in");

        if (!queries) {
            return;
        }
        // One key in ten (a request each: a few milliseconds on this machine, which the test need not spend on all).
        List<String> keys = memory.nodes().stream().map(DocNode::key).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        for (int i = 0; i < keys.size(); i += 10) {
            String key = keys.get(i);
            assertEquals(memory.withKey(key), solr.withKey(key), key);
        }
        assertEquals(memory.withKey("16/CT-TTG"), solr.withKey("16/CT-TTG"));
        for (String typed : List.of("1", "16/ct", "2000/ubnd", "86/nq", "30/2021")) {
            assertEquals(new Suggestions(memory).complete(typed, 10), new Suggestions(solr).complete(typed, 10), typed);
        }
        NodeFilter province = new NodeFilter(null, "Bình Dương", null, null, null);
        NodeFilter central = new NodeFilter(null, null, Level.CENTRAL, null, null);
        for (Ranking.By by : Ranking.By.values()) {
            for (NodeFilter f : List.of(NodeFilter.ANY, province, central)) {
                assertEquals(ranked(memory.top(by, f, 25)), ranked(solr.top(by, f, 25)), by + " " + f);
            }
        }

        // The queries of every document implemented, and of one document in ten besides.
        List<String> asked = new ArrayList<>(new java.util.TreeSet<>(implementersMemory.keySet()));
        List<String> documents = memory.nodes().stream().filter(DocNode::inCorpus).map(DocNode::id).sorted().toList();
        for (int i = 0; i < documents.size(); i += 10) {
            asked.add(documents.get(i));
        }
        int cascades = 0;
        for (String id : asked) {
            var implementers = new ImplementersQuery(memory).implementers(id, 0);
            assertEquals(implementers, new ImplementersQuery(solr).implementers(id, 0), id);
            if (!implementers.isEmpty()) {
                cascades++;
                assertEquals(new CascadeQuery(memory).cascade(id), new CascadeQuery(solr).cascade(id), id);
                assertEquals(new CoverageQuery(memory, Vocabulary.standard()).coverage(id),
                        new CoverageQuery(solr, Vocabulary.standard()).coverage(id), id);
            }
            assertEquals(new UpstreamQuery(memory).upstream(id, 0), new UpstreamQuery(solr).upstream(id, 0), id);
            assertEquals(new SiblingsQuery(memory).siblings(id), new SiblingsQuery(solr).siblings(id), id);
        }
        assertTrue(cascades > 10, cascades + " documents with implementers");
    }

    /** Links with every field of their edge (edges compare by identity). */
    private static Map<String, List<String>> rendered(Map<String, List<Link>> links) {
        Map<String, List<String>> out = new TreeMap<>();
        links.forEach((id, ls) -> {
            List<String> r = new ArrayList<>();
            for (Link l : ls) {
                var e = l.edge();
                r.add(l.source() + " " + l.target() + " " + e.relation() + " " + e.citing() + " " + e.stated() + " " + e.start()
                        + "-" + e.end() + " x" + e.mentions() + " " + e.status() + " " + e.confidence() + " " + e.candidates());
            }
            out.put(id, r);
        });
        return out;
    }

    private static List<String> ranked(List<Ranking.Ranked> top) {
        return top.stream().map(r -> r.document().id() + " " + String.format("%.9g", r.count())).toList();
    }
}
