package vn.vanban.indexer.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * The three analyses of a document's text (exact, folded with the marked forms, and the folded
 * syllable pairs) from one pass of the tokenizer, recorded ({@link Syllables}) and replayed for
 * each field: word breaking is a large part of the cost of indexing, and the three fields share it.
 * The tokens are those of {@link Analyzers}' analyzers for the same fields (a test holds them
 * equal); the exact syllables and the pairs, whose fields keep no positions, come as
 * {@link TermCounts}: each distinct term once with its count. The streams may be consumed in any
 * order, each once.
 */
public final class TextStreams {

    private final TokenStream exact;
    private final TokenStream folded;
    private final TokenStream foldedPairs;

    private TextStreams(String text) {
        Syllables syllables = Syllables.of(text);
        this.exact = new TermCounts(new SyllableReplay(syllables, SyllableReplay.View.EXACT));
        this.folded = new SyllableReplay(syllables, SyllableReplay.View.FORMS);
        this.foldedPairs = new TermCounts(new AdjacentPairFilter(new SyllableReplay(syllables, SyllableReplay.View.FOLDED)));
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
