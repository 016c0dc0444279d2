package vn.vanban.corpus.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.RelationWords;

/**
 * Decides how a document relates to each document it mentions, from the words around the mention
 * ({@link RelationWords}, compiled from {@code relation-words.tsv}):
 * <ul>
 *   <li>basedOn: named in a "Căn cứ" clause, or in a "Căn cứ" paragraph of the preamble;</li>
 *   <li>guides, amends, replaces, repeals, replies: the document is what a verb of the relation
 *       governs ("sửa đổi, bổ sung một số điều của Nghị định số …", "Quyết định này thay thế
 *       Quyết định số …", "thu hồi Quyết định số …", "trả lời Công văn số …"), the citing
 *       document being the verb's subject (no other document before the verb in its clause);</li>
 *   <li>implements: the subject line or a sentence of the body's opening paragraph is headed by an
 *       implementing verb ("thực hiện", "triển khai thi hành", "theo yêu cầu của"; after prefixes
 *       such as "Kế hoạch", "tăng cường", or "Ban hành Quy chế …"), and the document is the first
 *       one after it, however far ("thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Công văn
 *       số …", "giãn cách xã hội theo Chỉ thị số …"), unless a blocking word stands between
 *       ("sơ kết", "theo quy định tại"); and the documents joined to it;</li>
 *   <li>cites: anything else.</li>
 * </ul>
 * What the text states between two other documents is read by {@link StatedRules}, with the
 * same verbs and coordinations.
 */
final class RelationRules {

    private final String folded;
    private final Header header;
    private final RelationWords words;
    private final int preambleEnd;
    private final int firstParagraphEnd;
    private final ListMarks lists;

    /** The rules for one document: its text is folded, and its preamble found, once. */
    RelationRules(String text, Header header, RelationWords words) {
        this.folded = VietnameseText.foldAligned(text);
        this.header = header;
        this.words = words;
        Matcher m = FIRST_ARTICLE.matcher(folded);
        this.preambleEnd = m.find() ? m.start() : folded.length();
        this.firstParagraphEnd = paragraphEnd(folded, afterBasis(folded, header.bodyStart()));
        this.lists = new ListMarks(folded, words);
    }

    /** The document's text, folded (offsets are the text's). */
    String folded() {
        return folded;
    }

    RelationWords words() {
        return words;
    }

    /** How far an implementing verb may stand from the document it is about. */
    private static final int REACH = 320;
    /** Where the preamble ends: at the first article or chapter; a letter has "Căn cứ" sentences anywhere. */
    private static final Pattern FIRST_ARTICLE = Pattern.compile("(?m)^\\s*(?:dieu 1\\b|chuong i\\b)");
    static final Pattern BASED_ON = Pattern.compile("^\\s*(?:[-+•]\\s*)?can cu\\b");
    /** What opens a list item: "1.", "a)", "-", "+", "•". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:(?:\\d{1,3}|[a-zđ])[.)]|[-+•*])?\\s*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s|\\n\\s*\\n|:\\s*\\n");
    /** Lines that end a "Căn cứ" paragraph of the preamble. */
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*(?:can cu|theo de nghi|xet de nghi|xet |thuc hien|de |sau khi"
            + "|dieu \\d|chuong [ivxl\\d]|quyet nghi|quyet dinh:|nghi dinh:|ban hanh)");

