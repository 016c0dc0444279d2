package vn.vanban.corpus.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.vocab.RelationWords;

/**
 * Lists that give their items a relation: a list introduced by "Bãi bỏ các quyết định sau:" or
 * "Điều 1. Bãi bỏ toàn bộ …", and an annex's table under "DANH MỤC VĂN BẢN … BỊ BÃI BỎ". The
 * introductions and headings of one document's folded text are found once, when first asked.
 */
final class ListMarks {

    private final String folded;
    private final RelationWords words;

    ListMarks(String folded, RelationWords words) {
        this.folded = folded;
        this.words = words;
    }

    /** A ký hiệu-like number before a list's verb: another document is the verb's subject. */
    private static final Pattern MENTION_LIKE = Pattern.compile("\\d+(?:/\\d{4})?[/-][a-z]");

    /** Where list introductions start (their relation) and what ends a list; built once. */
    private TreeMap<Integer, Optional<Relation>> listMarks;

    /**
     * The relation a list's introduction gives its items ("Bãi bỏ các quyết định sau:", "Điều 1.
     * Bãi bỏ toàn bộ một số văn bản quy phạm pháp luật"): the nearest introduction above, an
     * article heading or a line ending with ":", whose verb is the citing document's.
     */
    Relation listRelation(int itemStart) {
        if (listMarks == null) {
            listMarks = new TreeMap<>();
            Matcher line = Pattern.compile("(?m)^.*$").matcher(folded);
            while (line.find()) {
                String l = line.group().replaceAll("[*_#\\s]+$", "");
                boolean article = ARTICLE_LINE.matcher(l).find();
                if (l.endsWith(":")) {
                    int end = line.start() + l.length();
                    listMarks.put(line.start(), Optional.ofNullable(introRelation(RelationRules.clauseStart(folded, end - 1), end)));
                } else if (article) {
                    // An article's heading may run over the next line (a PDF's line breaks).
                    int end = Math.min(RelationRules.lineEnd(folded, Math.min(folded.length(), line.end() + 1)), line.start() + 240);
                    listMarks.put(line.start(), Optional.ofNullable(introRelation(line.start(), end)));
                } else if (RelationRules.BASED_ON.matcher(l).find()) {
                    listMarks.put(line.start(), Optional.empty());
                }
            }
        }
        int lineStart = RelationRules.lastBefore(folded, '\n', Math.max(0, itemStart)) + 1;
        Map.Entry<Integer, Optional<Relation>> mark = listMarks.floorEntry(lineStart - 1);
        return mark == null ? null : mark.getValue().orElse(null);
    }

    /** The relation an introduction [from, to) gives what it lists: its last verb, the citing document's. */
    private Relation introRelation(int from, int to) {
        List<RelationWords.Cue> verbs = words.find("verb", folded, from, to);
        if (verbs.isEmpty()) {
            return null;
        }
        RelationWords.Cue v = verbs.get(verbs.size() - 1);
        if (v.relation() == Relation.IMPLEMENTS || !words.find("passive", folded, Math.max(from, v.start() - 8), v.start()).isEmpty()
                || !words.find("block", folded, v.end(), to).isEmpty()
                || MENTION_LIKE.matcher(folded.substring(from, v.start())).find()) {
            return null; // "… được sửa đổi, bổ sung bởi:", "Thông tư số … sửa đổi:": another document acts
        }
        return v.relation();
    }

    /** The heading of an annex that lists documents: "danh mục (các) văn bản … ". */
    private static final Pattern ANNEX_HEADING = Pattern.compile("^[\\s*#]*(?:[a-z0-9]{1,4}[.)]\\s*)?danh muc (?:cac )?van ban");
    private static final Pattern ARTICLE_LINE = Pattern.compile("^[\\s*#]*dieu \\d");

    /** Where annex headings (their relation) and articles (no relation: the list has ended) start; built once. */
    private TreeMap<Integer, Optional<Relation>> annexMarks;

    /**
     * The relation an annex's heading gives the documents listed under it, for a mention on a
     * short line (a table cell, a list item) below such a heading with no article between.
     */
    Relation annexRelation(int at) {
        int lineStart = RelationRules.lastBefore(folded, '\n', Math.max(0, at)) + 1;
        if (RelationRules.lineEnd(folded, at) - lineStart > 300) {
            return null; // a paragraph, not a row
        }
        if (!words.find("agent", folded, lineStart, at).isEmpty() || !words.find("verb", folded, lineStart, at).isEmpty()) {
            return null; // "Được thay thế bởi Thông tư số …": a reason cell names the other document
        }
        if (annexMarks == null) {
            annexMarks = new TreeMap<>();
            Matcher line = Pattern.compile("(?m)^.*$").matcher(folded);
            while (line.find()) {
                String l = line.group();
                if (ARTICLE_LINE.matcher(l).find()) {
                    annexMarks.put(line.start(), Optional.empty());
                } else if (ANNEX_HEADING.matcher(l).find()) {
                    // The heading may run over the next line or two (a PDF's line breaks).
                    int headingEnd = RelationRules.lineEnd(folded, Math.min(folded.length(), RelationRules.lineEnd(folded, line.end() + 1) + 1));
                    List<RelationWords.Cue> cues = words.find("annex", folded, line.start(), headingEnd);
                    annexMarks.put(line.start(), cues.isEmpty() ? Optional.empty()
                            : Optional.of(cues.get(cues.size() - 1).relation()));
                }
            }
        }
        Map.Entry<Integer, Optional<Relation>> mark = annexMarks.floorEntry(lineStart - 1);
        return mark == null ? null : mark.getValue().orElse(null);
    }
}
