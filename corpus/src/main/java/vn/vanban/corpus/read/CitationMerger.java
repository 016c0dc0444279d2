package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.model.StatedRelation;
import vn.vanban.corpus.text.Sentences;
import vn.vanban.corpus.vocab.RelationWords;

/**
 * Turns the mentions of a text into its citations: one per document (every spelling of a ký hiệu
 * together), in order of first mention, each with what any of its mentions tells (type, date,
 * issuer, part cited) and the strongest relation; plus the relations the text states between two
 * others.
 */
final class CitationMerger {

    /**
     * Beyond these, a text is a list, not a letter: reading stops there, so that time and memory
     * per file stay bounded (a generated file with a million ký hiệu is read in seconds).
     */
    static final int MAX_MENTIONS = 20_000;
    static final int MAX_CITATIONS = 5_000;

    private CitationMerger() {}

    record Result(List<Citation> citations, List<StatedRelation> stated) {}

    static Result merge(List<Mention> mentions, String text, Header header, String ownKey, RelationWords words) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inNumberLine = header.numberStart() >= 0 && m.start() >= header.numberStart()
                    && m.end() <= header.numberEnd();
            if (!inNumberLine && !m.key().equals(ownKey)) {
                kept.add(m);
            }
        }
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Set<StatedRelation> stated = new LinkedHashSet<>();
        Relation previous = null;
        RelationRules rules = new RelationRules(text, header, words);
        for (int i = 0; i < Math.min(kept.size(), MAX_MENTIONS); i++) {
            Mention m = kept.get(i);
            if (byKey.size() >= MAX_CITATIONS && !byKey.containsKey(m.key())) {
                continue;
            }
            Relation r = rules.relationOf(kept, i, previous);
            previous = r;
            byKey.computeIfAbsent(m.key(), k -> new Builder(m, text)).add(m, r);
            RelationRules.Stated s = rules.stated(kept, i);
            if (s != null && !kept.get(s.from()).key().equals(kept.get(s.to()).key())) {
                stated.add(new StatedRelation(label(kept.get(s.from())), label(kept.get(s.to())), s.relation()));
            }
        }
        List<Citation> citations = byKey.values().stream().map(Builder::build).toList();
        return new Result(citations, List.copyOf(stated));
    }

    private static String label(Mention m) {
        return m.written() != null ? m.written() : m.name();
    }

    private static final class Builder {
        private final Mention first;
        private final String text;
        private String name;
        private String type;
        private DocDate date;
        private String issuer;
        private String pinpoint;
        private Relation relation = Relation.CITES;
        private int count;

        Builder(Mention first, String text) {
            this.first = first;
            this.text = text;
        }

        void add(Mention m, Relation r) {
            count++;
            name = name != null ? name : m.name();
            type = type != null ? type : m.type();
            date = date != null ? date : m.date();
            issuer = issuer != null ? issuer : m.issuer();
            pinpoint = pinpoint != null ? pinpoint : m.pinpoint();
            relation = relation.strongest(r);
        }

        Citation build() {
            return new Citation(first.written(), name, type, date, issuer, relation, pinpoint,
                    Sentences.around(text, first.start(), first.end()), first.start(), first.end(), count);
        }
    }
}
