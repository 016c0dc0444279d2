package vn.vanban.indexer.analysis;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import com.ibm.icu.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Folds each syllable (ICU folding: no diacritics, đ → d) and, where folding changed it, keeps the
 * syllable as it came (tone placement and case already normalised) at the same position. One field
 * then answers a syllable typed without marks (its folded form: every form) and one typed with
 * them (that form alone), side by side in one phrase: "giãn cach" is giãn followed by any cach.
 * A marked form is never a folded one (folding leaves no marks), so the two cannot be confused.
 * The stacked form does not count in the field's length (BM25 discounts overlaps): the folded
 * syllables score as they did without it.
 */
public final class MarkedFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State folded;
    private String form;

    public MarkedFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (folded != null) {
            restoreState(folded);
            folded = null;
            term.setEmpty().append(form);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String as = term.toString();
        String f = fold(as);
        if (!f.equals(as)) {
            term.setEmpty().append(f);
            folded = captureState();
            form = as;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        folded = null;
        form = null;
    }

    /** ICU folding of one syllable; a language has a few thousand, each folded once. */
    static String fold(String syllable) {
        boolean ascii = true;
        for (int i = 0, n = syllable.length(); i < n && ascii; i++) {
            ascii = syllable.charAt(i) < 0x80 && !Character.isUpperCase(syllable.charAt(i));
        }
        if (ascii) {
            return syllable;
        }
        String f = CACHE.get(syllable);
        if (f == null) {
            f = ICUFoldingFilter.NORMALIZER.quickCheck(syllable) == Normalizer.YES ? syllable
                    : ICUFoldingFilter.NORMALIZER.normalize(syllable);
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(syllable, f);
        }
        return f;
    }

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
}
