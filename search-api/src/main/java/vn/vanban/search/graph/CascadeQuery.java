package vn.vanban.search.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.Level;

/**
 * How an order cascaded: the tree of implementers below a document, each with the document it
 * implements ({@code parent}) and the days from the parent's date ({@code lagDays}) and from the
 * order's ({@code lagFromRootDays}); and per level (central, province, district, commune) how many
 * documents and the median and 90th percentile lag from the order.
 */
public final class CascadeQuery {

    public record Branch(DocNode document, String parent, int depth, Long lagDays, Long lagFromRootDays) {}

    public record LevelStats(String level, int count, Long medianLagDays, Long p90LagDays) {}

    public record Cascade(DocNode root, List<Branch> branches, List<LevelStats> levels) {}

    private final CitationLinks graph;

    public CascadeQuery(CitationLinks graph) {
        this.graph = graph;
    }

    public Cascade cascade(String id) {
        DocNode root = graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        List<Branch> branches = new ArrayList<>();
        List<Implementer> all = new ImplementersQuery(graph).implementers(id, 0);
        Map<String, DocNode> byId = new java.util.HashMap<>();
        byId.put(id, root);
        all.forEach(i -> byId.put(i.document().id(), i.document()));
        for (Implementer i : all) {
            String parent = i.via() == null ? id : i.via();
            DocNode p = byId.get(parent);
            Long lag = p.date() != null && i.document().date() != null ? p.date().daysUntil(i.document().date()) : null;
            branches.add(new Branch(i.document(), parent, i.depth(), lag, i.lagDays()));
        }
        Map<Level, List<Long>> lags = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            lags.put(l, new ArrayList<>());
        }
        Map<Level, Integer> counts = new LinkedHashMap<>();
        for (Branch b : branches) {
            Level l = b.document().level();
            if (l == null) {
                continue;
            }
            counts.merge(l, 1, Integer::sum);
            if (b.lagFromRootDays() != null) {
                lags.get(l).add(b.lagFromRootDays());
            }
        }
        List<LevelStats> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            List<Long> v = lags.get(l);
            v.sort(Comparator.naturalOrder());
            levels.add(new LevelStats(l.json(), counts.getOrDefault(l, 0), percentile(v, 50), percentile(v, 90)));
        }
        return new Cascade(root, branches, levels);
    }

    /** Nearest-rank percentile of sorted values; null when there are none. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
