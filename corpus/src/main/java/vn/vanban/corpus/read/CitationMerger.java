package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.model.StatedRelation;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * Turns the mentions of a text into its citations: one per document (every spelling of a ký hiệu
 * together), in order of first mention, each with what any of its mentions tells (type, date,
 * issuer) and the strongest relation; plus the relations the text states between two others.
 */
final class CitationMerger {

    private CitationMerger() {}

    record Result(List<Citation> citations, List<StatedRelation> stated) {}

    static Result merge(List<Mention> mentions, String text, Header header, String ownKey) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inNumberLine = header.numberStart() >= 0 && m.start() >= header.numberStart()
                    && m.end() <= header.numberEnd();
            if (!inNumberLine && !m.numberSymbol().key().equals(ownKey)) {
                kept.add(m);
            }
        }
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Set<StatedRelation> stated = new LinkedHashSet<>();
        for (int i = 0; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Relation r = RelationRules.relationOf(kept, i, text, header);
            byKey.computeIfAbsent(m.numberSymbol().key(), k -> new Builder(m)).add(m, r);
            if (RelationRules.statedImplements(kept, i, text)) {
                NumberSymbol from = kept.get(i - 1).numberSymbol();
                if (!from.key().equals(m.numberSymbol().key())) {
                    stated.add(new StatedRelation(from.written(), m.numberSymbol().written(), Relation.IMPLEMENTS));
                }
            }
        }
        List<Citation> citations = byKey.values().stream().map(Builder::build).toList();
        return new Result(citations, List.copyOf(stated));
    }

    private static final class Builder {
        private final Mention first;
        private String type;
        private vn.vanban.corpus.model.DocDate date;
        private String issuer;
        private Relation relation = Relation.CITES;
        private int count;

        Builder(Mention first) {
            this.first = first;
        }

        void add(Mention m, Relation r) {
            count++;
            type = type != null ? type : m.type();
            date = date != null ? date : m.date();
            issuer = issuer != null ? issuer : m.issuer();
            relation = relation.strongest(r);
        }

        Citation build() {
            return new Citation(first.numberSymbol().written(), type, date, issuer, relation,
                    first.start(), first.end(), count);
        }
    }
}
