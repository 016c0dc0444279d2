package vn.vanban.corpus.ref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.vanban.corpus.vocab.Vocabulary;

class DocumentIdsTest {

    private final DocumentIds ids = new DocumentIds(Vocabulary.standard());

    @Test
    void yearlessKyHieuTakesTheYearAndLocalOnesTheProvince() {
        assertEquals("1102-cd-ttg-2021", ids.id(NumberSymbol.parse("1102/CĐ-TTg"), 2021, "Điện Biên"));
        assertEquals("30-2021-qh15", ids.id(NumberSymbol.parse("30/2021/QH15"), 2021, "Trà Vinh"));
        assertEquals("2441-kh-ubnd-2021-dien-bien", ids.id(NumberSymbol.parse("2441/KH-UBND"), 2021, "Điện Biên"));
        assertEquals("36-nq-tw-2018", ids.id(NumberSymbol.parse("36-NQ/TW"), 2018, "Lai Châu"));
        assertEquals("36-nq-tw-2004", ids.id(NumberSymbol.parse("36-NQ/TW"), 2004, null));
        assertEquals("f-001-794841c1d5532eea", ids.idForUnnumbered("001_794841c1d5532eea.txt"));
    }
}
