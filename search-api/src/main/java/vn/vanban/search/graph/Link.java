package vn.vanban.search.graph;

import java.util.Comparator;
import vn.vanban.corpus.model.Relation;

/** An edge of the citation graph with its two ends: {@code source} cites {@code target}. */
public record Link(String source, String target, CitationEdge edge) {

    public Relation relation() {
        return edge.relation();
    }

    public boolean stated() {
        return edge.stated();
    }

    /**
     * A document's references in the order of its text: its own before those a third document
     * states, by the citing document, then by where in its text; ties by relation, then target.
     * The same whatever order the documents were read in, so every store answers alike.
     */
    public static final Comparator<Link> OUTGOING = Comparator
            .comparing((Link l) -> l.edge().stated())
            .thenComparing(l -> l.edge().citing(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(l -> l.edge().start())
            .thenComparing(l -> l.edge().relation())
            .thenComparing(Link::target);

    /** The references to a document: by the citing document's id, then as {@link #OUTGOING}. */
    public static final Comparator<Link> INCOMING = Comparator.comparing(Link::source).thenComparing(OUTGOING);
}
