package vn.vanban.corpus.read;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.text.VietnameseText;

/**
 * Decides how a document relates to each document it mentions, from where the mention stands:
 * <ul>
 *   <li>implements: the first document named after an implementing verb ("thực hiện",
 *       "triển khai") in the trích yếu, or in a sentence of the first body paragraph that opens
 *       with one ("Thực hiện Công điện số …, UBND tỉnh …");</li>
 *   <li>basedOn: named in a clause that opens with "Căn cứ";</li>
 *   <li>cites: anywhere else.</li>
 * </ul>
 * And which relations between two other documents the text states: "X … để thực hiện Y" in one
 * sentence says X implements Y.
 */
final class RelationRules {

    private static final Pattern IMPLEMENTING_VERB = Pattern.compile(
            "(?:^|[\\s(,;])(?:to chuc |tiep tuc )?(?:trien khai thuc hien|thuc hien|trien khai|quan triet"
                    + "|huong dan thuc hien|huong dan trien khai)\\s");
    private static final Pattern SENTENCE_OPENS_IMPLEMENTING = Pattern.compile(
            "^\\s*(?:[-+•]\\s*)?(?:thuc hien|trien khai thuc hien|trien khai|to chuc trien khai|to chuc thuc hien"
                    + "|thuc hien chi dao|thuc hien y kien chi dao)\\b");
    private static final Pattern BASED_ON = Pattern.compile("^\\s*(?:[-+•]\\s*)?can cu\\b");
    private static final Pattern STATED_IMPLEMENTS = Pattern.compile(
            "\\b(?:de|nham|ve viec|ve) (?:trien khai |to chuc |tiep tuc )?(?:thuc hien|trien khai|thi hanh)\\b");
    private static final Pattern COORDINATOR = Pattern.compile("\\s*(?:,\\s*)?(?:va|cung|,)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]\\s|\\n\\s*\\n|:\\s*\\n");

    private RelationRules() {}

    /** The relation of the document to the mention at index i. */
    static Relation relationOf(List<Mention> mentions, int i, String text, Header header, Relation previous) {
        Mention m = mentions.get(i);
        if (previous == Relation.IMPLEMENTS && coordinated(mentions, i, text)) {
            return Relation.IMPLEMENTS; // "thực hiện Nghị quyết số 86/NQ-CP và Công văn số …"
        }
        String folded = VietnameseText.foldAligned(text);
        if (header.subjectStart() >= 0 && m.start() >= header.subjectStart() && m.end() <= header.subjectEnd()) {
            return governedByVerb(mentions, i, folded, header.subjectStart()) ? Relation.IMPLEMENTS : Relation.CITES;
        }
        int sentence = sentenceStart(folded, m.start());
        int clause = clauseStart(folded, m.start());
        if (BASED_ON.matcher(folded.substring(clause, m.start())).find()
                || BASED_ON.matcher(folded.substring(sentence, m.start())).find()) {
            return Relation.BASED_ON;
        }
        if (m.start() >= header.bodyStart() && inFirstParagraph(folded, header.bodyStart(), m.start())
                && SENTENCE_OPENS_IMPLEMENTING.matcher(folded.substring(sentence, m.start())).find()
                && governedByVerb(mentions, i, folded, sentence)) {
            return Relation.IMPLEMENTS;
        }
        return Relation.CITES;
    }

    /**
     * The mention at i is the object of an implementing verb that comes after {@code from}: the
     * verb stands before it with no other mention between, and it is not itself the target of a
     * stated relation ("… để thực hiện Y").
     */
    private static boolean governedByVerb(List<Mention> mentions, int i, String folded, int from) {
        Mention m = mentions.get(i);
        if (i > 0 && mentions.get(i - 1).end() > from) {
            return false; // a second document in the same clause is not what the verb governs
        }
        return IMPLEMENTING_VERB.matcher(" " + folded.substring(from, Math.max(from, m.phraseStart())) + " ").find();
    }

    /** mentions[i] joined to the one before by "và" or a comma alone: both are governed alike. */
    private static boolean coordinated(List<Mention> mentions, int i, String text) {
        if (i == 0) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        if (prev.phraseEnd() > mentions.get(i).phraseStart()) {
            return false;
        }
        String between = VietnameseText.foldAligned(text.substring(prev.phraseEnd(), mentions.get(i).phraseStart()));
        return COORDINATOR.matcher(between).matches();
    }

    /** Whether the text states that mentions[i-1] implements mentions[i]: "X … để thực hiện Y". */
    static boolean statedImplements(List<Mention> mentions, int i, String text) {
        if (i == 0) {
            return false;
        }
        String folded = VietnameseText.foldAligned(text);
        Mention prev = mentions.get(i - 1);
        Mention m = mentions.get(i);
        if (sentenceStart(folded, m.start()) > prev.start()) {
            return false;
        }
        String between = folded.substring(prev.end(), Math.max(prev.end(), m.phraseStart()));
        return between.length() < 250 && STATED_IMPLEMENTS.matcher(between).find();
    }

    private static boolean inFirstParagraph(String folded, int bodyStart, int at) {
        int p = bodyStart;
        while (p < folded.length() && Character.isWhitespace(folded.charAt(p))) {
            p++;
        }
        int paragraphEnd = folded.indexOf('\n', p);
        return paragraphEnd < 0 || at < paragraphEnd;
    }

    /**
     * Where the sentence holding {@code at} starts: after ". ", "; ", a paragraph break (blank
     * line) or a colon ending a line. A single line break is not a boundary: converted PDFs
     * break lines inside sentences.
     */
    static int sentenceStart(String folded, int at) {
        int start = 0;
        java.util.regex.Matcher m = SENTENCE_END.matcher(folded);
        m.region(Math.max(0, at - 2000), at);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int clauseStart(String folded, int at) {
        int s = sentenceStart(folded, at);
        int semi = folded.lastIndexOf(';', at - 1);
        return Math.max(s, semi + 1);
    }
}
