package vn.vanban.corpus.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.text.VietnameseText;

/**
 * Decides how a document relates to each document it mentions, from where the mention stands:
 * <ul>
 *   <li>implements: the document named right after an implementing verb ("thực hiện",
 *       "triển khai") that opens the trích yếu ("Kế hoạch triển khai thực hiện Nghị quyết số …")
 *       or a sentence of the first body paragraph ("Thực hiện Công điện số …, UBND tỉnh …"), and
 *       the documents joined to it by "và" or a comma, or by "và" and another such verb;</li>
 *   <li>basedOn: named in a "Căn cứ" clause, or in a "Căn cứ" paragraph of the preamble (which
 *       may hold semicolons of its own);</li>
 *   <li>cites: anywhere else: "theo Chỉ thị số …", "tạm dừng thực hiện Quyết định số …",
 *       "sơ kết thực hiện Nghị quyết số …".</li>
 * </ul>
 * And which relations between two other documents the text states: "X … để thực hiện Y" in one
 * sentence says X implements Y.
 */
final class RelationRules {

    private final String folded;
    private final Header header;
    private final int preambleEnd;
    private final int firstParagraphEnd;

    /** The rules for one document: its text is folded, and its preamble found, once. */
    RelationRules(String text, Header header) {
        this.folded = VietnameseText.foldAligned(text);
        this.header = header;
        Matcher m = FIRST_ARTICLE.matcher(folded);
        this.preambleEnd = m.find() ? m.start() : folded.length();
        this.firstParagraphEnd = paragraphEnd(folded, afterBasis(folded, header.bodyStart()));
    }

    private static final String VERB = "(?:trien khai thuc hien|trien khai|thuc hien|quan triet(?: va trien khai)?"
            + "|huong dan thuc hien|huong dan trien khai|thi hanh)";
    /** What may open a trích yếu before its verb: "về việc", "kế hoạch", "ban hành kế hoạch của UBND tỉnh". */
    private static final Pattern HEAD = Pattern.compile("^\\s*(?:[-+•]\\s*)?(?:(?:v/v|ve viec|ban hanh|phe duyet"
            + "|ke hoach(?: hanh dong)?|chuong trinh(?: hanh dong)?|hanh dong|to chuc|tiep tuc|phoi hop|de an|phuong an"
            + "|cong van|bao cao)\\s+)*"
            + "(?:cua\\s+[a-z ]{2,40}?\\s+)?" + VERB + "\\b");
    /** What may stand between the verb and the document it governs. */
    private static final Pattern GAP = Pattern.compile("^\\s*(?:(?:cac|nghiem|nghiem tuc|hieu qua|tot|day du|kip thoi"
            + "|noi dung|van ban|chi dao|y kien chi dao|so)\\s+)*$"
            + "|^\\s*(?:(?:y kien )?chi dao\\s+)?(?:cua [^;.]{1,120}?)?\\s*(?:tai|theo)\\s*(?:so\\s*)?$");
    private static final Pattern OPENS_WITH_VERB = Pattern.compile(
            "^\\s*(?:[-+•]\\s*)?(?:to chuc |tiep tuc )?" + VERB + "\\b");
    /** "và triển khai …": a second verb joined to the first. */
    private static final Pattern AND_VERB = Pattern.compile("(?:,|\\bva)\\s+(?:to chuc\\s+)?" + VERB + "\\b");
    /** Where the preamble ends: at the first article or chapter; a letter has "Căn cứ" sentences anywhere. */
    private static final Pattern FIRST_ARTICLE = Pattern.compile("(?m)^\\s*(?:dieu 1\\b|chuong i\\b)");
    private static final Pattern VERB_AT_END = Pattern.compile("\\s" + VERB + "(?:\\s+(?:cac|so))?\\s*$");
    private static final Pattern BASED_ON = Pattern.compile("^\\s*(?:[-+•]\\s*)?can cu\\b");
    private static final Pattern STATED_IMPLEMENTS = Pattern.compile(
            "\\b(?:de|nham|ve viec|ve) (?:trien khai |to chuc |tiep tuc )?(?:thuc hien|trien khai|thi hanh)\\b");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s|\\n\\s*\\n|:\\s*\\n");
    private static final Pattern COORDINATOR = Pattern.compile("\\s*(?:,\\s*)?(?:va|cung|,)\\s*(?:so\\s*)?");
    /** Lines that end a "Căn cứ" paragraph of the preamble. */
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*(?:can cu|theo de nghi|xet de nghi|thuc hien|de |sau khi"
            + "|dieu \\d|chuong [ivxl\\d]|quyet nghi|quyet dinh:|nghi dinh:|ban hanh)");

