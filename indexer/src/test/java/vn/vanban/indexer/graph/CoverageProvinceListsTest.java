package vn.vanban.indexer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CoverageQuery;

/**
 * Orders of 2003 and 2007 over the provinces of their time (documents written for this test): 64 in
 * 2007 with Hà Tây answering under its own name, 61 in 2003 with Điện Biên not yet a province.
 */
class CoverageProvinceListsTest {

    private static String order(String number, String year) {
        return """
                THỦ TƯỚNG CHÍNH PHỦ
                Số: %1$s/CT-TTg
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hà Nội, ngày 12 tháng 3 năm %2$s

                CHỈ THỊ
                Về việc tăng cường công tác phòng, chống lụt bão

                Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tổ chức thực hiện Chỉ thị này.

                THỦ TƯỚNG
                Nguyễn Văn A
                """.formatted(number, year);
    }

    private static String letter(String province, String number, String order, String year) {
        return """
                ỦY BAN NHÂN DÂN
                TỈNH %1$s
                Số: %2$s/UBND-NN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                %5$s, ngày 20 tháng 4 năm %4$s
                V/v triển khai Chỉ thị số %3$s/CT-TTg

                Kính gửi: Các sở, ban, ngành tỉnh.

                Thực hiện Chỉ thị số %3$s/CT-TTg ngày 12/3/%4$s của Thủ tướng Chính phủ về tăng cường công tác
                phòng, chống lụt bão, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện.

                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Trần Văn B
                """.formatted(province.toUpperCase(java.util.Locale.ROOT), number, order, year, province);
    }

    private static CoverageQuery.Coverage coverage(String number, String year, String... provinces) throws Exception {
        DocumentReader reader = new DocumentReader();
        DocumentIds ids = new DocumentIds(Vocabulary.standard());
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 0);
        OfficialDocument order = reader.read("order.txt", "order.txt", order(number, year).getBytes(StandardCharsets.UTF_8)).document();
        String orderId = ids.forDocument(order);
        b.add(orderId, order);
        int n = 100;
        for (String p : provinces) {
            OfficialDocument d = reader.read(p, p + ".txt", letter(p, String.valueOf(n++), number, year).getBytes(StandardCharsets.UTF_8)).document();
            assertEquals(p, d.province(), "the reader's province of " + p);
            b.add(ids.forDocument(d), d);
        }
        return new CoverageQuery(b.build(), Vocabulary.standard()).coverage(orderId);
    }

    @Test
    void anOrderOf2007CountsTheSixtyFourProvincesWithHaTay() throws Exception {
        CoverageQuery.Coverage c = coverage("15", "2007", "Hà Tây", "Điện Biên");
        assertEquals(64, c.of());
        assertEquals(2, c.responded());
        assertEquals("2004-01-01", c.listFrom());
        assertEquals("2008-07-31", c.listUntil());
        Map<String, CoverageQuery.ProvinceCoverage> byKey = c.provinces().stream()
                .collect(Collectors.toMap(CoverageQuery.ProvinceCoverage::province, p -> p));
        assertTrue(byKey.get("Hà Tây").responded());
        assertEquals("Hà Tây", byKey.get("Hà Tây").name());
        assertNotNull(byKey.get("Hà Tây").tile(), "Hà Tây has a tile on the map of its time");
        assertFalse(byKey.get("Hà Nội").responded(), "Hà Tây's answer is not Hà Nội's in 2007");
        // Every province of the list has a tile of its own.
        assertEquals(64, c.provinces().stream().map(p -> p.tile().row() + "," + p.tile().column()).distinct().count());
    }

    @Test
    void anOrderOf2003CountsSixtyOneAndCanThoIsAProvince() throws Exception {
        CoverageQuery.Coverage c = coverage("9", "2003", "Lai Châu", "Cần Thơ");
        assertEquals(61, c.of());
        assertEquals(2, c.responded());
        assertEquals(null, c.listFrom());
        assertEquals("2003-12-31", c.listUntil());
        assertTrue(c.provinces().stream().noneMatch(p -> p.province().equals("Điện Biên") || p.province().equals("Hậu Giang")));
        assertTrue(c.provinces().stream().anyMatch(p -> p.province().equals("Hà Tây")));
    }

    @Test
    void anOrderOf2021CountsTheSixtyThree() throws Exception {
        CoverageQuery.Coverage c = coverage("20", "2021", "Điện Biên");
        assertEquals(63, c.of());
        assertEquals("2008-08-01", c.listFrom());
        assertEquals("2025-06-30", c.listUntil());
        assertTrue(c.provinces().stream().noneMatch(p -> p.province().equals("Hà Tây")));
    }
}