    /** The relation of the document to the mention at index i, given the relation of the one before. */
    Relation relationOf(List<Mention> mentions, int i, Relation previous) {
        Mention m = mentions.get(i);
        boolean inSubject = inSubject(m);
        if (!inSubject && m.start() < preambleEnd && inBasis(folded, m.start())) {
            return Relation.BASED_ON;
        }
        int clause = inSubject ? header.subjectStart() : clauseStart(m.start());
        int from = Math.max(clause, i > 0 ? Math.min(mentions.get(i - 1).phraseEnd(), m.phraseStart()) : clause);
        RelationWords.Cue verb = governingVerb(from, m.phraseStart());
        if (verb != null && verb.relation() != Relation.IMPLEMENTS && subjectIsCiting(mentions, i, clause, verb.start())) {
            return verb.relation();
        }
        if (!inSubject && LIST_ITEM.matcher(folded.substring(clause, Math.max(clause, m.phraseStart()))).matches()) {
            Relation listed = lists.listRelation(clause);
            if (listed != null) {
                return listed; // "Bãi bỏ các văn bản sau:\n1. Quyết định số …;\n2. …"
            }
        }
        if (!inSubject) {
            Relation listed = lists.annexRelation(m.start());
            if (listed != null) {
                return listed; // a row of "DANH MỤC VĂN BẢN … BỊ BÃI BỎ"
            }
        }
        RelationWords.Cue after = words.at("after", folded, m.phraseEnd(), Math.min(folded.length(), m.phraseEnd() + 40));
        if (after != null && subjectIsCiting(mentions, i, clause, m.phraseStart())) {
            return after.relation();
        }
        if (previous != null && previous != Relation.CITES && previous != Relation.BASED_ON
                && (coordinated(mentions, i) || coordinatedOverTitle(mentions, i, previous))) {
            return previous; // "thực hiện Nghị quyết số 86/NQ-CP và Công văn số …", "bãi bỏ Quyết định … và …"
        }
        if (!inSubject && m.start() < preambleEnd && preambleEnd < folded.length()
                && implementing(mentions, i, sentenceStart(folded, m.start()), previous)) {
            return Relation.IMPLEMENTS; // a preamble's "Thực hiện Thông báo số …;" after its "Căn cứ" lines
        }
        boolean opening = inSubject || m.start() >= header.bodyStart() && m.start() < firstParagraphEnd;
        if (opening && implementing(mentions, i, inSubject ? clause : sentenceStart(folded, m.start()), previous)) {
            return Relation.IMPLEMENTS;
        }
        return Relation.CITES;
    }

    private boolean inSubject(Mention m) {
        return header.subjectStart() >= 0 && m.start() >= header.subjectStart() && m.end() <= header.subjectEnd();
    }

    /** A clause: from the sentence's start or the last semicolon. */
    private int clauseStart(int at) {
        return clauseStart(folded, at);
    }

    /** Where the clause holding {@code at} starts: the sentence's start or the last semicolon. */
    static int clauseStart(String folded, int at) {
        return Math.max(sentenceStart(folded, at), lastBefore(folded, ';', at) + 1);
    }

    /** The last verb in [from, to) that reaches {@code to}: only fillers (or a locative) between. */
    RelationWords.Cue governingVerb(int from, int to) {
        List<RelationWords.Cue> verbs = words.find("verb", folded, from, to);
        for (int k = verbs.size() - 1; k >= 0; k--) {
            RelationWords.Cue v = verbs.get(k);
            if (v.relation() != Relation.IMPLEMENTS && words.at("noun", folded, v.end(), to) != null
                    && words.gapOnly(folded.substring(v.end(), to))) {
                continue; // "hướng dẫn tại Công văn …": the guidance in it, a noun
            }
            if (!words.find("block", folded, v.end(), to).isEmpty()) {
                return null;
            }
            return words.reaches(v, folded.substring(v.end(), to)) ? v : null;
        }
        return null;
    }