    /** The relation of the document to the mention at index i, given the relation of the one before. */
    Relation relationOf(List<Mention> mentions, int i, Relation previous) {
        Mention m = mentions.get(i);
        boolean inSubject = header.subjectStart() >= 0 && m.start() >= header.subjectStart()
                && m.end() <= header.subjectEnd();
        if (!inSubject && m.start() < preambleEnd && inBasis(folded, m.start())) {
            return Relation.BASED_ON;
        }
        if (previous == Relation.IMPLEMENTS && coordinated(mentions, i, folded)) {
            return Relation.IMPLEMENTS; // "thực hiện Nghị quyết số 86/NQ-CP và Công văn số …"
        }
        if (inSubject) {
            return governed(mentions, i, folded, header.subjectStart(), previous) ? Relation.IMPLEMENTS : Relation.CITES;
        }
        int sentence = sentenceStart(folded, m.start());
        if (m.start() >= header.bodyStart() && m.start() < firstParagraphEnd
                && OPENS_WITH_VERB.matcher(folded.substring(sentence, m.start())).find()
                && governed(mentions, i, folded, sentence, previous)) {
            return Relation.IMPLEMENTS;
        }
        return Relation.CITES;
    }

    /**
     * The mention at i is what the opening verb of the region starting at {@code from} governs:
     * the region opens with (prefixes and) the verb, nothing but fillers stand between, and no
     * other document comes first; or it follows "và" and a verb of its own after an implemented one.
     */
    private static boolean governed(List<Mention> mentions, int i, String folded, int from, Relation previous) {
        Mention m = mentions.get(i);
        int at = Math.max(from, m.phraseStart());
        boolean first = i == 0 || mentions.get(i - 1).end() <= from;
        if (first) {
            Matcher head = HEAD.matcher(folded.substring(from, at));
            return head.find() && GAP.matcher(folded.substring(from + head.end(), at)).matches();
        }
        if (previous != Relation.IMPLEMENTS) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        String between = folded.substring(Math.min(prev.phraseEnd(), at), at);
        Matcher verb = AND_VERB.matcher(between);
        int verbEnd = -1;
        while (verb.find()) {
            verbEnd = verb.end();
        }
        return verbEnd >= 0 && GAP.matcher(between.substring(verbEnd)).matches();
    }

    /** Whether the mention stands in a "Căn cứ" clause or a "Căn cứ" paragraph of the preamble. */
    private static boolean inBasis(String folded, int at) {
        int sentence = sentenceStart(folded, at);
        int clause = Math.max(sentence, folded.lastIndexOf(';', at - 1) + 1);
        if (BASED_ON.matcher(folded.substring(clause, at)).find() || BASED_ON.matcher(folded.substring(sentence, at)).find()) {
            return true;
        }
        // The paragraph: from a line opening with "Căn cứ" down to a line that opens something else.
        int line = folded.lastIndexOf('\n', at - 1) + 1;
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
            line = folded.lastIndexOf('\n', line - 2) + 1;
            String above = folded.substring(line, lineEnd(folded, line)).strip();
            if (above.endsWith(".") || above.endsWith(".\u201d") || above.endsWith(":")) {
                return false; // a sentence ended on the line above: this is not its paragraph
            }
        }
        return false;
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** mentions[i] joined to the one before by "và" or a comma alone: both are governed alike. */
    private static boolean coordinated(List<Mention> mentions, int i, String folded) {
        if (i == 0) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        int at = mentions.get(i).phraseStart();
        if (prev.phraseEnd() > at) {
            return false;
        }
        return COORDINATOR.matcher(folded.substring(prev.phraseEnd(), at)).matches();
    }

    /** Whether the text states that mentions[i-1] implements mentions[i]: "X … để thực hiện Y". */
    boolean statedImplements(List<Mention> mentions, int i) {
        if (i == 0) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        Mention m = mentions.get(i);
        if (sentenceStart(folded, m.start()) > prev.start()) {
            return false;
        }
        String between = folded.substring(prev.end(), Math.max(prev.end(), m.phraseStart()));
        if (between.length() >= 250) {
            return false;
        }
        if (STATED_IMPLEMENTS.matcher(between).find()) {
            return true;
        }
        // "… của Tỉnh ủy thực hiện Nghị quyết số …", "… về chương trình hành động thực hiện Kết luận số …":
        // the verb right before the second document, not joined to the first by "và" (then the
        // citing document itself is the subject).
        Matcher verb = VERB_AT_END.matcher(between);
        return verb.find() && !AND_VERB.matcher(between.substring(Math.max(0, verb.start() - 5))).lookingAt();
    }

    /** Where the paragraph starting at {@code bodyStart} ends: at a blank line (PDFs break its lines anywhere). */
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
        int start = 0;
        Matcher m = SENTENCE_END.matcher(folded);
        m.region(Math.max(0, at - 2000), at);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

}
