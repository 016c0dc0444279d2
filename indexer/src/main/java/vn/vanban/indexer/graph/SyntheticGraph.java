package vn.vanban.indexer.graph;

import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A citation graph shaped like the real one, for benchmarks: central orders; provinces
 * implementing them days to weeks later; districts implementing their province's letters; and
 * many plain citations. Deterministic for a seed.
 */
public final class SyntheticGraph {

    private SyntheticGraph() {}

    /** The central orders of a generated graph: ids "c-0" … "c-(orders-1)". */
    public static int orders(int nodes) {
        return Math.max(1, nodes / 500);
    }

    public static CitationGraph generate(int nodes, int edges, long seed, Vocabulary vocabulary) {
        return generate(nodes, edges, seed, vocabulary, 0);
    }

    /** As the graph of this index commit: to be stored as an index's own, for timing a server's start. */
    public static CitationGraph generate(int nodes, int edges, long seed, Vocabulary vocabulary, long generation) {
        Random r = new Random(seed);
        List<Province> provinces = vocabulary.provinces();
        CitationGraph g = new CitationGraph(generation, nodes, edges);
        int central = orders(nodes);
        int provincial = Math.max(provinces.size(), nodes / 16);
        int district = Math.max(0, nodes - central - provincial);
        int[] orderDay = new int[central];
        for (int i = 0; i < central; i++) {
            orderDay[i] = r.nextInt(6 * 365);
            g.putNode(new DocNode("c-" + i, null, i + "/NQ-CP", null, "Nghị quyết", date(orderDay[i]), "Chính phủ", null,
                    Level.CENTRAL, true));
        }
        int[] provinceOf = new int[provincial];
        int[] provincialDay = new int[provincial];
        int added = 0;
        for (int i = 0; i < provincial; i++) {
            int order = r.nextInt(central);
            provinceOf[i] = i % provinces.size();
            provincialDay[i] = orderDay[order] + 1 + r.nextInt(30);
            String name = provinces.get(provinceOf[i]).name();
            g.putNode(new DocNode("p-" + i, null, i + "/UBND-VX", null, "Công văn", date(provincialDay[i]),
                    "Ủy ban nhân dân tỉnh " + name, name, Level.PROVINCE, true));
            g.addEdge("p-" + i, "c-" + order, new CitationEdge(Relation.IMPLEMENTS, "p-" + i, false, 0, 0, 1));
            added++;
        }
        List<List<Integer>> byProvince = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            byProvince.add(new ArrayList<>());
        }
        for (int i = 0; i < provincial; i++) {
            byProvince.get(provinceOf[i]).add(i);
        }
        for (int i = 0; i < district; i++) {
            int p = r.nextInt(provinces.size());
            List<Integer> letters = byProvince.get(p);
            int parent = letters.get(r.nextInt(letters.size()));
            String name = provinces.get(p).name();
            g.putNode(new DocNode("d-" + i, null, i + "/UBND", null, "Công văn", date(provincialDay[parent] + 1 + r.nextInt(20)),
                    "Ủy ban nhân dân huyện " + i % 700, name, Level.DISTRICT, true));
            g.addEdge("d-" + i, "p-" + parent, new CitationEdge(Relation.IMPLEMENTS, "d-" + i, false, 0, 0, 1));
            added++;
        }
        int total = central + provincial + district;
        while (added < edges) {
            int from = central + r.nextInt(total - central);
            String source = from < central + provincial ? "p-" + (from - central) : "d-" + (from - central - provincial);
            String target = r.nextInt(3) == 0 ? "p-" + r.nextInt(provincial) : "c-" + r.nextInt(central);
            if (!source.equals(target)) {
                g.addEdge(source, target, new CitationEdge(Relation.CITES, source, false, 0, 0, 1));
                added++;
            }
        }
        return g;
    }

    private static DocDate date(int dayFrom2020) {
        var d = java.time.LocalDate.of(2020, 1, 1).plusDays(dayFrom2020);
        return DocDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
