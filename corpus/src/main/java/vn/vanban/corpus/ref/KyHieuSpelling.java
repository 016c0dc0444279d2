package vn.vanban.corpus.ref;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A ký hiệu in its conventional spelling, whatever the case it was written in: "1102/cd-ttg" →
 * 1102/CĐ-TTg, "36 - nq/tw" → 36-NQ/TW, "92-ctr/tu" → 92-CTr/TU. Each part takes the spelling
 * of the type abbreviation or issuer code it is (Đ restored), when only one fits; other parts are
 * upper-cased. The number and the separators stay as written, without spaces.
 */
public final class KyHieuSpelling {

    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LITERAL_CODE = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, Set<String>> spellings = new HashMap<>();

    public KyHieuSpelling(Vocabulary vocabulary) {
        for (DocumentType t : vocabulary.documentTypes()) {
            t.abbreviations().forEach(this::add);
        }
        for (Issuer i : vocabulary.issuers()) {
            for (String code : i.codeSpellings()) {
                if (LITERAL_CODE.matcher(code).matches()) {
                    add(code);
                }
            }
        }
    }

    private void add(String spelling) {
        spellings.computeIfAbsent(Vocabulary.codeKey(spelling), k -> new LinkedHashSet<>()).add(spelling);
    }

    /** The conventional spelling of a ký hiệu as written (spaces removed). */
    public String spell(String written) {
        String s = VietnameseText.nfc(written).replaceAll("\\s+", "");
        int firstLetter = -1;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                firstLetter = i;
                break;
            }
        }
        if (firstLetter < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.substring(0, firstLetter));
        Matcher m = PART.matcher(s);
        int last = firstLetter;
        m.region(firstLetter, s.length());
        while (m.find()) {
            out.append(s, last, m.start()).append(part(m.group()));
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private String part(String written) {
        Set<String> candidates = spellings.getOrDefault(Vocabulary.codeKey(written), Set.of());
        String upper = VietnameseText.upper(written);
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        for (String c : candidates) {
            if (VietnameseText.upper(c).equals(upper)) {
                return c;
            }
        }
        return upper;
    }


}
