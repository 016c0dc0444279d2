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
        String before = term.toString();
        String after = ToneMarks.normalize(before);
        if (!after.equals(before)) {
            term.setEmpty().append(after);
        }
        return true;
    }
}
