package vn.vanban.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    private static List<String> counted(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term + "×" + freq.getTermFrequency());
        }
        ts.end();
        ts.close();
        return out;
    }

    private static TokenStream of(String text) {
        WhitespaceTokenizer t = new WhitespaceTokenizer();
        t.setReader(new java.io.StringReader(text));
        return new TermCounts(t);
    }

    @Test
    void eachTermOnceWithItsCountInTheOrderFirstSeen() throws IOException {
        assertEquals(List.of("ủy×2", "ban×2", "nhân×1", "dân×1", "tỉnh×1"),
                counted(of("ủy ban nhân dân tỉnh ủy ban")));
        assertEquals(List.of(), counted(of("")));
        // Terms that are prefixes of one another, and one longer than the first buffer, stay apart.
        String longTerm = "a".repeat(200); // under the tokenizer's 255
        assertEquals(List.of("a×2", "aa×1", longTerm + "×2"), counted(of("a aa " + longTerm + " a " + longTerm)));
    }

    @Test
    void aReusedStreamStartsAgain() throws IOException {
        WhitespaceTokenizer t = new WhitespaceTokenizer();
        TermCounts counts = new TermCounts(t);
        t.setReader(new java.io.StringReader("x y x"));
        assertEquals(List.of("x×2", "y×1"), counted(counts));
        t.setReader(new java.io.StringReader("y"));
        assertEquals(List.of("y×1"), counted(counts));
    }
}
