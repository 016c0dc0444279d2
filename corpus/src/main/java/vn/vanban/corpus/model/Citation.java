package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reference from a document to another, as read from its text. Fields other than
 * {@code numberSymbol} and {@code relation} are null when the text does not say.
 * {@code start}/{@code end} are the offsets of the first mention in the document's text;
 * {@code mentions} counts every mention.
 */
@JsonPropertyOrder({"numberSymbol", "type", "date", "issuer", "relation", "start", "end", "mentions"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Citation(
        String numberSymbol,
        String type,
        DocDate date,
        String issuer,
        Relation relation,
        int start,
        int end,
        int mentions) {}
