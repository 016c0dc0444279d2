package vn.vanban.indexer.graph;

import java.util.Comparator;
import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * A ký hiệu as a user types it ("1102/CĐ-TTg", "1102/cd-ttg", "1102 CĐ TTg") to the documents in
 * the graph that carry it. A ký hiệu without a year repeats every year: with a date, the document
 * of that year is meant, or else the latest one before the date.
 */
public final class ReferenceResolver {

    private static final Comparator<DocNode> NEWEST_FIRST = Comparator.comparing(DocNode::date,
            Comparator.nullsLast(Comparator.<DocDate>naturalOrder().reversed())).thenComparing(DocNode::id);

    private final CitationGraph graph;

    public ReferenceResolver(CitationGraph graph) {
        this.graph = graph;
    }

    /** Matching documents, newest first; empty when the text is not a ký hiệu or nothing carries it. */
    public List<DocNode> resolve(String ref, DocDate date) {
        NumberSymbol ns = NumberSymbol.parse(ref);
        if (ns == null) {
            return List.of();
        }
        List<DocNode> all = graph.idsForKey(ns.key()).stream()
                .map(id -> graph.node(id).orElseThrow())
                .sorted(NEWEST_FIRST)
                .toList();
        if (date == null || ns.year() != null || all.size() < 2) {
            return all;
        }
        List<DocNode> sameYear = all.stream().filter(n -> n.date() != null && n.date().year() == date.year()).toList();
        if (!sameYear.isEmpty()) {
            return sameYear;
        }
        return all.stream().filter(n -> n.date() != null && n.date().compareTo(date) <= 0).limit(1).toList();
    }
}
