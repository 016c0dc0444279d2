package vn.vanban.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "hoà, hòa", "hòa, hòa", "HOÀ, HÒA", "uỷ, ủy", "Uỷ ban, Ủy ban", "thuỷ, thủy", "khoẻ, khỏe", "hoè, hòe",
        "Thuỵ, Thụy", "quý, quý", "qúy, quý", "giá, giá", "gìn, gìn", "hoàng, hoàng", "toán, toán",
        "thuở, thuở", "người, người", "ngoài, ngoài", "khuỷu, khuỷu", "tuỳ, tùy", "Hoà Bình, Hòa Bình",
        "CỘNG HOÀ XÃ HỘI, CỘNG HÒA XÃ HỘI", "José, José", "café, café", "COVID-19, COVID-19"
    })
    void oldAndNewTonePlacementBecomeOne(String in, String out) {
        assertEquals(out, ToneMarks.normalize(in));
    }

    @ParameterizedTest
    @CsvSource({"Phòng chống dịch, phong chong dich", "ĐIỆN BIÊN, dien bien", "Đảng, dang", "hoà, hoa"})
    void foldRemovesDiacriticsAndD(String in, String out) {
        assertEquals(out, VietnameseText.fold(in));
        assertEquals(out.length(), VietnameseText.foldAligned(VietnameseText.nfc(in)).length());
        assertEquals(out, VietnameseText.foldAligned(VietnameseText.nfc(in)));
    }
}
