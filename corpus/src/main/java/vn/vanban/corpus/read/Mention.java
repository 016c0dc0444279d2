package vn.vanban.corpus.read;

import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * One mention of a document in a text, with what the words around it say: the type before it,
 * the date and the issuer after it, the part cited. It names the document by ký hiệu
 * ({@code numberSymbol}, {@code written} in its conventional spelling), or, for a law cited by
 * name only, by {@code name}; one cited by type and number alone ("Công điện số 1852 ngày …") has
 * neither, and {@code written} is its number. [start, end) is the ký hiệu (or the name), [phraseStart, phraseEnd)
 * the whole phrase from the type's name to the issuer.
 */
record Mention(
        NumberSymbol numberSymbol,
        String written,
        String name,
        String type,
        DocDate date,
        String issuer,
        String pinpoint,
        int start,
        int end,
        int phraseStart,
        int phraseEnd) {

    /** What makes two mentions the same document: the ký hiệu's key, or the name (and year). */
    String key() {
        if (numberSymbol != null) {
            return numberSymbol.key();
        }
        if (name == null) {
            // A number without a symbol: its type, number and date tell it.
            return "number:" + type + ":" + written + (date == null ? "" : "@" + date);
        }
        return "name:" + vn.vanban.corpus.text.VietnameseText.fold(name).replaceAll("\\s+", " ")
                + (date == null ? "" : "@" + date.year());
    }
}
