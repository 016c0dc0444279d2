package vn.vanban.indexer.index;

import java.util.Set;
import java.util.TreeSet;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;

/** A graph as comparable lines: each node (indexed or only cited) and each edge with its relation, status and citer. */
final class GraphShape {

    private GraphShape() {}

    static Set<String> of(CitationLinks g) {
        Set<String> out = new TreeSet<>();
        g.allNodes().forEach(n -> out.add(n.id() + (n.inCorpus() ? " indexed" : " cited")));
        g.allLinks().forEach(l -> out.add(l.source() + " -" + l.relation().json() + "/" + l.edge().status() + "-> "
                + l.target() + " by " + l.edge().citing()));
        return out;
    }
}
