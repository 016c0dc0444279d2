package vn.vanban.search.graph;

import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;

/**
 * A document in the citation graph: one indexed ({@code inCorpus}), or known only from what
 * citations of it say. {@code key} is its ký hiệu key (NumberSymbol.key), null without a number.
 */
public record DocNode(
        String id,
        String key,
        String numberSymbol,
        String name,
        String type,
        DocDate date,
        String issuer,
        String province,
        Level level,
        boolean inCorpus) {

    /** This node with the blanks filled from another reading of the same document. */
    public DocNode fillFrom(DocNode other) {
        return new DocNode(id, key != null ? key : other.key,
                numberSymbol != null ? numberSymbol : other.numberSymbol,
                name != null ? name : other.name,
                type != null ? type : other.type,
                date != null && date.isComplete() ? date : other.date != null ? other.date : date,
                issuer != null ? issuer : other.issuer,
                province != null ? province : other.province,
                level != null ? level : other.level,
                inCorpus || other.inCorpus);
    }
}
