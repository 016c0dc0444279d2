package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.ReadOptions;

/**
 * Random and hostile input never throws out of the reader: it reads a document or refuses the
 * file with a reason. Seeded by jqwik (its seed is printed on failure and can be replayed).
 */
class ReaderPropertiesTest {

    private static final DocumentReader READER = new DocumentReader();

    /** Pieces of official documents, markup and noise, strung together at random. */
    @Provide
    Arbitrary<String> documentLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Số: ", "ngày ", " tháng ", " năm ", "Căn cứ ", "Thực hiện ", "Luật ", "Bộ luật ",
                        "Nghị quyết số ", "Công điện số ", "1102/CĐ-TTg", "131-TB/TU", "30/2021/QH15", "36 - nq/tw",
                        "66.17/2026/NQ-CP", "của ", "Thủ tướng Chính phủ", "UBND tỉnh ", "Điện Biên", ", ", "; ", ". ",
                        "./.", "\n", "\n\n", "V/v ", "Kính gửi:", "- ", "Nơi nhận:", "TM. ", "KT. ", "CHỦ TỊCH",
                        "**", "*", "<sup>", "</sup>", "^(", "\\-", "ÔNG BÁO/Số 1 + 2/Ngày 01-7-2025", "Người ký: X",
                        "Thời gian ký: 1", "để thực hiện ", "và ", "số ", "/", "-", "xác thực văn bản hợp nhất",
                        "được sửa đổi, bổ sung bởi:", "Mẫu số ", "Điều 1. ", "Chương I", "khoản 3 Điều 2 của "),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0000', '\u036f').ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u1ea0', '\u1ef9').ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
        return piece.list().ofMaxSize(200).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void anyTextReadsWithoutThrowing(@ForAll("documentLike") String text) throws Exception {
        ReadDocument read;
        try {
            read = READER.read("random.txt", "random.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableDocumentException e) {
            assertTrue(e.getMessage().startsWith("random.txt: "), e.getMessage());
            return;
        }
        assertNotNull(read.document());
        for (Citation c : read.document().citations()) {
            assertTrue(c.start() >= 0 && c.end() <= read.text().length() && c.start() < c.end(), c.toString());
            assertTrue(c.numberSymbol() != null || c.name() != null, c.toString());
            assertNotNull(c.relation());
        }
    }

    /** A portal page's chrome, table debris and metadata labels, strung together at random. */
    @Provide
    Arbitrary<String> portalLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("|", "|\n", "\n|\n", "| a | b |\n", "|---|---|\n", "**", "*", "# ", "## ", "-------\n",
                        "Đang tải văn bản...\n", "X\n", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n", "**Số hiệu:**\n",
                        "**Loại văn bản:**\n", "**Nơi ban hành:**\n", "**Người ký:**\n", "**Ngày ban hành:**\n",
                        "20/11/2025\n", "Đã biết\n", "Văn bản này chưa cập nhật nội dung Tiếng Anh\n", "## Văn bản liên quan\n",
                        "Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT\n", "ỦY B AN NHÂN D Â N\n", "Q U Y Ế T\n",
                        "Số:\n", "2763/UBND-\n", "KGVX\n", "*Hà Nội, ngày 20\n", "tháng 11 năm 2025*\n", "CỘNG HÒA XÃ\n",
                        "HỘI CHỦ NGHĨA VIỆT NAM\n", "Kính gửi:", "Căn cứ ", "XÁC THỰC VĂN BẢN HỢP NHẤT\n", "Số: 1/VBHN-BYT\n",
                        "T/M BỘ CHÍNH\n", "TRỊ\n", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn A |", "Nơi nhận: - Như trên; - Lưu: VT.",
                        "\n", "\n\n", " "),
                Arbitraries.strings().withCharRange('\u1ea0', '\u1ef9').ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
        return piece.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    /** Pages of chrome and debris read without throwing; without a motto or "Số:" they warn that no header was found. */
    @Property(tries = 400)
    void portalPagesReadWithoutThrowing(@ForAll("portalLike") String text) throws Exception {
        for (String name : new String[] {"page.md", "page.html"}) {
            ReadDocument read;
            try {
                read = READER.read(name, name, text.getBytes(StandardCharsets.UTF_8));
            } catch (UnreadableDocumentException e) {
                assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
                continue;
            }
            var d = read.document();
            assertNotNull(d.warnings());
            if (d.numberSymbol() == null && d.issuer() == null && d.date() == null && d.type() == null) {
                assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("no header found")), d.warnings().toString());
            }
            for (Citation c : d.citations()) {
                assertTrue(c.start() >= 0 && c.end() <= read.text().length() && c.start() < c.end(), c.toString());
            }
        }
    }

    @Property(tries = 300)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll @Size(max = 3000) byte[] bytes) {
        for (String name : new String[] {"x.txt", "x.csv", "x.jsonl", "x.docx", "x.pdf", "x.doc", "x.html", "x.md"}) {
            try {
                READER.readAll("f/" + name, name, bytes, ReadOptions.DEFAULT);
            } catch (UnreadableDocumentException e) {
                assertTrue(e.getMessage().startsWith("f/" + name + ": ") && !e.reason().isBlank(), e.getMessage());
            }
        }
    }

    /**
     * Each hostile piece repeated 1,000 and 5,000 times: read or refused with a reason, and never
     * a hang. A regular expression that backtracks catastrophically never returns; the time limit
     * (a liveness bound far above any read: all of them take ~10 s, the longest 2.5 s) turns that
     * into a failure naming the piece instead of a CI run that hangs. The read runs in a thread of
     * its own, so that a stuck one cannot hold the test runner.
     */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hostileRepetitionsAreReadOrRefused() {
        for (String piece : HOSTILE) {
            for (int times : new int[] {1000, 5000}) {
                String text = piece.repeat(times);
                try {
                    READER.read("hostile.txt", "hostile.txt", text.getBytes(StandardCharsets.UTF_8));
                } catch (UnreadableDocumentException e) {
                    assertTrue(e.getMessage().startsWith("hostile.txt: "), e.getMessage());
                }
            }
        }
    }

    private static final java.util.List<String> HOSTILE = java.util.List.of("<b>", "Luật ", "1/2/3/4/5/6/7/8",
            "Căn cứ Luật A ngày 1 tháng 1 năm 2000;\n", "Nghị quyết số 1/NQ-CP và ", "thực hiện ", "**", "\n",
            "số 12-TB/TU, ", "ngày 01/01/2021 ", "Thực hiện Công điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ ",
            "và ", "- ", "1", "A ", "Ủy ban nhân dân tỉnh ", "(", "\t \t", "V/v ", "Kính gửi: ");
}
