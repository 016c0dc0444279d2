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

    /**
     * Time limits counted from an event (rows: text, the document's date, "date → due (from amount
     * unit)" or nothing): from the document itself they are deadlines, dated when the event's day
     * is known; from anything else (a file received, a contract signed) they are a procedure's rules.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
        Trong thời hạn 05 ngày làm việc kể từ ngày nhận được Công điện này, UBND các tỉnh báo cáo Thủ tướng Chính phủ.   # 2021-08-23 # null → UBND các tỉnh báo cáo Thủ tướng Chính phủ (receipt 5 working_days)
        Các sở, ngành báo cáo kết quả về Sở Kế hoạch và Đầu tư trong vòng 30 ngày kể từ ngày ký.                         # 2021-08-20 # 2021-09-19 → báo cáo kết quả về Sở Kế hoạch và Đầu tư (signing 30 days)
        Chậm nhất sau 10 (mười) ngày làm việc, kể từ ngày ký văn bản này, các huyện gửi báo cáo về Sở Nội vụ.            # 2021-08-20 # 2021-09-03 → các huyện gửi báo cáo về Sở Nội vụ (signing 10 working_days)
        Trong thời hạn 03 tháng kể từ ngày Quyết định này có hiệu lực, các đơn vị hoàn thành việc sắp xếp. Quyết định này có hiệu lực thi hành kể từ ngày ký. # 2021-11-30 # 2022-02-28 → các đơn vị hoàn thành việc sắp xếp (effect 3 months)
        Trong thời hạn 15 ngày kể từ ngày Nghị quyết này có hiệu lực, Ủy ban nhân dân tỉnh ban hành kế hoạch. Nghị quyết này có hiệu lực từ ngày 01/01/2022. # 2021-12-10 # 2022-01-16 → Ủy ban nhân dân tỉnh ban hành kế hoạch (effect 15 days)
        Trong thời hạn 60 ngày kể từ ngày Thông tư này có hiệu lực, doanh nghiệp hoàn thành thủ tục công bố. Thông tư này có hiệu lực thi hành sau 45 ngày, kể từ ngày ký ban hành. # 2021-03-01 # 2021-06-14 → doanh nghiệp hoàn thành thủ tục công bố (effect 60 days)
        Trong thời hạn 02 tuần kể từ ngày ban hành, Sở Tài chính trình UBND tỉnh phê duyệt.                               # 2021-09-13 # 2021-09-27 → Sở Tài chính trình UBND tỉnh phê duyệt (signing 2 weeks)
        Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Xây dựng cấp giấy phép và thông báo cho chủ đầu tư.    # 2021-08-20 #
        Trong thời hạn 10 ngày kể từ ngày ký hợp đồng, nhà thầu nộp bảo đảm thực hiện hợp đồng.                          # 2021-08-20 #
        Quyết định có hiệu lực sau 10 ngày kể từ ngày ký.                                                                # 2021-08-20 #
        Các đơn vị đã báo cáo trong 05 ngày kể từ ngày nhận được văn bản này.                                           # 2021-08-20 #
        Hồ sơ đã nộp trước ngày Nghị định này có hiệu lực thì được tiếp tục giải quyết trong thời hạn 3 tháng kể từ ngày Nghị định này có hiệu lực. # 2021-08-20 #
        Các đơn vị hoàn thành việc chuyển hồ sơ chậm nhất là 05 ngày làm việc kể từ ngày Thông tư này có hiệu lực. Thông tư này có hiệu lực kể từ ngày 01/7/2021. # 2021-08-20 #
        """)
    void findsTimeLimitsCountedFromTheDocument(String text, String dated, String expected) {
        List<Deadline> found = FINDER.find(text.strip(), DocDate.parse(dated.strip()));
        String got = String.join(" | ", found.stream().map(d -> d.date() + " → " + d.due()
                + (d.after() == null ? "" : " (" + d.after().from() + " " + d.after().amount() + " " + d.after().unit() + ")")).toList());
        assertEquals(expected == null ? "" : expected.strip(), got);
    }

    /** "… này" of another type than the document's is another document's: a form inside a consolidated text. */
    @org.junit.jupiter.api.Test
    void theDocumentItselfIsOfItsType() {
        String text = "Đề nghị người nộp thuế hoàn thành nghĩa vụ thuế trong thời hạn 30 ngày kể từ ngày ban hành Thông báo này.";
        assertEquals(1, FINDER.find(text, DocDate.parse("2026-04-10"), "Thông báo").size());
        assertEquals(0, FINDER.find(text, DocDate.parse("2026-04-10"), "Văn bản hợp nhất").size());
        assertEquals(1, FINDER.find(text.replace("Thông báo này", "văn bản này"), DocDate.parse("2026-04-10"), "Văn bản hợp nhất").size());
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
