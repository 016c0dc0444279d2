package vn.vanban.indexer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import java.io.Reader;

/**
 * Vietnamese text as syllables (ICU word breaking), NFC, canonical tone placement, lower case.
 * With {@code folded}, diacritics are removed and đ becomes d (ICU folding), for queries typed
 * without Vietnamese input.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final boolean folded;
    private final boolean pairs;

    public VietnameseAnalyzer(boolean folded) {
        this(folded, false);
    }

    /** With {@code pairs}, the tokens are pairs of adjacent syllables ("phòng chống"), for word-level matching. */
    public VietnameseAnalyzer(boolean folded, boolean pairs) {
        this.folded = folded;
        this.pairs = pairs;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter(reader,
                com.ibm.icu.text.Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        TokenStream stream = folded
                ? new ICUFoldingFilter(source)
                : new LowerCaseFilter(new ToneNormalizationFilter(source));
        if (pairs) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            stream = shingles;
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return folded ? new ICUFoldingFilter(in) : new LowerCaseFilter(new ToneNormalizationFilter(in));
    }

}
