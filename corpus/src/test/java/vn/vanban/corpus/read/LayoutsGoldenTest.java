package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.ref.NumberSymbol;

/**
 * One snippet per form a document comes in (test resources layouts/, written for these tests):
 * a portal page saved as Markdown (chrome, metadata block, summary, trailer), the header as table
 * debris, a Markdown conversion with a collector's title and the header in a table, an HTML page,
 * OCR's spaced-out letters with a blank day, a blank number, a consolidated text whose xác thực
 * block stands before the annexes, a page with no document in it, a portal block that disagrees
 * with the header; and a Word file with its header in a table. Each is read as its golden file
 * ({@code NAME.expected.json}) says, field by field; citations as "ký hiệu relation".
 */
class LayoutsGoldenTest {

    private static final Path LAYOUTS = Path.of("src/test/resources/layouts");
    private static final ObjectMapper JSON = Json.mapper();
    private final DocumentReader reader = new DocumentReader();

    @TestFactory
    Stream<DynamicTest> everyFormReadsAsItsGoldenFile() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(LAYOUTS)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".expected.json")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name, () -> assertReads(Files.readAllBytes(f), name,
                        JSON.readTree(LAYOUTS.resolve(name + ".expected.json").toFile()))));
            }
        }
        assertEquals(9, tests.size(), "nine forms in files, and Word below");
        return tests.stream();
    }

    /** The usual Word template: issuer and number in the left cells, motto and date in the right ones. */
    @Test
    void wordWithTheHeaderInATable() throws Exception {
        byte[] docx = headerTableDocx();
        assertReads(docx, "header-table.docx", JSON.readTree(LAYOUTS.resolve("table-debris.md.expected.json").toFile()));
    }

    private void assertReads(byte[] bytes, String name, JsonNode want) throws Exception {
        OfficialDocument d = reader.read(name, name, bytes).document();
        ObjectNode got = JSON.valueToTree(d);
        List<String> fields = new ArrayList<>();
        want.fieldNames().forEachRemaining(fields::add);
        got.retain(fields);
        ArrayNode cites = JSON.createArrayNode();
        for (Citation c : d.citations()) {
            cites.add(key(c.numberSymbol(), c.name()) + " " + c.relation().json());
        }
        got.set("citations", cites);
        ObjectNode expected = want.deepCopy();
        ArrayNode wantCites = JSON.createArrayNode();
        for (JsonNode c : want.get("citations")) {
            String s = c.asText();
            int space = s.lastIndexOf(' ');
            wantCites.add(key(s.startsWith("«") ? null : s.substring(0, space),
                    s.startsWith("«") ? s.substring(1, s.indexOf('»')) : null) + s.substring(space));
        }
        expected.set("citations", wantCites);
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got), name);
    }

    /** A citation's identity: its ký hiệu's spelling-free key, or its name. */
    private static String key(String numberSymbol, String name) {
        NumberSymbol ns = NumberSymbol.parse(numberSymbol);
        return ns != null ? ns.key() : "«" + name + "»";
    }

    /** table-debris.md's document as Word writes it from its template (made here with Apache POI). */
    private static byte[] headerTableDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(2, 2);
            cell(t.getRow(0).getCell(0), "SỞ Y TẾ", "TỈNH BẮC NINH", "-------");
            cell(t.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------");
            cell(t.getRow(1).getCell(0), "Số: 4869/SYT-NVY",
                    "V/v triển khai Công văn số 7012/BYT-KCB ngày 12/11/2025 của Bộ Y tế");
            cell(t.getRow(1).getCell(1), "Bắc Ninh, ngày 20 tháng 11 năm 2025");
            paragraph(doc, "Kính gửi:");
            paragraph(doc, "- Các bệnh viện công lập trực thuộc Sở;");
            paragraph(doc, "- Trung tâm Y tế các xã, phường.");
            paragraph(doc, "Thực hiện Công văn số 7012/BYT-KCB ngày 12/11/2025 của Bộ Y tế về việc tăng cường công tác"
                    + " khám bệnh, chữa bệnh, Sở Y tế đề nghị các đơn vị triển khai thực hiện./.");
            XWPFTable sign = doc.createTable(1, 2);
            cell(sign.getRow(0).getCell(0), "Nơi nhận:", "- Như trên;", "- Lưu: VT, NVY.");
            cell(sign.getRow(0).getCell(1), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Lan");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(XWPFTableCell cell, String... lines) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            XWPFRun r = p.createRun();
            r.setText(lines[i]);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
