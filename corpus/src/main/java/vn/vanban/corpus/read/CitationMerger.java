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
        StatedRules.Stated lastStated = null;
        RelationRules rules = new RelationRules(text, header, words);
        StatedRules statedRules = new StatedRules(rules);
        for (int i = 0; i < Math.min(kept.size(), MAX_MENTIONS); i++) {
            Mention m = kept.get(i);
            if (byKey.size() >= MAX_CITATIONS && !byKey.containsKey(m.key())) {
                continue;
            }
            Relation r = rules.relationOf(kept, i, previous);
            previous = r;
            byKey.computeIfAbsent(m.key(), k -> new Builder(m, text)).add(m, r);
            StatedRules.Stated s = statedRules.stated(kept, i);
            if (s == null) {
                s = statedRules.carried(kept, i, lastStated);
            }
            lastStated = s;
            if (s != null && add(kept, s, stated)) {
                add(kept, statedRules.sharedByJoined(kept, s), stated);
            }
        }
        List<Citation> citations = byKey.values().stream().map(Builder::build).toList();
        amendingLaws(citations, stated);
        lawsNamedInTitles(kept, citations, statedRules, stated);
        return new Result(citations, List.copyOf(stated));
    }

    /** Adds a relation stated between two mentions of other documents; false when there is none. */
    private static boolean add(List<Mention> kept, StatedRules.Stated s, Set<StatedRelation> stated) {
        if (s == null || kept.get(s.from()).key().equals(kept.get(s.to()).key())) {
            return false;
        }
        stated.add(new StatedRelation(label(kept.get(s.from())), label(kept.get(s.to())), s.relation()));
        return true;
    }

    /** "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": the laws its name names. */
    private static final java.util.regex.Pattern AMENDED_IN_NAME = java.util.regex.Pattern.compile(
            "(?:^|\\s)(luat|bo luat|phap lenh)\\s+(.+?)(?=\\s+va\\s+(?:luat|bo luat|phap lenh)\\s|$)");

    /**
     * An amending law cited by name states what it amends: "Luật sửa đổi, bổ sung một số điều của
     * Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương" amends the two laws its name
     * names, when the text cites them too.
     */
    private static void amendingLaws(List<Citation> citations, Set<StatedRelation> stated) {
        Map<String, Citation> byName = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (c.numberSymbol() == null && c.name() != null) {
                byName.putIfAbsent(foldName(c.name()), c);
            }
        }
        for (Citation c : citations) {
            String name = c.name() == null ? null : foldName(c.name());
            if (name == null || !name.matches("^(?:luat|bo luat|phap lenh) sua doi,? bo sung .*")) {
                continue;
            }
            int of = name.indexOf(" cua ");
            if (of < 0) {
                continue;
            }
            java.util.regex.Matcher m = AMENDED_IN_NAME.matcher(name.substring(of + 5).replaceFirst("^cac ", ""));
            while (m.find()) {
                Citation amended = byName.get(m.group(1) + " " + m.group(2).trim());
                if (amended != null && amended != c) {
                    stated.add(new StatedRelation(c.numberSymbol() != null ? c.numberSymbol() : c.name(), amended.name(),
                            Relation.AMENDS));
                }
            }
        }
    }

    /**
     * "Nghị định số 78/2025/NĐ-CP … quy định chi tiết một số điều … Luật Ban hành văn bản quy phạm
     * pháp luật": a law the text cites elsewhere (by name, or by name and number) named in another
     * document's title after a verb of the title: the document guides (amends …) that law.
     */
    private static void lawsNamedInTitles(List<Mention> kept, List<Citation> citations, StatedRules rules,
            Set<StatedRelation> stated) {
        List<Citation> laws = citations.stream().filter(c -> c.name() != null).toList();
        if (laws.isEmpty()) {
            return;
        }
        List<String> names = laws.stream().map(c -> foldName(c.name())).toList();
        for (int i = 0; i < kept.size() && i < MAX_MENTIONS; i++) {
            Mention a = kept.get(i);
            if (a.numberSymbol() == null) {
                continue;
            }
            int to = i + 1 < kept.size() ? Math.max(a.end(), kept.get(i + 1).phraseStart()) : a.end() + 300;
            for (StatedRules.TitleVerb v : rules.titleVerbs(a.end(), to)) {
                for (int l = 0; l < laws.size(); l++) {
                    Citation law = laws.get(l);
                    if (rules.namesAt(v.objectStart(), names.get(l)) && !a.written().equals(law.numberSymbol())) {
                        stated.add(new StatedRelation(label(a), law.numberSymbol() != null ? law.numberSymbol() : law.name(),
                                v.relation()));
                    }
                }
            }
        }
    }

    private static String foldName(String name) {
        return vn.vanban.corpus.text.VietnameseText.fold(name).replaceAll("\\s+", " ").trim(); // fold: lower case too
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
