package vn.vanban.search;

import vn.vanban.corpus.model.DocDate;

/**
 * Metadata filters of a search; null means no filter. Values compare without case or diacritics
 * ("dien bien" filters Điện Biên). {@code from}/{@code to} bound the document's date, inclusive.
 */
public record Filters(String type, String issuer, String level, String province, DocDate from, DocDate to) {

    public static final Filters NONE = new Filters(null, null, null, null, null, null);

    /** These filters, with the blanks filled from {@code other} (filters typed in the query). */
    public Filters or(Filters other) {
        return new Filters(type != null ? type : other.type, issuer != null ? issuer : other.issuer,
                level != null ? level : other.level, province != null ? province : other.province,
                from != null ? from : other.from, to != null ? to : other.to);
    }

    /** A date as every backend keeps it, yyyymmdd (a partial date at its first day). */
    public static int day(DocDate date) {
        var d = date.earliest();
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** The last day a date bound reaches, yyyymmdd: "to=2021-08" reaches the end of August. */
    public static int lastDay(DocDate date) {
        if (date.isComplete()) {
            return day(date);
        }
        var end = date.earliest().withDayOfMonth(date.earliest().lengthOfMonth());
        return end.getYear() * 10000 + end.getMonthValue() * 100 + end.getDayOfMonth();
    }

    /** How filter values compare, in every backend: folded, single-spaced ("Điện Biên", "dien  bien" → "dien bien"). */
    public static String key(String value) {
        return vn.vanban.corpus.text.VietnameseText.fold(value).replaceAll("\\s+", " ").trim();
    }
}
