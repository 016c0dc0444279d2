package vn.vanban.corpus.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Vietnamese syllables as quốc ngữ spells them: an onset, a rhyme and one of six tones, with the
 * spelling rules (c/k/q, g/gh, ng/ngh before e, ê, i), stop finals (c, ch, p, t) only with sắc or
 * nặng, the tone on the vowel that carries it. Written for the generator so that its words beyond
 * the few thousand of its stock sentences still look Vietnamese, to a reader and to the analyzer;
 * many are not words of the language, as the rare words of a corpus are not in a dictionary.
 */
final class Syllables {

    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng",
        "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};

    private static final String[] RHYMES = ("a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây"
            + " e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu"
            + " o oa oac oach oai oan oang oanh oat oay oăc oăn oăng oăt oc oe oen oet oi om on ong op ot"
            + " ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uân uât uây uc uê uy uyên uyêt uynh uyt ui um un ung"
            + " uôc uôi uôm uôn uông uôt up ut ư ưa ưc ưi ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu").split(" ");

    /** Combining marks of the tones: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    private static final List<String> ALL = build();

    private Syllables() {}

    /** Every syllable, in a fixed order. */
    static List<String> all() {
        return ALL;
    }

    private static List<String> build() {
        Set<String> out = new LinkedHashSet<>();
        for (String rhyme : RHYMES) {
            boolean stop = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
            for (String onset : ONSETS) {
                String spelt = spell(onset, rhyme);
                if (spelt == null) {
                    continue;
                }
                for (int t = 0; t < TONES.length; t++) {
                    if (stop && t != 2 && t != 5) {
                        continue;
                    }
                    out.add(toned(spelt, onset.length() == 0 ? 0 : spelt.length() - rhymeLength(spelt, rhyme), TONES[t]));
                }
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }

    /** The written form of onset + rhyme, or null when the language does not write it so. */
    private static String spell(String onset, String rhyme) {
        char first = rhyme.charAt(0);
        boolean front = first == 'e' || first == 'ê' || first == 'i';
        boolean medial = rhyme.length() > 1 && (rhyme.startsWith("o") && "aăe".indexOf(rhyme.charAt(1)) >= 0
                || rhyme.startsWith("u") && "âêy".indexOf(rhyme.charAt(1)) >= 0);
        switch (onset) {
            case "c":
                return front ? "k" + rhyme : medial && rhyme.startsWith("o") ? null : medial ? "q" + rhyme : "c" + rhyme;
            case "g":
                return front ? "gh" + rhyme : "g" + rhyme;
            case "ng":
                return front ? "ngh" + rhyme : "ng" + rhyme;
            case "qu":
                // "qu" holds the medial: qua, quân, quyên; not before o or u.
                return medial || first == 'o' || first == 'ô' || first == 'u' || first == 'ư' ? null : "qu" + rhyme;
            case "gi":
                return first == 'i' ? (rhyme.startsWith("iê") ? "gi" + rhyme.substring(1) : null)
                        : medial ? null : "gi" + rhyme;
            case "":
                return rhyme.startsWith("iê") ? "y" + rhyme.substring(1) : rhyme;
            default:
                return rhyme.equals("uy") && onset.equals("r") ? null : onset + rhyme;
        }
    }

    private static int rhymeLength(String spelt, String rhyme) {
        return Math.min(spelt.length(), rhyme.length());
    }

    /** Puts the tone on the vowel that carries it (the newer placement: hoà, thuý). */
    private static String toned(String syllable, int rhymeStart, String tone) {
        if (tone.isEmpty()) {
            return syllable;
        }
        String rhyme = syllable.substring(rhymeStart);
        int at = -1;
        for (int i = rhyme.length() - 1; i >= 0 && at < 0; i--) {
            if ("ăâêôơư".indexOf(rhyme.charAt(i)) >= 0) {
                at = i;
            }
        }
        if (at < 0) {
            int last = -1;
            int vowels = 0;
            int firstVowel = -1;
            for (int i = 0; i < rhyme.length(); i++) {
                if ("aeiouy".indexOf(rhyme.charAt(i)) >= 0) {
                    last = i;
                    vowels++;
                    if (firstVowel < 0) {
                        firstVowel = i;
                    }
                }
            }
            boolean closed = last < rhyme.length() - 1;
            boolean glide = vowels >= 2 && (rhyme.startsWith("oa") || rhyme.startsWith("oe") || rhyme.startsWith("uy")
                    || rhyme.startsWith("ua") && rhymeStart > 0 && syllable.startsWith("q"));
            at = closed || glide ? (vowels >= 3 ? firstVowel + 1 : last) : firstVowel;
        }
        int i = rhymeStart + at;
        return Normalizer.normalize(syllable.substring(0, i + 1) + tone + syllable.substring(i + 1), Normalizer.Form.NFC);
    }
}
