package vn.vanban.indexer.index;

import java.util.Set;
import java.util.TreeSet;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.DocNode;

/** A graph as comparable lines: each node (indexed or only cited) and each edge with its relation, status and citer. */
final class GraphShape {

    private GraphShape() {}

    static Set<String> of(CitationGraph g) {
        Set<String> out = new TreeSet<>();
        for (DocNode n : g.nodes()) {
            out.add(n.id() + (n.inCorpus() ? " indexed" : " cited"));
        }
        for (CitationEdge e : g.view().edgeSet()) {
            out.add(g.source(e) + " -" + e.relation().json() + "/" + e.status() + "-> " + g.target(e) + " by " + e.citing());
        }
        return out;
    }
}
