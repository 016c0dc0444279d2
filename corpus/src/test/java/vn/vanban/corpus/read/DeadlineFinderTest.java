package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Deadline;

/**
 * Deadlines on snippets written for this test in the forms administrative documents use (each
 * row: the text, the document's date, then "date → due" of each deadline found, | between them,
 * or nothing). The document's date tells a day without a year, and history from a time limit.
 */
class DeadlineFinderTest {

    private static final DeadlineFinder FINDER = new DeadlineFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
        Sở Y tế tổng hợp, báo cáo UBND tỉnh trước ngày 30/9/2021.                         # 2021-08-25 # 2021-09-30 → báo cáo UBND tỉnh
        Các huyện gửi báo cáo về Sở Nội vụ chậm nhất ngày 15/10/2021 để tổng hợp.          # 2021-09-01 # 2021-10-15 → gửi báo cáo về Sở Nội vụ
        Đề nghị các sở, ngành báo cáo kết quả trước 20/5 (qua Văn phòng UBND tỉnh).         # 2021-05-10 # 2021-05-20 → báo cáo kết quả
        Hoàn thành việc sắp xếp trong tháng 10/2021.                                       # 2021-08-01 # 2021-10 → Hoàn thành việc sắp xếp
        Trước ngày 20 tháng 12 năm 2025, các xã hoàn thành rà soát danh sách hộ nghèo.     # 2025-11-02 # 2025-12-20 → các xã hoàn thành rà soát danh sách hộ nghèo
        Xây dựng đề án, trình Thủ tướng Chính phủ trước quý IV/2025.                       # 2025-03-01 # 2025-09 → trình Thủ tướng Chính phủ
        Hoàn thành trong quý III năm 2022.                                                 # 2022-01-10 # 2022-09 → Hoàn thành
        Phấn đấu hoàn thành tiêm vắc xin cho người dân trong năm 2021.                     # 2021-06-01 # 2021-12 → hoàn thành tiêm vắc xin cho người dân
        BÁO CÁO UBND TỈNH TRƯỚC NGÀY 05/01/2022                                            # 2021-12-20 # 2022-01-05 → BÁO CÁO UBND TỈNH
        Gửi ý kiến góp ý về Sở Tư pháp trước ngày 25/9; quá thời hạn trên coi như đồng ý.  # 2021-09-20 # 2021-09-25 → Gửi ý kiến góp ý về Sở Tư pháp
        Cung cấp số liệu trước ngày 10/01 năm sau.                                         # 2021-12-15 # 2022-01-10 → Cung cấp số liệu
        Triển khai thực hiện trong năm 2021.                                               # 2021-02-01 #
        Thời gian công tác trước ngày 01 tháng 01 năm 1995 được tính hưởng bảo hiểm xã hội. # 2024-06-29 #
        Hồ sơ đã nộp trước ngày Luật này có hiệu lực thi hành thì tiếp tục giải quyết.      # 2024-06-29 #
        Các đơn vị đã hoàn thành báo cáo trước ngày 15/8/2021.                             # 2021-08-20 #
        Căn cứ Công văn số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ.             # 2021-08-25 #
        Báo cáo trước ngày 18 hằng tháng.                                                  # 2021-08-25 #
        Trước ngày 31/02/2022 hoàn thành.                                                  # 2022-01-01 #
        Kế hoạch có hiệu lực kể từ ngày ký.                                                # 2021-08-25 #
        Thời gian từ ngày 01/9/2021 đến ngày 30/9/2021.                                    # 2021-08-25 #
        """)
    void findsTheDeadlinesOfTheGeneralForms(String text, String dated, String expected) {
        List<Deadline> found = FINDER.find(text.strip(), DocDate.parse(dated.strip()));
        String got = String.join(" | ", found.stream().map(d -> d.date() + " → " + d.due()).toList());
        assertEquals(expected == null ? "" : expected.strip(), got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
        UBND các huyện báo cáo trước ngày 30/9/2021.    # trước ngày 30/9/2021
        Hoàn thành trong tháng 10/2021.                 # trong tháng 10/2021
        """)
    void offsetsPointAtTheDeadlinesWords(String text, String words) {
        Deadline d = FINDER.find(text.strip(), DocDate.parse("2021-08-01")).get(0);
        assertEquals(words.strip(), text.strip().substring(d.start(), d.end()));
        assertEquals(text.strip(), d.sentence());
    }
}
