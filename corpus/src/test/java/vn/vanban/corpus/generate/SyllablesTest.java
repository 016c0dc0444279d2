package vn.vanban.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The made syllables are spelt as quốc ngữ spells: real words are among them, misspellings are not. */
class SyllablesTest {

    private static final Set<String> ALL = new HashSet<>(Syllables.all());

    @Test
    void realSyllablesAreMade() {
        List<String> real = List.of("nghiệp", "quyết", "giữa", "kính", "không", "nguyễn", "thuyền", "khoẻ", "hoà",
                "người", "được", "chuyển", "giêng", "yêu", "quân", "sát", "sạt", "đường", "ghế", "kịp", "uỷ");
        List<String> missing = real.stream().filter(s -> !ALL.contains(s)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void misspellingsAreNot() {
        // k before a, c before e/i, g and ng before e/i, q without u, a stop final with a falling tone.
        List<String> wrong = List.of("ka", "ce", "ci", "ge", "gi\u0300a\u0300", "nge", "ngi", "kua", "quo", "sàt", "sảp", "hoà".replace("à", "a\u0300\u0300"));
        List<String> made = wrong.stream().filter(ALL::contains).toList();
        assertEquals(List.of(), made);
    }

    @Test
    void everySyllableIsNfcLowerCaseWithOneToneAtMost() {
        for (String s : Syllables.all()) {
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), s);
            assertEquals(s.toLowerCase(java.util.Locale.ROOT), s);
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            long tones = d.chars().filter(c -> c == 0x300 || c == 0x301 || c == 0x309 || c == 0x303 || c == 0x323).count();
            assertTrue(tones <= 1, s + " has " + tones + " tones");
        }
        assertTrue(ALL.size() > 8_000 && ALL.size() < 20_000, ALL.size() + " syllables");
    }
}
