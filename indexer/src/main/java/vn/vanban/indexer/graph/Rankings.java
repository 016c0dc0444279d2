package vn.vanban.indexer.graph;

import vn.vanban.search.graph.Ranking;

import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking.By;
import vn.vanban.search.graph.Ranking.Ranked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.scoring.PageRank;
import vn.vanban.corpus.model.Relation;

/**
 * The most implemented, most cited, or most central documents: by direct implementers, by
 * distinct citing documents, or by PageRank over the citation graph (JGraphT's, computed once).
 */
public final class Rankings {

    private final CitationGraph graph;
    private volatile Map<String, Double> pageRank;

    public Rankings(CitationGraph graph) {
        this.graph = graph;
    }

    public List<Ranked> top(By by, NodeFilter filter, int size) {
        List<Ranked> all = new ArrayList<>();
        Map<String, Double> scores = by == By.PAGERANK ? pageRank() : null;
        for (DocNode n : graph.nodes()) {
            if (!filter.test(n)) {
                continue;
            }
            double count = switch (by) {
                case IMPLEMENTERS -> sources(n.id(), true);
                case CITATIONS -> sources(n.id(), false);
                case PAGERANK -> scores.getOrDefault(n.id(), 0.0);
            };
            if (count > 0) {
                all.add(new Ranked(n, count));
            }
        }
        all.sort(Comparator.comparingDouble((Ranked r) -> -r.count()).thenComparing(r -> r.document().id()));
        return all.subList(0, Math.min(size, all.size()));
    }

    /** Distinct documents pointing at the node (only those implementing it, with {@code implementing}). */
    private int sources(String id, boolean implementing) {
        Set<String> from = new HashSet<>();
        for (CitationEdge e : graph.incomingEdges(id)) {
            if (!implementing || e.relation() == Relation.IMPLEMENTS) {
                from.add(graph.source(e));
            }
        }
        return from.size();
    }

    /** PageRank of every node of the graph (JGraphT's, computed once): what `vanban rank` stores. */
    public Map<String, Double> pageRankScores() {
        return java.util.Collections.unmodifiableMap(pageRank());
    }

    private Map<String, Double> pageRank() {
        Map<String, Double> s = pageRank;
        if (s == null) {
            // To 12 digits: the last digits depend on the order the graph was built in (a stored
            // graph read back, a graph updated), and ties must stay ties whatever that order.
            Map<String, Double> scores = new java.util.HashMap<>(new PageRank<>(graph.view()).getScores());
            scores.replaceAll((id, score) -> new java.math.BigDecimal(score).round(new java.math.MathContext(12)).doubleValue());
            s = scores;
            pageRank = s;
        }
        return s;
    }
}
