package vn.vanban.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;

/**
 * The forgiving query language around Lucene's simple syntax: {@code field:value} and
 * {@code field:"two words"} for metadata (type, issuer, level, province, year, from, to; Vietnamese
 * names too: loai, coquan, cap, tinh, nam, tu, den) become filters, and {@code OR} between words
 * becomes {@code |}. Anything else, malformed or not, is left to SimpleQueryParser, which never
 * fails. A field:value that is not understood stays in the text as words.
 */
public final class QuerySyntax {

    /** A query split into its words and its filters. */
    public record Parsed(String text, Filters filters) {}

    private static final Pattern FIELD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(type|loai|issuer|coquan|co_quan|level|cap|province|tinh|year|nam|from|tu|to|den)"
                    + ":(?:\"([^\"]*)\"|(\\S+))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OR = Pattern.compile("\\s+OR\\s+");

    private QuerySyntax() {}

    public static Parsed parse(String q) {
        if (q == null) {
            return new Parsed("", Filters.NONE);
        }
        String type = null;
        String issuer = null;
        String level = null;
        String province = null;
        DocDate from = null;
        DocDate to = null;
        StringBuilder text = new StringBuilder();
        Matcher m = FIELD.matcher(q);
        int last = 0;
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            String field = m.group(1).toLowerCase(Locale.ROOT);
            boolean used = true;
            switch (field) {
                case "type", "loai" -> type = value;
                case "issuer", "coquan", "co_quan" -> issuer = value;
                case "level", "cap" -> level = value;
                case "province", "tinh" -> province = value;
                case "year", "nam" -> {
                    DocDate[] range = year(value);
                    used = range != null;
                    if (used) {
                        from = range[0];
                        to = range[1];
                    }
                }
                case "from", "tu" -> {
                    from = date(value);
                    used = from != null;
                }
                default -> {
                    to = date(value);
                    used = to != null;
                }
            }
            text.append(q, last, m.start());
            if (!used) {
                text.append(value); // not understood: searched as words
            }
            last = m.end();
        }
        text.append(q.substring(last));
        String words = OR.matcher(text).replaceAll(" | ").trim();
        return new Parsed(words, new Filters(type, issuer, level, province, from, to));
    }

    private static DocDate date(String s) {
        try {
            return DocDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static DocDate[] year(String s) {
        try {
            int y = Integer.parseInt(s);
            return new DocDate[] {DocDate.of(y, 1, 1), DocDate.of(y, 12, 31)};
        } catch (RuntimeException e) {
            return null;
        }
    }
}
