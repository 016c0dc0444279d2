package vn.vanban.indexer.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Each two adjacent tokens as one, joined by a space ("phòng", "chống", "dịch" → "phòng chống",
 * "chống dịch"): the tokens of Lucene's {@code ShingleFilter(in, 2, 2)} without unigrams, for a
 * stream without position gaps (ours has none: no stop words are removed). It keeps only the
 * previous token's characters, where the shingle filter captures and restores every attribute of
 * each token: a document has thousands of pairs, and that copying was a tenth of indexing.
 */
public final class AdjacentPairFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] previous = new char[32];
    private int previousLength = -1; // none yet
    private int previousStart;

    public AdjacentPairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            int length = term.length();
            int start = offset.startOffset();
            if (previousLength < 0) {
                remember(term.buffer(), length, start);
                continue;
            }
            int pairLength = previousLength + 1 + length;
            // The pair is written in place: the current token's characters (kept by a resize) move right first.
            char[] out = term.resizeBuffer(pairLength);
            System.arraycopy(out, 0, out, previousLength + 1, length);
            System.arraycopy(previous, 0, out, 0, previousLength);
            out[previousLength] = ' ';
            int pairStart = previousStart;
            remember(out, previousLength + 1, length, start);
            term.setLength(pairLength);
            offset.setOffset(pairStart, offset.endOffset());
            return true;
        }
        return false;
    }

    private void remember(char[] chars, int length, int start) {
        remember(chars, 0, length, start);
    }

    private void remember(char[] chars, int from, int length, int start) {
        if (previous.length < length) {
            previous = new char[Math.max(length, previous.length * 2)];
        }
        System.arraycopy(chars, from, previous, 0, length);
        previousLength = length;
        previousStart = start;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
    }
}
