package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.OfficialDocument;

/** Headers of local bodies: the names of places the vocabulary does not list, and of those whose name looks like a level. */
class LocalHeadersTest {

    private final DocumentReader reader = new DocumentReader();

    private OfficialDocument read(String header, String body) {
        return reader.parse("t.txt", header + "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + body);
    }

    @Test
    void aDistrictKeepsTheCapitalsOfItsNameAndTakesTheProvinceOfTheOrderItImplements() {
        OfficialDocument d = read("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG", """
                Số: 512/UBND-VP
                V/v triển khai Công văn số 2763/UBND-KGVX

                Mường Ảng, ngày 27 tháng 8 năm 2021

                Thực hiện Công văn số 2763/UBND-KGVX ngày 25/8/2021 của UBND tỉnh Điện Biên về tăng cường phòng, chống dịch, UBND huyện yêu cầu:
                """);
        assertEquals("Ủy ban nhân dân huyện Mường Ảng", d.issuer());
        assertEquals("Điện Biên", d.province());
        assertEquals("district", d.level().name().toLowerCase());
    }

    @Test
    void aDistrictThatImplementsNothingLocalHasNoProvince() {
        OfficialDocument d = read("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG ẢNG", """
                Số: 512/UBND-VP

                Mường Ảng, ngày 27 tháng 8 năm 2021

                Thực hiện Công điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ, UBND huyện yêu cầu:
                """);
        assertEquals(null, d.province());
    }

    @Test
    void wordsAfterQuanSuAreNotAPlace() {
        OfficialDocument d = read("UBND TỈNH ĐIỆN BIÊN\nBỘ CHỈ HUY QUÂN SỰ TỈNH", """
                Số: 12/BCH-TM

                Điện Biên, ngày 2 tháng 3 năm 2022
                """);
        assertEquals("Bộ Chỉ huy quân sự tỉnh Điện Biên", d.issuer());
    }

    @Test
    void haTinhIsNotCompletedTwice() {
        // "Hà Tĩnh" folds to "ha tinh", which ends like a name waiting for its province ("… tỉnh").
        OfficialDocument d = read("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", """
                Số: 3/UBND-KGVX

                Hà Tĩnh, ngày 21 tháng 8 năm 2023
                """);
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", d.issuer());
        assertEquals("Hà Tĩnh", d.province());
    }

    @Test
    void aCityKeepsThanhPho() {
        OfficialDocument d = read("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", """
                Số: 1/CT-UBND

                Thành phố Hồ Chí Minh, ngày 4 tháng 3 năm 2021
                """);
        assertEquals("Ủy ban nhân dân thành phố Hồ Chí Minh", d.issuer());
        assertEquals("Hồ Chí Minh", d.province());
    }
}
