package vn.vanban.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lists of provinces through the changes of 2004, 2008 and 2025, and where a document counts. */
class ProvinceListsTest {

    private final Vocabulary v = Vocabulary.standard();
    private final ProvinceLists lists = v.provinceLists();

    @Test
    void eachDayHasTheListOfItsTime() {
        ProvinceLists.ProvinceList l2003 = lists.at(LocalDate.of(2003, 6, 1));
        assertEquals(61, l2003.provinces().size());
        assertTrue(l2003.provinces().contains("Hà Tây"));
        assertFalse(l2003.provinces().contains("Điện Biên"));
        assertFalse(l2003.provinces().contains("Hậu Giang"));
        assertNull(l2003.from());
        assertEquals(LocalDate.of(2003, 12, 31), l2003.until());

        ProvinceLists.ProvinceList l2007 = lists.at(LocalDate.of(2007, 5, 1));
        assertEquals(64, l2007.provinces().size());
        assertTrue(l2007.provinces().containsAll(java.util.List.of("Hà Tây", "Điện Biên", "Đắk Nông", "Hậu Giang")));
        // Next to the city it became part of, as lists of its time had it.
        assertEquals(l2007.provinces().indexOf("Hà Nội") + 1, l2007.provinces().indexOf("Hà Tây"));
        assertEquals(LocalDate.of(2004, 1, 1), l2007.from());
        assertEquals(LocalDate.of(2008, 7, 31), l2007.until());

        assertEquals(64, lists.at(LocalDate.of(2008, 7, 31)).provinces().size());
        ProvinceLists.ProvinceList l2008 = lists.at(LocalDate.of(2008, 8, 1));
        assertEquals(63, l2008.provinces().size());
        assertFalse(l2008.provinces().contains("Hà Tây"));
        assertEquals(LocalDate.of(2025, 6, 30), l2008.until());
        assertEquals(63, lists.at(null).provinces().size());

        ProvinceLists.ProvinceList l2025 = lists.at(ProvinceLists.MERGER);
        assertEquals(34, l2025.provinces().size());
        assertTrue(l2025.since2025());
        assertNull(l2025.until());
    }

    @Test
    void aDocumentCountsForTheProvinceOfTheListOfTheDay() {
        Province haTay = v.province("Hà Tây");
        Province dienBien = v.province("Điện Biên");
        assertEquals("Hà Tây", lists.keyAt(haTay, LocalDate.of(2007, 1, 1)));
        assertEquals("Hà Nội", lists.keyAt(haTay, LocalDate.of(2009, 1, 1)));
        assertEquals("Hà Nội", lists.keyAt(haTay, LocalDate.of(2026, 1, 1)));
        assertEquals("Lai Châu", lists.keyAt(dienBien, LocalDate.of(2003, 1, 1)));
        assertEquals("Điện Biên", lists.keyAt(dienBien, LocalDate.of(2004, 1, 1)));
        assertEquals("Đắk Lắk", lists.keyAt(v.province("Đắk Nông"), LocalDate.of(2002, 3, 1)));
        assertEquals("Lâm Đồng", lists.keyAt(v.province("Đắk Nông"), LocalDate.of(2025, 8, 1)));
        assertEquals("Bình Dương", lists.keyAt(v.province("Bình Dương"), null));
    }

    @Test
    void formerProvincesAreNamedAsInTheirTime() {
        Province haTay = v.province("HÀ TÂY");
        assertEquals("Hà Tây", haTay.name());
        assertEquals("tỉnh", haTay.kind());
        assertEquals("Hà Nội", haTay.since2025());
        assertEquals("tỉnh", v.provinceAt(v.province("Cần Thơ"), LocalDate.of(2003, 5, 1)).kind());
        assertEquals("thành phố", v.provinceAt(v.province("Cần Thơ"), LocalDate.of(2004, 1, 1)).kind());
        // Not one of the 63: the generator and the lists of today do not see it.
        assertTrue(v.provinces().stream().noneMatch(p -> p.name().equals("Hà Tây")));
    }
}
