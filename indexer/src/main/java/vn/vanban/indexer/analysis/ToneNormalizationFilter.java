package vn.vanban.indexer.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanban.corpus.text.ToneMarks;

/** Puts each token's tone mark in the canonical place, so "hoà" and "hòa" index alike. */
public final class ToneNormalizationFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ToneNormalizationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        boolean ascii = true;
        for (int i = 0, n = term.length(); i < n && ascii; i++) {
            ascii = buffer[i] < 0x80;
        }
        if (ascii) {
            return true; // no tone mark to move
        }
        String before = term.toString();
        String after = CACHE.get(before);
        if (after == null) {
            after = ToneMarks.normalize(before);
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(before, after);
        }
        if (!after.equals(before)) {
            term.setEmpty().append(after);
        }
        return true;
    }

    /**
     * Tokens are syllables, and a language has a few thousand: normalising each one once saves most
     * of the filter's cost when a whole archive is indexed.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
}
