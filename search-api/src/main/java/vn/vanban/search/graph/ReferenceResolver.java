package vn.vanban.search.graph;

import java.util.Comparator;
import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * A ký hiệu as a user types it ("1102/CĐ-TTg", "1102/cd-ttg", "1102 CĐ TTg") to the documents in
 * the graph that carry it. A ký hiệu without a year repeats every year (or term): with a date, the
 * documents are ranked as a citation's would be ({@link YearlessResolver}), the one meant first.
 */
public final class ReferenceResolver {

    private static final Comparator<DocNode> NEWEST_FIRST = Comparator.comparing(DocNode::date,
            Comparator.nullsLast(Comparator.<DocDate>naturalOrder().reversed())).thenComparing(DocNode::id);

    private final CitationLinks graph;
    private final YearlessResolver yearless = new YearlessResolver(vn.vanban.corpus.vocab.Vocabulary.standard().numberingPeriods());

    public ReferenceResolver(CitationLinks graph) {
        this.graph = graph;
    }

    /** Matching documents, newest first; empty when the text is not a ký hiệu or nothing carries it. */
    public List<DocNode> resolve(String ref, DocDate date) {
        NumberSymbol ns = NumberSymbol.parse(ref);
        if (ns == null) {
            return List.of();
        }
        List<DocNode> all = graph.withKey(ns.key()).stream().sorted(NEWEST_FIRST).toList();
        if (date == null || ns.year() != null || all.size() < 2) {
            return all;
        }
        // The same scoring as a citation's (YearlessResolver): periods back from the date, how well known.
        java.util.Map<String, List<Link>> in = graph.incoming(all.stream().map(DocNode::id).toList());
        List<YearlessResolver.Known> known = all.stream().map(n -> new YearlessResolver.Known(n.id(), n.date(), n.inCorpus(),
                (int) in.getOrDefault(n.id(), List.of()).stream().filter(l -> !l.stated()).count(), java.util.Set.of())).toList();
        YearlessResolver.Resolution r = yearless.resolve(ns, date, java.util.Set.of(), known, null);
        List<String> order = new java.util.ArrayList<>();
        if (r.target() != null) {
            order.add(r.target());
        }
        r.candidates().forEach(c -> {
            if (!order.contains(c.id())) {
                order.add(c.id());
            }
        });
        java.util.Map<String, DocNode> byId = new java.util.HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
