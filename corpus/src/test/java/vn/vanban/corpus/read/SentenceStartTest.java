package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Where a sentence starts, found by trying the boundary only at its first characters, is where find() puts it. */
class SentenceStartTest {

    @Test
    void boundariesAsWritten() {
        String t = "can cu luat. thuc hien cong van so 1/ubnd;\n\nkinh gui: \n cac so";
        assertEquals(t.indexOf("thuc"), RelationRules.sentenceStart(t, t.indexOf("cong")));
        // ";\n" is the boundary, met first: the blank line's second "\n" stays in the next sentence.
        assertEquals(t.indexOf("kinh") - 1, RelationRules.sentenceStart(t, t.indexOf("gui")));
        assertEquals(t.indexOf(" cac"), RelationRules.sentenceStart(t, t.indexOf("so", t.indexOf("cac"))));
        assertEquals(0, RelationRules.sentenceStart(t, t.indexOf("luat")));
    }

    @Test
    void theSameAsFindOnSeededRandomText() {
        Random rnd = new Random(20261203L);
        String[] pieces = {".", ";", ":", "!", "?", " ", "\n", "\n\n", " \n ", "\t", "a", "so", "1/2", ". ", ":\n", "x.y"};
        for (int t = 0; t < 3_000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = rnd.nextInt(rnd.nextBoolean() ? 60 : 900); i >= 0; i--) {
                s.append(pieces[rnd.nextInt(pieces.length)]);
            }
            String text = s.toString();
            for (int k = 0; k < 5; k++) {
                int at = rnd.nextInt(text.length() + 1);
                assertEquals(byFind(text, at), RelationRules.sentenceStart(text, at), "at " + at + " in " + text);
            }
        }
    }

    /** The definition: the end of the last boundary find() meets in the 2,000 characters before. */
    private static int byFind(String folded, int at) {
        int start = Math.max(0, at - RelationRules.LOOK);
        Matcher m = RelationRules.SENTENCE_END.matcher(folded);
        m.region(Math.max(0, at - RelationRules.LOOK), at);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }
}
