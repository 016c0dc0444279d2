package vn.vanban.corpus.read;

import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * One mention of a ký hiệu in a text, with what the words around it say: the type before it, the
 * date and the issuer after it. [start, end) is the ký hiệu itself, [phraseStart, phraseEnd) the
 * whole phrase from the type's name to the issuer.
 */
record Mention(
        NumberSymbol numberSymbol,
        String type,
        DocDate date,
        String issuer,
        boolean issuerLocal,
        int start,
        int end,
        int phraseStart,
        int phraseEnd) {}
