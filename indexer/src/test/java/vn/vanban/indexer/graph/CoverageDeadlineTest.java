package vn.vanban.indexer.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.CoverageQuery.Timeliness;

/**
 * An order that sets a deadline, and the provinces against it: documents written for this test
 * (a công điện asking for a report by 30/9/2021; Điện Biên answering on 10/9, Lai Châu on 5/10).
 */
class CoverageDeadlineTest {

    private static final String ORDER = """
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 999/CĐ-TTg
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 23 tháng 8 năm 2021

            CÔNG ĐIỆN
            Về việc tăng cường công tác phòng, chống dịch COVID-19

            THỦ TƯỚNG CHÍNH PHỦ điện:
            Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

            Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương triển khai các biện pháp
            phòng, chống dịch; báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 30/9/2021.

            THỦ TƯỚNG
            Nguyễn Văn A
            """;

    private static String letter(String province, String number, String day) {
        return """
                ỦY BAN NHÂN DÂN
                TỈNH %1$s
                Số: %2$s/UBND-KGVX
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                %3$s, ngày %4$s năm 2021
                V/v triển khai Công điện số 999/CĐ-TTg

                Kính gửi: Các sở, ban, ngành tỉnh.

                Thực hiện Công điện số 999/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ về tăng cường công tác
                phòng, chống dịch COVID-19, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện.

                TM. ỦY BAN NHÂN DÂN
                CHỦ TỊCH
                Trần Văn B
                """.formatted(province.toUpperCase(java.util.Locale.ROOT), number, province, day);
    }

    @Test
    void provincesAreOnTimeLateOrNotYet() throws Exception {
        DocumentReader reader = new DocumentReader();
        DocumentIds ids = new DocumentIds(Vocabulary.standard());
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 0);
        OfficialDocument order = reader.read("order.txt", "order.txt", ORDER.getBytes(StandardCharsets.UTF_8)).document();
        String orderId = ids.forDocument(order);
        b.add(orderId, order);
        for (String[] l : new String[][] {{"Điện Biên", "100", "10 tháng 9"}, {"Lai Châu", "200", "05 tháng 10"}}) {
            OfficialDocument d = reader.read(l[0], l[0] + ".txt", letter(l[0], l[1], l[2]).getBytes(StandardCharsets.UTF_8)).document();
            b.add(ids.forDocument(d), d);
        }
        CitationGraph g = b.build();

        assertEquals(1, order.deadlines().size(), order.deadlines().toString());
        assertEquals(DocDate.of(2021, 9, 30), order.deadlines().get(0).date());
        assertTrue(order.deadlines().get(0).due().startsWith("báo cáo Thủ tướng Chính phủ"), order.deadlines().get(0).due());

        CoverageQuery.Coverage c = new CoverageQuery(g, Vocabulary.standard()).coverage(orderId, order.deadlines());
        assertEquals(order.deadlines().get(0), c.deadline());
        Map<String, Timeliness> status = c.provinces().stream()
                .collect(Collectors.toMap(CoverageQuery.ProvinceCoverage::province, CoverageQuery.ProvinceCoverage::deadlineStatus));
        assertEquals(Timeliness.ON_TIME, status.get("Điện Biên"));
        assertEquals(Timeliness.LATE, status.get("Lai Châu"));
        assertEquals(61, status.values().stream().filter(s -> s == Timeliness.NOT_YET).count());
        // Without deadlines, no status.
        assertTrue(new CoverageQuery(g, Vocabulary.standard()).coverage(orderId).provinces().stream().allMatch(p -> p.deadlineStatus() == null));
    }
}
