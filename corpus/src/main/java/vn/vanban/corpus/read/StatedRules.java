package vn.vanban.corpus.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.vocab.RelationWords;

/**
 * The relations a text states between two other documents, read with the verbs and coordinations
 * of {@link RelationRules}: "X … để thực hiện Y" (X implements Y), "X sửa đổi, bổ sung Y", "Y được
 * thay thế bởi X", carried over lists ("bởi Luật số A, Luật số B và …") and over documents joined by
 * "và" ("X và Y … thực hiện Z"), and laws a title names ("… quy định chi tiết … Luật Giá").
 */
final class StatedRules {

    /** "để thực hiện", "về việc sửa đổi": a purpose or topic that names what the document before does. */
    private static final Pattern PURPOSE = Pattern.compile("(?:^|\\s)(?:de|nham|ve viec|ve|de tiep tuc)\\s*$");

    private final RelationRules rules;
    private final String folded;
    private final RelationWords words;

    StatedRules(RelationRules rules) {
        this.rules = rules;
        this.folded = rules.folded();
        this.words = rules.words();
    }

    /**
     * The relation the text states between mentions[i-1] and mentions[i] in one sentence, as
     * {from, to}: "X … để thực hiện Y" (X implements Y), "X sửa đổi, bổ sung Y" (X amends Y),
     * "Y được thay thế bởi X" (X replaces Y); null when it states none.
     */
    Stated stated(List<Mention> mentions, int i) {
        if (i == 0) {
            return null;
        }
        Mention prev = mentions.get(i - 1);
        Mention m = mentions.get(i);
        if (RelationRules.sentenceStart(folded, m.start()) > prev.start()) {
            return null;
        }
        int from = prev.end();
        int to = Math.max(prev.end(), m.phraseStart());
        if (to - from >= 250) {
            return null;
        }
        // "X … được sửa đổi, bổ sung (một số điều) bởi Y": Y acts on X.
        for (RelationWords.Cue p : words.find("passive", folded, from, to)) {
            RelationWords.Cue v = words.at("verb", folded, p.end(), to);
            if (v == null || v.relation() == Relation.IMPLEMENTS) {
                continue;
            }
            for (RelationWords.Cue a : words.find("agent", folded, v.end(), to)) {
                if (words.gapOnly(folded.substring(v.end(), a.start())) && words.gapOnly(folded.substring(a.end(), to))) {
                    return new Stated(i, i - 1, v.relation());
                }
            }
        }
        RelationWords.Cue verb = rules.governingVerb(from, to);
        if (verb == null) {
            return null;
        }
        String before = folded.substring(from, verb.start());
        // "… và triển khai Công điện …": the citing document is the subject, not X.
        for (RelationWords.Cue j : words.find("join", folded, from, verb.start())) {
            if (words.afterPrefixes(folded, j.end(), verb.start()) >= verb.start()) {
                return null;
            }
        }
        // X's own title may hold verbs of the same relation: "Nghị định số 78/2025/NĐ-CP quy định chi
        // tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật …" (guides, twice).
        boolean sameVerbs = words.find("verb", folded, from, verb.start()).stream().allMatch(v -> v.relation() == verb.relation());
        if (verb.relation() == Relation.IMPLEMENTS || PURPOSE.matcher(before).find() || sameVerbs) {
            return new Stated(i - 1, i, verb.relation());
        }
        return null;
    }

    /**
     * A stated relation carried over a list: "X được sửa đổi, bổ sung bởi Luật số A, Luật số B và
     * Luật số C" (B and C amend X too); "A sửa đổi, bổ sung Nghị định số X … và Nghị định số Y" (A
     * amends Y too). {@code last} was stated at the mention before.
     */
    Stated carried(List<Mention> mentions, int i, Stated last) {
        if (last == null || i == 0) {
            return null;
        }
        if (last.from() == i - 1 && rules.coordinated(mentions, i)) {
            return new Stated(i, last.to(), last.relation());
        }
        if (last.to() == i - 1 && (rules.coordinated(mentions, i) || joinedAfterTitle(mentions.get(i - 1).phraseEnd(),
                mentions.get(i).phraseStart()))) {
            return new Stated(last.from(), i, last.relation());
        }
        return null;
    }

    /**
     * "X … và Y … thực hiện Z": the phrase after documents joined by "và" belongs to each, so X
     * implements Z as Y does. {@code s} is Y's relation to Z, Y being the mention before Z.
     */
    Stated sharedByJoined(List<Mention> mentions, Stated s) {
        int y = s.from();
        if (s.to() != y + 1 || y == 0) {
            return null;
        }
        boolean joined = rules.coordinated(mentions, y) || joinedAfterTitle(mentions.get(y - 1).phraseEnd(), mentions.get(y).phraseStart());
        return joined ? new Stated(y - 1, s.to(), s.relation()) : null;
    }

    /** "… (the title of the one before) … và Nghị định số …": one sentence, "và" then the next document. */
    private boolean joinedAfterTitle(int from, int at) {
        if (from >= at || at - from > 300 || RelationRules.SENTENCE_END.matcher(folded.substring(from, at)).find()) {
            return false;
        }
        int join = rules.lastWordJoin(from, at);
        return join >= 0 && words.gapOnly(folded.substring(join, at));
    }

    /** A verb of a document's title and where the words it governs start: "… quy định chi tiết | Luật Giá". */
    record TitleVerb(Relation relation, int objectStart) {}

    /**
     * The verbs in the title that follows a document's ký hiệu, [from, to) (up to the next mention
     * or the sentence's end): "Nghị định số 85/2024/NĐ-CP quy định chi tiết một số điều của Luật
     * Giá" names what it guides by name, not by number.
     */
    List<TitleVerb> titleVerbs(int from, int to) {
        int end = Math.min(folded.length(), Math.min(to, from + 300));
        if (from >= end) {
            return List.of();
        }
        Matcher stop = RelationRules.SENTENCE_END.matcher(folded);
        stop.region(from, Math.max(from, end));
        if (stop.find()) {
            end = stop.start();
        }
        List<TitleVerb> out = new java.util.ArrayList<>();
        for (RelationWords.Cue v : words.find("verb", folded, from, end)) {
            if (v.relation() == Relation.IMPLEMENTS) {
                continue;
            }
            out.add(new TitleVerb(v.relation(), words.afterRun("title", folded, v.end(), end)));
        }
        return out;
    }

    /** Text at {@code at}, folded, for comparing with a name. */
    boolean namesAt(int at, String foldedName) {
        // Line breaks of a PDF may fall inside the name.
        String[] tokens = foldedName.split("\\s+");
        int p = at;
        for (int t = 0; t < tokens.length; t++) {
            if (t > 0) {
                int q = p;
                while (q < folded.length() && Character.isWhitespace(folded.charAt(q))) {
                    q++;
                }
                if (q == p) {
                    return false;
                }
                p = q;
            }
            if (!folded.startsWith(tokens[t], p)) {
                return false;
            }
            p += tokens[t].length();
        }
        return p >= folded.length() || !Character.isLetterOrDigit(folded.charAt(p));
    }

    /** A stated relation: mentions[from] relates to mentions[to]. */
    record Stated(int from, int to, Relation relation) {}
}
