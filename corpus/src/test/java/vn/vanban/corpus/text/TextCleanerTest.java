package vn.vanban.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void markupFromConversionIsRemovedAndLinesKept() {
        String raw = "\uFEFF**ỦY BAN NHÂN DÂN  \r\nTỈNH ĐIỆN BIÊN**\r\n\r\nSố: **3461**/UBND-THNV\n"
                + "(*có Công điện kèm theo*) Lưu: VT, KGVX<sup>(HDD)</sup> KGVX^(HĐĐ)\n* mục một\n\\- thoát\u0007";
        // A bold span over a line break is one line the converter wrapped: joined, with one space.
        assertEquals("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n\nSố: 3461/UBND-THNV\n"
                + "(có Công điện kèm theo) Lưu: VT, KGVX(HDD) KGVX(HĐĐ)\n- mục một\n- thoát", TextCleaner.clean(raw));
    }

    @Test
    void decomposedTextBecomesNfc() {
        String nfd = java.text.Normalizer.normalize("Điện Biên", java.text.Normalizer.Form.NFD);
        assertEquals("Điện Biên", TextCleaner.clean(nfd));
    }
}
