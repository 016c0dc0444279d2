package vn.vanban.corpus.text;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * The pre-Unicode Vietnamese encodings still found in older files: TCVN3 (ABC, the .Vn fonts) and
 * VNI (VNI-Windows). Both put Vietnamese letters on the bytes that Windows-1252 uses for Latin-1
 * letters ("TỈNH ĐIỆN BIÊN" is "TÆNH ÑIEÄN BIEÂN" in VNI), so such a file reads as Windows-1252
 * text with odd accents, or is not valid UTF-8 at all. The tables are data (tcvn3.tsv, vni.tsv);
 * which encoding a text is in is told by how many common Vietnamese words each reading yields.
 */
public final class LegacyEncoding {

    /** A legacy encoding and its table. */
    public enum Name { TCVN3, VNI }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A reading must yield at least this many common words to be taken. */
    private static final int MIN_WORDS = 3;

    private final Map<Name, Map<String, String>> tables = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();

    public LegacyEncoding(Vocabulary vocabulary) {
        tables.put(Name.TCVN3, vocabulary.legacyTable("tcvn3.tsv"));
        tables.put(Name.VNI, vocabulary.legacyTable("vni.tsv"));
        commonWords.addAll(vocabulary.commonWords());
    }

    /** A text decoded from its bytes in a legacy encoding, and which one. */
    public record Decoded(String text, Name encoding) {}

    /** The bytes of a file that is not UTF-8, read as TCVN3 or VNI if either makes Vietnamese of them. */
    public Optional<Decoded> decode(byte[] bytes) {
        return best(new String(bytes, WINDOWS_1252), MIN_WORDS);
    }

    /**
     * A text that was decoded as UTF-8 but holds TCVN3 or VNI characters (copied from a document in
     * a .Vn or VNI font), converted; empty when it reads better as it is.
     */
    public Optional<Decoded> repair(String text) {
        if (!hasLatin1Letters(text) || hasVietnameseLetters(text)) {
            return Optional.empty(); // Unicode Vietnamese writes ă, đ, ơ, ư, ạ …: none of them are Latin-1
        }
        int asIs = score(text);
        return best(text, Math.max(MIN_WORDS, asIs * 2 + 1));
    }

    private Optional<Decoded> best(String latin, int atLeast) {
        Decoded best = null;
        int bestScore = atLeast - 1;
        for (Name n : Name.values()) {
            String converted = convert(latin, n);
            int s = score(converted);
            if (s > bestScore) {
                best = new Decoded(converted, n);
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text read through an encoding's table, longest sequence first. */
    public String convert(String latin, Name encoding) {
        Map<String, String> table = tables.get(encoding);
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        while (i < latin.length()) {
            String two = i + 2 <= latin.length() ? table.get(latin.substring(i, i + 2)) : null;
            if (two != null) {
                out.append(two);
                i += 2;
                continue;
            }
            String one = table.get(latin.substring(i, i + 1));
            out.append(one != null ? one : latin.charAt(i));
            i++;
        }
        String converted = VietnameseText.nfc(out.toString());
        return encoding == Name.TCVN3 ? upperCaseWords(converted) : converted;
    }

    /**
     * TCVN3 has few capitals with tone marks: the .VnTimeH fonts draw lower-case codes as capitals.
     * A word with a capital after its first letter and no small Latin letter is made capitals
     * throughout ("ủY" → "ỦY"; "Lê" stays).
     */
    private static String upperCaseWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                out.append(s.charAt(i++));
                continue;
            }
            int j = i;
            int upperAfterFirst = 0;
            int lowerAscii = 0;
            while (j < s.length() && Character.isLetter(s.charAt(j))) {
                char c = s.charAt(j);
                if (c < 0x80) {
                    if (Character.isLowerCase(c)) {
                        lowerAscii++;
                    } else if (j > i) {
                        upperAfterFirst++;
                    }
                }
                j++;
            }
            String word = s.substring(i, j);
            out.append(upperAfterFirst >= 1 && lowerAscii == 0 ? VietnameseText.upper(word) : word);
            i = j;
        }
        return out.toString();
    }

    private int score(String text) {
        int hits = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (commonWords.contains(ToneMarks.normalize(w))) {
                hits++;
            }
        }
        return hits;
    }

    /** Letters beyond Latin-1 that Vietnamese uses (ă đ ĩ ũ ơ ư and the tones of Latin Extended Additional). */
    private static boolean hasVietnameseLetters(String text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0102 && c <= 0x01B0 || c >= 0x1EA0 && c <= 0x1EF9) {
                if (++found >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasLatin1Letters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA1 && c <= 0xFF) {
                return true;
            }
        }
        return false;
    }

}
