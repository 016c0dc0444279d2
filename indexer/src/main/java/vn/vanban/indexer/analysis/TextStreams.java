package vn.vanban.indexer.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.StringReader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;

/**
 * The three analyses of a document's text (exact, folded with the marked forms, and the folded syllable pairs) from one
 * pass of the tokenizer: word breaking is a large part of the cost of indexing, and the three fields share
 * it. The tokens are those of {@link Analyzers}' analyzers for the same fields (a test holds them
 * equal); the exact syllables and the pairs, whose fields keep no positions, come as {@link TermCounts}:
 * each distinct term once with its count. The {@link #exact} stream feeds the others and {@link #folded} the pairs: they must be
 * consumed in the order exact, folded, then the pairs, which the indexer does when their fields
 * come in that order in the document.
 */
public final class TextStreams {

    private final TokenStream exact;
    private final TokenStream folded;
    private final TokenStream foldedPairs;

    private TextStreams(String text) {
        Tokenizer source = new ICUTokenizer();
        source.setReader(new ICUNormalizer2CharFilter(new StringReader(text), Normalizer2.getNFCInstance()));
        // Tone placement and case once, for all three: folding what they give folds the same as
        // folding the raw syllable (the marks go either way).
        TeeSinkTokenFilter syllables = new TeeSinkTokenFilter(new LowerCaseFilter(new ToneNormalizationFilter(source)));
        TeeSinkTokenFilter folded = new TeeSinkTokenFilter(new MarkedFormFilter(syllables.newSinkTokenStream()));
        this.foldedPairs = new TermCounts(new AdjacentPairFilter(new StackedDropFilter(folded.newSinkTokenStream())));
        this.folded = folded;
        this.exact = new TermCounts(syllables); // draining the tee on its first token fills the others' sinks
    }

    public static TextStreams of(String text) {
        return new TextStreams(text);
    }

    public TokenStream exact() {
        return exact;
    }

    public TokenStream folded() {
        return folded;
    }

    public TokenStream foldedPairs() {
        return foldedPairs;
    }
}
