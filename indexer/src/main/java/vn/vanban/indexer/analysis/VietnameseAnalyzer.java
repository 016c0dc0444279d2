package vn.vanban.indexer.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Vietnamese text as syllables (ICU word breaking), NFC, canonical tone placement, lower case
 * ({@link Form#EXACT}); with diacritics removed and đ as d (ICU folding, {@link Form#FOLDED}), for
 * queries typed without Vietnamese input; or folded with each marked syllable also kept as written
 * at the same position ({@link Form#FORMS}), so one field answers both.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** What each syllable becomes. */
    public enum Form { EXACT, FOLDED, FORMS }

    private final Form form;
    private final boolean pairs;

    public VietnameseAnalyzer(boolean folded) {
        this(folded, false);
    }

    /** With {@code pairs}, the tokens are pairs of adjacent syllables ("phòng chống"), for word-level matching. */
    public VietnameseAnalyzer(boolean folded, boolean pairs) {
        this(folded ? Form.FOLDED : Form.EXACT, pairs);
    }

    public VietnameseAnalyzer(Form form, boolean pairs) {
        if (pairs && form == Form.FORMS) {
            throw new IllegalArgumentException("pairs are of folded or exact syllables, not of both");
        }
        this.form = form;
        this.pairs = pairs;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream stream = switch (form) {
            case FOLDED -> new ICUFoldingFilter(source);
            case EXACT -> new LowerCaseFilter(new ToneNormalizationFilter(source));
            case FORMS -> new MarkedFormFilter(new LowerCaseFilter(new ToneNormalizationFilter(source)));
        };
        if (pairs) {
            stream = new AdjacentPairFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // A prefix or fuzzy term: folded, or as typed (a marked prefix looks among the marked forms).
        return form == Form.FOLDED ? new ICUFoldingFilter(in) : new LowerCaseFilter(new ToneNormalizationFilter(in));
    }
}
