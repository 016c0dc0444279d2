package vn.vanban.indexer.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Drops the tokens stacked on another (the marked forms of {@link MarkedFormFilter}): pairs are made of folded syllables. */
final class StackedDropFilter extends FilteringTokenFilter {

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    StackedDropFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return increment.getPositionIncrement() != 0;
    }
}
