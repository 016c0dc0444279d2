package vn.vanban.indexer.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one view of a document's {@link Syllables}, as the analyzer of that view would give
 * them: {@link View#EXACT} as {@link Analyzers#exact()}, {@link View#FOLDED} as {@link Analyzers#folded()},
 * {@link View#FORMS} as {@link Analyzers#forms()} (the folded syllable, then the form as written at the same
 * position where folding changed it). Replaying a recorded tokenization, rather than teeing the
 * tokenizer's stream, copies a syllable's characters and nothing else.
 */
final class SyllableReplay extends TokenStream {

    enum View { EXACT, FOLDED, FORMS }

    private final Syllables syllables;
    private final View view;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;
    private boolean stackedPending;

    SyllableReplay(Syllables syllables, View view) {
        this.syllables = syllables;
        this.view = view;
    }

    @Override
    public boolean incrementToken() {
        if (stackedPending) {
            stackedPending = false;
            char[] form = syllables.forms(next - 1).exact();
            term.copyBuffer(form, 0, form.length);
            increment.setPositionIncrement(0);
            return true; // the offsets stay those of the folded syllable
        }
        if (next == syllables.size()) {
            return false;
        }
        clearAttributes();
        SyllableForms.Forms f = syllables.forms(next);
        char[] chars = view == View.EXACT ? f.exact() : f.folded();
        term.copyBuffer(chars, 0, chars.length);
        offset.setOffset(syllables.start(next), syllables.end(next));
        stackedPending = view == View.FORMS && f.marked();
        next++;
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(syllables.finalOffset(), syllables.finalOffset());
    }

    @Override
    public void reset() {
        next = 0;
        stackedPending = false;
    }
}