    /** No other document stands before the verb in its clause: the citing document is its subject. */
    private static boolean subjectIsCiting(List<Mention> mentions, int i, int clause, int verbStart) {
        for (int j = i - 1; j >= 0; j--) {
            Mention p = mentions.get(j);
            if (p.end() <= clause) {
                return true;
            }
            if (p.start() < verbStart) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the region starting at {@code region} is headed by an implementing verb that is about
     * the mention at i: after its prefixes (or "Ban hành Kế hoạch …") the region's first verb is an
     * implementing one, no blocking word follows it before the mention, and no other document comes
     * between; or the mention follows "và" and an implementing verb of its own after an implemented one.
     */
    private boolean implementing(List<Mention> mentions, int i, int region, Relation previous) {
        Mention m = mentions.get(i);
        int to = m.phraseStart();
        if (to <= region) {
            return false;
        }
        boolean first = i == 0 || mentions.get(i - 1).end() <= region;
        if (!first) {
            return previous == Relation.IMPLEMENTS && joinedVerb(mentions.get(i - 1).phraseEnd(), to);
        }
        RelationWords.Cue head = head(region, to);
        return head != null && to - head.end() <= REACH && words.find("block", folded, head.end(), to).isEmpty()
                && !passiveBetween(head.end(), to);
    }

    /** "Việc thực hiện … được hướng dẫn tại Công văn số …": the document is another verb's agent. */
    private boolean passiveBetween(int from, int to) {
        for (RelationWords.Cue p : words.find("passive", folded, from, to)) {
            if (words.at("verb", folded, p.end(), to) != null) {
                return true;
            }
        }
        return false;
    }

    /** The implementing verb heading [region, to), or null. */
    private RelationWords.Cue head(int region, int to) {
        int p = words.afterPrefixes(folded, region, to);
        RelationWords.Cue making = words.at("making", folded, p, to);
        if (making != null) {
            // "Ban hành Quy chế phối hợp … triển khai thực hiện Chỉ thị …": the first verb after it.
            List<RelationWords.Cue> verbs = words.find("verb", folded, making.end(), to);
            if (verbs.isEmpty() || verbs.get(0).relation() != Relation.IMPLEMENTS
                    || !words.find("block", folded, making.end(), verbs.get(0).start()).isEmpty()) {
                return null;
            }
            return verbs.get(0);
        }
        if (folded.startsWith("cua ", p)) {
            // "Kế hoạch của UBND tỉnh thực hiện …": who makes the plan, then its verb.
            List<RelationWords.Cue> verbs = words.find("verb", folded, p, Math.min(to, p + 60));
            if (!verbs.isEmpty() && verbs.get(0).relation() == Relation.IMPLEMENTS
                    && words.find("block", folded, p, verbs.get(0).start()).isEmpty()) {
                return verbs.get(0);
            }
            return null;
        }
        RelationWords.Cue h = words.at("head", folded, p, to);
        if (h != null) {
            return h;
        }
        RelationWords.Cue v = words.at("verb", folded, p, to);
        return v != null && v.relation() == Relation.IMPLEMENTS ? v : null;
    }

    /** "… và triển khai Công điện số …": a second implementing verb, joined, then fillers. */
    private boolean joinedVerb(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (RelationWords.Cue j : words.find("join", folded, from, to)) {
            int p = words.afterPrefixes(folded, j.end(), to);
            RelationWords.Cue v = words.at("verb", folded, p, to);
            if (v != null && v.relation() == Relation.IMPLEMENTS && words.find("verb", folded, v.end(), to).isEmpty()
                    && words.find("block", folded, v.end(), to).isEmpty() && to - v.end() <= REACH) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention stands in a "Căn cứ" clause or a "Căn cứ" paragraph of the preamble. */
    private static boolean inBasis(String folded, int at) {
        int sentence = sentenceStart(folded, at);
        int clause = clauseStart(folded, at);
        if (BASED_ON.matcher(folded.substring(clause, at)).find() || BASED_ON.matcher(folded.substring(sentence, at)).find()) {
            return true;
        }
        // The paragraph: from a line opening with "Căn cứ" down to a line that opens something else.
        int line = lastBefore(folded, '\n', at) + 1;
        for (int steps = 0; steps < 12; steps++) {
            String l = folded.substring(line, lineEnd(folded, line));
            if (l.isBlank()) {
                return false;
            }
            if (BASED_ON.matcher(l).find()) {
                return true;
            }
            if (BLOCK_END.matcher(l).find() || line == 0) {
                return false;
            }
            line = lastBefore(folded, '\n', line - 1) + 1;
            String above = folded.substring(line, lineEnd(folded, line)).strip();
            if (above.endsWith(".") || above.endsWith(".\u201d") || above.endsWith(":")) {
                return false; // a sentence ended on the line above: this is not its paragraph
            }
        }
        return false;
    }

    /**
     * Reading looks at most this far back or ahead for a sentence, a clause or a line: farther than
     * any of them reaches in a real document, and what keeps a text without breaks (a hostile
     * file of one 1.4 MB line) from costing the square of its length.
     */
    static final int LOOK = 2000;

    /** Where the line from {@code from} ends: its newline, or LOOK on. */
    static int lineEnd(String s, int from) {
        int last = Math.min(s.length(), from + LOOK);
        for (int i = from; i < last; i++) {
            if (s.charAt(i) == '\n') {
                return i;
            }
        }
        return last;
    }

    /** The last {@code c} before {@code at}, looking back LOOK at most: -1 if the text starts first, else the place looking stopped. */
    static int lastBefore(String s, char c, int at) {
        int floor = Math.max(0, at - LOOK);
        for (int i = Math.min(at, s.length()) - 1; i >= floor; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return floor - 1;
    }

    /** mentions[i] joined to the one before by "và" or a comma alone: both are governed alike. */
    boolean coordinated(List<Mention> mentions, int i) {
        if (i == 0) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        int at = mentions.get(i).phraseStart();
        if (prev.phraseEnd() > at) {
            return false;
        }
        String between = folded.substring(prev.phraseEnd(), at);
        if (between.isBlank()) {
            return true;
        }
        for (RelationWords.Cue j : words.find("join", folded, prev.phraseEnd(), at)) {
            if (folded.substring(prev.phraseEnd(), j.start()).isBlank()
                    && words.gapOnly(folded.substring(j.end(), at).replaceAll("\\bso\\b", " "))
                    && folded.substring(j.end(), at).strip().length() <= 12) {
                return true;
            }
        }
        return false;
    }

    /**
     * mentions[i] joined by "và" to the one before over that one's title ("bãi bỏ Quyết định số A
     * … ban hành Quy định … và Quyết định số B …"; "… tại Quyết định số A … và thủ tục … tại
     * Quyết định số B"): no verb, blocking word or sentence end between, and after the last "và"
     * only fillers, or the free words and locative by which the relation's verbs reach a document.
     */
    private boolean coordinatedOverTitle(List<Mention> mentions, int i, Relation previous) {
        Mention prev = mentions.get(i - 1);
        int from = prev.phraseEnd();
        int at = mentions.get(i).phraseStart();
        if (from >= at || at - from > 300 || SENTENCE_END.matcher(folded.substring(from, at)).find()
                || !words.find("verb", folded, from, at).isEmpty() || !words.find("block", folded, from, at).isEmpty()) {
            return false;
        }
        int join = lastWordJoin(from, at);
        if (join < 0) {
            return false;
        }
        String after = folded.substring(join, at);
        return words.gapOnly(after) || words.reaches(previous, after);
    }

    /** Where the last "và" (a join that is a word, not a comma) in [from, at) ends, or -1. */
    int lastWordJoin(int from, int at) {
        int end = -1;
        for (RelationWords.Cue j : words.find("join", folded, from, at)) {
            if (Character.isLetter(folded.charAt(j.start()))) {
                end = j.end();
            }
        }
        return end;
    }


    /**
     * Where the body's first paragraph starts once the "Căn cứ" paragraphs of a preamble are passed:
     * "Căn cứ …; Căn cứ …;" then "Thực hiện Công điện số …" is still the opening of the text.
     */
    private static int afterBasis(String folded, int bodyStart) {
        int p = Math.max(0, Math.min(bodyStart, folded.length()));
        for (int steps = 0; steps < 20; steps++) {
            int q = p;
            while (q < folded.length() && Character.isWhitespace(folded.charAt(q))) {
                q++;
            }
            if (!BASED_ON.matcher(folded.substring(q, Math.min(folded.length(), q + 20))).find()) {
                return q;
            }
            p = paragraphEnd(folded, q);
        }
        return p;
    }

    /** Where the paragraph starting at {@code bodyStart} ends: at a blank line (PDFs break its lines anywhere). */
    private static int paragraphEnd(String folded, int bodyStart) {
        int p = Math.max(0, Math.min(bodyStart, folded.length()));
        while (p < folded.length() && Character.isWhitespace(folded.charAt(p))) {
            p++;
        }
        Matcher blank = PARAGRAPH_BREAK.matcher(folded);
        return blank.find(p) ? blank.start() : folded.length();
    }

    /**
     * Where the sentence holding {@code at} starts: after ". ", "; ", a paragraph break (blank
     * line) or a colon ending a line. A single line break is not a boundary: converted PDFs
     * break lines inside sentences.
     */
    static int sentenceStart(String folded, int at) {
        int start = Math.max(0, at - LOOK);
        Matcher m = SENTENCE_END.matcher(folded);
        // find() over the region, tried only where a boundary can open (its first characters):
        // the same matches, without the regex engine's attempt at every character.
        for (int p = Math.max(0, at - LOOK); p < at; p++) {
            char c = folded.charAt(p);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':') {
                m.region(p, at);
                if (m.lookingAt()) {
                    start = m.end();
                    p = m.end() - 1; // matches are never empty
                }
            }
        }
        return start;
    }

}
