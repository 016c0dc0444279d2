package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A reference from a document to another, as read from its text. {@code numberSymbol} is the
 * ký hiệu in its conventional spelling (1102/CĐ-TTg, 36-NQ/TW), or null for a law cited by
 * {@code name} only ("Luật Tổ chức Chính phủ"). Fields are null when the text does not say.
 * {@code pinpoint} is the part cited ("khoản 3 Điều 122"); {@code sentence} the sentence of the
 * first mention, and {@code start}/{@code end} its offsets in the document's text;
 * {@code mentions} counts every mention.
 */
@JsonPropertyOrder({"numberSymbol", "name", "type", "date", "issuer", "relation", "pinpoint", "sentence", "start", "end",
    "mentions"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Citation(
        String numberSymbol,
        String name,
        String type,
        DocDate date,
        String issuer,
        Relation relation,
        String pinpoint,
        String sentence,
        int start,
        int end,
        int mentions) {}
