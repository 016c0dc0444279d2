package vn.vanban.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding in place (offsets kept) agrees with folding by decomposition wherever lengths allow. */
class VietnameseTextTest {

    private static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    @Test
    void everyVietnameseLetterFoldsAsByDecomposition() {
        String text = LETTERS + " " + LETTERS.toUpperCase(java.util.Locale.ROOT) + " Công điện số 1102/CĐ-TTg, Thủ tướng";
        assertEquals(VietnameseText.fold(text), VietnameseText.foldAligned(text));
        assertEquals("cong dien so 1102/cd-ttg", VietnameseText.foldAligned("Công điện số 1102/CĐ-TTg"));
    }

    @Test
    void aStrayMarkIsASpaceAndTheLengthStays() {
        assertEquals("a b", VietnameseText.foldAligned("a\u0301b"));
        Random r = new Random(Long.getLong("tests.seed", 20261204L));
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                b.appendCodePoint(r.nextInt(8) == 0 ? 0x1F600 + r.nextInt(80) : r.nextInt(0x2000));
            }
            String s = b.toString();
            String f = VietnameseText.foldAligned(s);
            assertEquals(s.length(), f.length(), s);
            for (int k = 0; k < s.length(); k++) {
                assertEquals(VietnameseText.foldChar(s.charAt(k)), f.charAt(k));
            }
        }
    }
}
