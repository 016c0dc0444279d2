package vn.vanban.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a Markdown converter did to a header, undone: exact outputs. */
class MarkdownLayoutTest {

    @Test
    void aLineWrappedInsideEmphasisIsJoined() {
        assertEquals("**ỦY BAN NHÂN DÂN **\nTHÀNH PHỐ HỒ CHÍ MINH",
                MarkdownLayout.apply("**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ HỒ CHÍ MINH"));
        assertEquals("*Bắc Ninh, ngày 20 tháng 11 năm 2025*", MarkdownLayout.apply("*Bắc Ninh, ngày 20\ntháng 11 năm 2025*"));
        assertEquals("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", MarkdownLayout.apply("**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**"));
    }

    @Test
    void spansClosedOnTheirLineAndBulletsAreLeftAlone() {
        assertEquals("**ỦY BAN NHÂN DÂN**\n**TỈNH NGHỆ AN**", MarkdownLayout.apply("**ỦY BAN NHÂN DÂN**\n**TỈNH NGHỆ AN**"));
        assertEquals("* mục một\n* mục hai", MarkdownLayout.apply("* mục một\n* mục hai"));
    }

    @Test
    void aSpanNotClosedSoonOrCrossingACellIsNotJoined() {
        String open = "**a\nb\nc\nd\ne\nf\ng\nh**";
        assertEquals(open, MarkdownLayout.apply(open));
        assertEquals("**Số:\n\n2820/QĐ-UBND**", MarkdownLayout.apply("**Số:\n|\n2820/QĐ-UBND**"));
    }

    @Test
    void belowTheFirstCanCuOfTheBodySpansAreRealLineBreaks() {
        String text = "Số: 1/UBND\nCăn cứ Luật;\n**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**";
        assertEquals(text, MarkdownLayout.apply(text));
    }

    @Test
    void pipeLinesAreCellBoundariesAndTableRowsBecomeCells() {
        assertEquals("\nBỘ TÀI CHÍNH\n", MarkdownLayout.apply("|\nBỘ TÀI CHÍNH\n|"));
        assertEquals("\nỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                + "\nSố: 1947/QĐ-UBND\n\nĐà Nẵng, ngày 05 tháng 9 năm 2023\n",
                MarkdownLayout.apply("| ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                        + "|---|---|\n| Số: 1947/QĐ-UBND | Đà Nẵng, ngày 05 tháng 9 năm 2023 |"));
    }

    @Test
    void aCellThatRanNumberAndTrichYeuTogetherIsTwoLines() {
        assertEquals("\nSố: /VP-KGVX\nV/v tham mưu\n\nCao Bằng, ngày 03 tháng 12 năm 2025\n",
                MarkdownLayout.apply("| Số: /VP-KGVX V/v tham mưu | Cao Bằng, ngày 03 tháng 12 năm 2025 |"));
    }

    @Test
    void textWithoutPipesOrStarsIsUntouched() {
        String s = "Số: 2763/UBND-KGVX\nV/v triển khai\n\nĐiện Biên, ngày 25 tháng 8 năm 2021";
        assertEquals(s, MarkdownLayout.apply(s));
    }
}
