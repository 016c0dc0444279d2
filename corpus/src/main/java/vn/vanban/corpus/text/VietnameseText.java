package vn.vanban.corpus.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/** Unicode normalisation and folding for Vietnamese, shared by the reader and the index. */
public final class VietnameseText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Locale VI = Locale.forLanguageTag("vi");

    private VietnameseText() {}

    public static String nfc(String s) {
        return NFC.normalize(s);
    }

    /** NFC, canonical tone placement, lower case: the form two spellings of one word share. */
    public static String normalize(String s) {
        return ToneMarks.normalize(s).toLowerCase(VI);
    }

    /**
     * Lower case without diacritics, đ folded to d: what a user types on a keyboard without
     * Vietnamese input ("Phòng, chống dịch" → "phong, chong dich").
     */
    public static String fold(String s) {
        String nfd = NFD.normalize(s);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #fold} that keeps every character in its place: the result has the length of the
     * (NFC) input, so offsets found in it are offsets in the input.
     */
    public static String foldAligned(String nfcText) {
        char[] out = new char[nfcText.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLDED[nfcText.charAt(i)];
        }
        return new String(out);
    }

    /**
     * {@link #foldChar} of every UTF-16 unit, worked out once: the reader folds each document's text
     * several times, and decomposing each character again (a string each) was 5% of a build.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = foldChar((char) c);
        }
    }

    /** One unit folded in place: lower case, no marks, đ as d; a stray combining mark is a space. */
    static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String d = Character.isSurrogate(c) ? null : NFD.getDecomposition(c);
        char base = d == null || d.isEmpty() ? c : d.charAt(0);
        if (Character.getType(base) == Character.NON_SPACING_MARK) {
            base = ' ';
        }
        return Character.toLowerCase(base);
    }

    /** Upper case in Vietnamese. */
    public static String upper(String s) {
        return s.toUpperCase(VI);
    }

    public static String lower(String s) {
        return s.toLowerCase(VI);
    }

    /** First letter upper case, the rest as given. */
    public static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }

    /** Every word capitalised: "LÊ VĂN HÃN" → "Lê Văn Hãn". */
    public static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            out.append(start ? ch.toUpperCase(VI) : ch.toLowerCase(VI));
            start = Character.isWhitespace(cp) || cp == '-';
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Whether letters in s are all upper case (and there is at least one). */
    public static boolean isUpperCase(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                any = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return any;
    }
}
