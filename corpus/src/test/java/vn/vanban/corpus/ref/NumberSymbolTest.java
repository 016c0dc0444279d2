package vn.vanban.corpus.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSymbolTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1102/CĐ-TTg, 1102/CD-TTG, 1102-cd-ttg",
        "1102/cd-ttg, 1102/CD-TTG, 1102-cd-ttg",
        "1102 CĐ TTg, 1102/CD-TTG, 1102-cd-ttg",
        "01102/CD-TTG, 1102/CD-TTG, 1102-cd-ttg",
        "131-TB/TU, 131/TB-TU, 131-tb-tu",
        "131/TB-TU, 131/TB-TU, 131-tb-tu",
        "36 - nq/tw, 36/NQ-TW, 36-nq-tw",
        "30/2021/QH15, 30/2021/QH15, 30-2021-qh15",
        "23/2021/QĐ-TTg, 23/2021/QD-TTG, 23-2021-qd-ttg",
        "66.17/2026/NQ-CP, 66.17/2026/NQ-CP, 66_17-2026-nq-cp",
        "2441/KH-UBND, 2441/KH-UBND, 2441-kh-ubnd",
        "3652/byt-dp, 3652/BYT-DP, 3652-byt-dp"
    })
    void everySpellingHasOneKey(String written, String key, String slug) {
        NumberSymbol ns = NumberSymbol.parse(written);
        assertEquals(key, ns.key());
        assertEquals(slug, ns.slug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"23/8/2021", "24/24", "2021-2022", "COVID-19", "", "   ", "số hiệu", "12"})
    void datesFractionsAndWordsAreNotKyHieu(String s) {
        assertNull(NumberSymbol.parse(s));
    }
}
