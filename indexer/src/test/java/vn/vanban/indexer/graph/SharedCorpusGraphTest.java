package vn.vanban.indexer.graph;

import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Implementer;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.ReferenceResolver;
import vn.vanban.search.graph.Ranking;

import vn.vanban.corpus.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.GraphLoader;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;

/**
 * The graph of the seeds and ../shared/corpus (the gazette, then the Bình Dương CSV added to the
 * same index with its issuer): resolution, implementers through stated relations, coverage and
 * rankings on real documents. Skipped, saying so, where ../shared is absent.
 */
class SharedCorpusGraphTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "corpus");

    @Test
    void realDocumentsMakeTheExpectedGraph(@TempDir Path dir) throws Exception {
        SharedData.require(SHARED.resolve("gazette"));
        IndexLayout layout = new IndexLayout(dir.resolve("i"));
        CorpusIndexer indexer = new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard());
        indexer.index(List.of(Path.of("..", "corpus", "documents"), SHARED.resolve("gazette")), IndexProgress.SILENT);
        indexer.index(List.of(SHARED.resolve("binhduong/binhduong-dev.csv")),
                new ReadOptions("Ủy ban nhân dân tỉnh Bình Dương"), IndexProgress.SILENT);
        CitationGraph g;
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            g = GraphLoader.build(r, Vocabulary.standard());
        }
        // Chỉ thị 16/CT-TTg of 31/3/2020, cited with its date in 2020 and without one all through 2021: one node.
        assertEquals(List.of("16-ct-ttg-2020"), g.idsForKey("16/CT-TTG"));
        assertTrue(g.incoming("16-ct-ttg-2020").stream().map(Link::source)
                .anyMatch(s -> s.contains("-2021-")), "2021 rows reach the 2020 directive");
        List<DocNode> cd = new ReferenceResolver(g).resolve("815/cd-byt", null);
        assertEquals(1, cd.size());
        Implementer bd = new ImplementersQuery(g).implementers(cd.get(0).id(), 0).stream()
                .filter(i -> "3093/UBND-VX".equals(i.document().numberSymbol())).findFirst().orElseThrow();
        assertEquals(2L, bd.lagDays());

        DocNode nq50 = new ReferenceResolver(g).resolve("50-NQ/TW", vn.vanban.corpus.model.DocDate.of(2019, 8, 20)).get(0);
        Implementer plan = new ImplementersQuery(g).implementers(nq50.id(), 0).stream()
                .filter(i -> "2982/KH-UBND".equals(i.document().numberSymbol())).findFirst().orElseThrow();
        assertEquals(2, plan.depth());
        assertEquals("126-kh-tu-2020-binh-duong", plan.via());

        CoverageQuery.Coverage c = new CoverageQuery(g, Vocabulary.standard()).coverage("1102-cd-ttg-2021");
        assertEquals(63, c.of());
        assertTrue(c.provinces().stream().anyMatch(p -> p.province().equals("Điện Biên") && p.responded()));

        List<vn.vanban.search.graph.Ranking.Ranked> top = new Rankings(g).top(vn.vanban.search.graph.Ranking.By.CITATIONS, NodeFilter.ANY, 5);
        for (vn.vanban.search.graph.Ranking.Ranked r : top) {
            assertTrue(List.of("Luật", "Bộ luật", "Nghị định", "Nghị quyết").contains(r.document().type()), r.toString());
        }
    }
}
