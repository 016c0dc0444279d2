package vn.vanban.corpus.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A số/ký hiệu: the number, the year when the ký hiệu carries one (30/2021/QH15), and the parts of
 * the symbol (CĐ, TTg). {@link #key()} is the same for every spelling of one ký hiệu: case, Đ/D,
 * spaces, a hyphen or a slash between the parts, leading zeros ("1102/CĐ-TTg", "1102/cd-ttg",
 * "1102 CĐ TTg" → 1102/CD-TTG; "131-TB/TU" and "131/TB-TU" → 131/TB-TU).
 */
public record NumberSymbol(String number, Integer year, List<String> parts, String written) {

    /** One part of a symbol: letters and digits, starting with a letter or digit. */
    private static final String PART = "[\\p{L}\\p{N}]+(?:&[\\p{L}\\p{N}]+)?";
    private static final Pattern USER_FORM = Pattern.compile(
            "^\\s*(\\d+(?:\\.\\d+)?)\\s*[-/\\s]\\s*(?:(\\d{4})\\s*[-/\\s]\\s*)?(" + PART + "(?:\\s*[-/\\s.]\\s*" + PART + ")*)\\s*$");

    public NumberSymbol {
        parts = List.copyOf(parts);
    }

    /**
     * Reads a ký hiệu as a user or a text writes it; null when it is not one (no letter in the
     * symbol, so "23/8/2021" and "24/24" are not).
     */
    public static NumberSymbol parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = USER_FORM.matcher(VietnameseText.nfc(s));
        if (!m.matches()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : m.group(3).split("[-/\\s.]+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        // "30/2021/QH15" written without the year's slash is not possible; but a leading four-digit
        // part after a number is a year only when it looks like one.
        if (year != null && (year < 1945 || year > 2100)) {
            return null;
        }
        boolean anyLetter = parts.stream().anyMatch(p -> p.chars().anyMatch(Character::isLetter));
        if (!anyLetter) {
            return null;
        }
        return new NumberSymbol(m.group(1), year, parts, s.trim());
    }

    /** The spelling-independent key: number without leading zeros, year, parts upper-cased and folded. */
    public String key() {
        StringBuilder b = new StringBuilder(canonicalNumber()).append('/');
        if (year != null) {
            b.append(year).append('/');
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append('-');
            }
            b.append(Vocabulary.codeKey(parts.get(i)));
        }
        return b.toString();
    }

    /** The symbol's key without the number: CD-TTG. */
    public String symbolKey() {
        String k = key();
        return k.substring(k.indexOf('/') + 1);
    }

    private String canonicalNumber() {
        String n = number.replaceFirst("^0+(?=\\d)", "");
        return n;
    }

    /** Lower-case ASCII slug of the key, safe in a URL path: 1102-cd-ttg, 30-2021-qh15. */
    public String slug() {
        return key().toLowerCase(Locale.ROOT).replace('.', '_').replaceAll("[^a-z0-9_]+", "-");
    }
}
