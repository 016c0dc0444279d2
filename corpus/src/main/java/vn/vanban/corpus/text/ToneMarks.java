package vn.vanban.corpus.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Puts the tone mark of every Vietnamese syllable in one place, so that the old and the new
 * placement ("hoà"/"hòa", "uỷ"/"ủy", "thuỷ"/"thủy") are the same string. The canonical place is
 * the traditional one: on the vowel with a quality mark (ă â ê ô ơ ư) if any; else on the last
 * vowel when a consonant closes the syllable; else on the middle of three vowels, or the first of
 * two. "qu" and "gi" before a vowel are onsets. Words that do not parse as one Vietnamese syllable
 * are left alone.
 */
public final class ToneMarks {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private ToneMarks() {}

    /** The text, NFC, with every syllable's tone mark in the canonical place. */
    public static String normalize(String text) {
        String nfd = NFD.normalize(text);
        if (!hasToneMark(nfd)) {
            return NFC.normalize(nfd);
        }
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char c = nfd.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < nfd.length() && (Character.isLetter(nfd.charAt(j)) || isMark(nfd.charAt(j)))) {
                    j++;
                }
                out.append(syllable(nfd, i, j));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return NFC.normalize(out);
    }

    private static boolean hasToneMark(String nfd) {
        for (int i = 0; i < nfd.length(); i++) {
            if (isTone(nfd.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isQuality(char c) {
        return c == '\u0302' || c == '\u0306' || c == '\u031B';
    }

    private static boolean isMark(char c) {
        return isTone(c) || isQuality(c);
    }

    private static boolean isVowel(char c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0;
    }

    /** Re-places the tone of the word nfd[from, to), or returns it unchanged. */
    private static CharSequence syllable(String nfd, int from, int to) {
        String word = nfd.substring(from, to);
        char tone = 0;
        StringBuilder bare = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (isTone(c)) {
                if (tone != 0) {
                    return word; // two tones: not one Vietnamese syllable
                }
                tone = c;
            } else {
                bare.append(c);
            }
        }
        if (tone == 0) {
            return word;
        }
        // Units: base letter index in 'bare', followed by its quality marks.
        int n = bare.length();
        int[] starts = new int[n];
        int units = 0;
        for (int k = 0; k < n; k++) {
            if (!isQuality(bare.charAt(k))) {
                starts[units++] = k;
            }
        }
        int onsetEnd = 0;
        while (onsetEnd < units && !isVowel(bare.charAt(starts[onsetEnd]))) {
            onsetEnd++;
        }
        if (onsetEnd == units) {
            return word;
        }
        String lower = bare.toString().toLowerCase(java.util.Locale.ROOT);
        int clusterStart = onsetEnd;
        // "qu" + vowel, "gi" + vowel: the u / i belongs to the onset.
        if (onsetEnd == 1 && units > 2 && isVowel(bare.charAt(starts[2]))) {
            char first = lower.charAt(starts[0]);
            char second = lower.charAt(starts[1]);
            if ((first == 'q' && second == 'u') || (first == 'g' && second == 'i')) {
                clusterStart = 2;
            }
        }
        int clusterEnd = clusterStart;
        while (clusterEnd < units && isVowel(bare.charAt(starts[clusterEnd]))) {
            clusterEnd++;
        }
        for (int k = clusterEnd; k < units; k++) {
            if (isVowel(bare.charAt(starts[k]))) {
                return word; // vowels after a consonant: not one syllable
            }
        }
        int length = clusterEnd - clusterStart;
        if (length > 3) {
            return word;
        }
        boolean closed = clusterEnd < units;
        int target = -1;
        for (int k = clusterStart; k < clusterEnd; k++) {
            if (hasQualityMark(bare, starts, k, units)) {
                target = k; // the last marked vowel: ươ takes the tone on ơ
            }
        }
        if (target < 0) {
            if (closed) {
                target = clusterEnd - 1;
            } else if (length == 3) {
                target = clusterStart + 1;
            } else {
                target = clusterStart;
            }
        }
        int insertAt = target + 1 < units ? starts[target + 1] : n;
        return new StringBuilder(bare).insert(insertAt, tone);
    }

    private static boolean hasQualityMark(CharSequence bare, int[] starts, int unit, int units) {
        int end = unit + 1 < units ? starts[unit + 1] : bare.length();
        for (int k = starts[unit] + 1; k < end; k++) {
            if (isQuality(bare.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
