package vn.vanban.indexer.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Each distinct term of its input once, with the number of times it came as its term frequency,
 * in the order they first came: for a field indexed with documents and frequencies only, the
 * postings, the field's length and so BM25's scores are those of the input token by token. A
 * document repeats its syllables and pairs (about a sixth of the syllables and half of the pairs are
 * distinct in the portal's documents), and every token the indexer inverts is a lookup in a segment's
 * table of terms: here most become a lookup in a table of the document's own few thousand terms.
 */
public final class TermCounts extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<Count> counts = new ArrayList<>();
    private boolean counted;
    private int next;

    public TermCounts(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!counted) {
            count();
            counted = true;
        }
        if (next == counts.size()) {
            return false;
        }
        Count c = counts.get(next++);
        clearAttributes();
        term.copyBuffer(c.chars, 0, c.chars.length);
        frequency.setTermFrequency(c.n);
        increment.setPositionIncrement(1);
        return true;
    }

    private void count() throws IOException {
        CharArrayMap<Count> seen = new CharArrayMap<>(1024, false);
        while (input.incrementToken()) {
            char[] buffer = term.buffer();
            int length = term.length();
            Count c = seen.get(buffer, 0, length);
            if (c == null) {
                char[] chars = new char[length];
                System.arraycopy(buffer, 0, chars, 0, length);
                c = new Count(chars);
                seen.put(chars, c);
                counts.add(c);
            }
            c.n++;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        counts.clear();
        counted = false;
        next = 0;
    }

    private static final class Count {
        final char[] chars;
        int n;

        Count(char[] chars) {
            this.chars = chars;
        }
    }
}
