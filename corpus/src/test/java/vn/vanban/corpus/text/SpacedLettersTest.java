package vn.vanban.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.vocab.Vocabulary;

/** OCR's spaced-out letters put back together; whole words never joined. */
class SpacedLettersTest {

    private final SpacedLetters spaced = new SpacedLetters(Vocabulary.standard().headerSyllables());

    @Test
    void spacedWordsAreJoined() {
        assertEquals("ỦY BAN NHÂN DÂN", spaced.repair("ỦY B AN NHÂN D Â N"));
        assertEquals("QUYẾT ĐỊNH", spaced.repair("Q U Y Ế T Đ Ị N H"));
        assertEquals("QUYẾT ĐỊNH", spaced.repair("Q U Y Ế T  Đ Ị N H"));
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", spaced.repair("C H Ủ T Ị C H Ủ Y B A N N H Â N D Â N T Ỉ N H"));
        assertEquals("  TỈNH NGHỆ AN", spaced.repair("  T ỈNH NGHỆ AN"));
    }

    @Test
    void wholeWordsAndOtherLinesStay() {
        for (String line : new String[] {"SỞ Y TẾ", "BỘ Y TẾ", "PHỤ LỤC B", "MỤC I", "CHƯƠNG II", "ĐIỀU 1",
            "Số: 3210/QĐ - U B ND", "Ủy ban nhân dân tỉnh", "UBND TỈNH LAI CHÂU", "HUYỆN MƯỜNG ẢNG"}) {
            assertEquals(line, spaced.repair(line), line);
        }
    }

    @Test
    void syllableShape() {
        for (String s : new String[] {"a", "an", "ban", "nhan", "nghieng", "quyet", "truong", "uy", "gia"}) {
            assertTrue(SpacedLetters.isSyllable(s), s);
        }
        for (String s : new String[] {"b", "nh", "ubnd", "qd", "bnd", "tt"}) {
            assertFalse(SpacedLetters.isSyllable(s), s);
        }
    }

    /** Only spaces change, and a line without a lone letter is returned as it is (seeded: -Dtests.seed=N). */
    @Test
    void onlySpacesEverChange() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        SplittableRandom rnd = new SplittableRandom(seed);
        String letters = "ABCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀÁẢÃẠẦẤẨẪẬỀẾỂỄỆỒỐỔỖỘỜỚỞỠỢỪỨỬỮỰ0123456789-/. ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder line = new StringBuilder();
            int len = 1 + rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                line.append(letters.charAt(rnd.nextInt(letters.length())));
            }
            String in = line.toString();
            String out = spaced.repair(in);
            assertEquals(in.replace(" ", ""), out.replace(" ", ""), "seed " + seed + ": " + in);
            if (!SpacedLetters.mayApply(in)) {
                assertEquals(in, out, "seed " + seed);
            }
        }
    }
}
