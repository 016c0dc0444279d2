package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.Relation;

/** Metadata-only rows from a portal's listing (CSV, portal column names) and ours (JSON Lines). */
class MetadataRowsTest {

    private final DocumentReader reader = new DocumentReader();
    private static final Path DIR = Path.of("src/test/resources/metadata");

    @Test
    void portalCsvRowsWithTheIssuerGiven() throws Exception {
        ReadResult r = reader.readAll(DIR.resolve("portal.csv"), new ReadOptions("Ủy ban nhân dân tỉnh Điện Biên"));
        assertEquals(3, r.documents().size(), "the empty row is skipped");
        assertEquals(List.of(
                DIR.resolve("portal.csv") + ":2: field 'ngay_ban_hanh': '31/02/2021' is not a date; the row is kept without a date",
                DIR.resolve("portal.csv") + ":3: neither a number/symbol nor a subject; the row is skipped"), r.problems());

        OfficialDocument first = r.documents().get(0).document();
        assertEquals("portal.csv", first.file());
        assertEquals(1, first.row());
        assertEquals("2763/UBND-KGVX", first.numberSymbol());
        assertEquals("Công văn", first.type());
        assertEquals("2021-08-25", first.date().toString());
        assertEquals(Level.PROVINCE, first.level());
        assertEquals("Điện Biên", first.province());
        Citation cd = first.citations().get(0);
        assertEquals("1102/CĐ-TTg", cd.numberSymbol(), "conventional spelling of a lower-cased ký hiệu");
        assertEquals("Công điện", cd.type());
        assertEquals("2021-08-23", cd.date().toString());
        assertEquals("Thủ tướng Chính phủ", cd.issuer());
        assertEquals(Relation.IMPLEMENTS, cd.relation());

        OfficialDocument plan = r.documents().get(1).document();
        assertNull(plan.date());
        assertEquals("Kế hoạch", plan.type());
        assertEquals(List.of("92-CTr/TU", "27-NQ/TW"), plan.citations().stream().map(Citation::numberSymbol).toList());
        assertEquals("Tỉnh ủy Điện Biên", plan.citations().get(0).issuer());
        assertEquals(Relation.IMPLEMENTS, plan.citations().get(0).relation());
        assertEquals(Relation.CITES, plan.citations().get(1).relation());
        assertEquals("Ban Chấp hành Trung ương Đảng", plan.citations().get(1).issuer());
        assertEquals("92-CTr/TU", plan.stated().get(0).from());
        assertEquals("27-NQ/TW", plan.stated().get(0).to());

        OfficialDocument decision = r.documents().get(2).document();
        assertEquals(4, decision.row(), "rows count from the first data row, the empty one included");
        assertEquals(List.of(), decision.citations(), "'kỳ họp thứ 12 - hđnd tỉnh' and '2021 - 2025' are not documents");
    }

    @Test
    void ourJsonLinesWithIssuerAndType() throws Exception {
        ReadResult r = reader.readAll(DIR.resolve("ours.jsonl"), ReadOptions.DEFAULT);
        assertEquals(2, r.documents().size());
        OfficialDocument tb = r.documents().get(0).document();
        assertEquals("Thông báo", tb.type());
        assertEquals(Level.CENTRAL, tb.level());
        assertNull(tb.province());
        OfficialDocument nq = r.documents().get(1).document();
        assertEquals("Nghị quyết", nq.type(), "from the ký hiệu");
        assertEquals("30/2021/QH15", nq.citations().get(0).numberSymbol());
        assertEquals("Quốc hội", nq.citations().get(0).issuer());
    }

    @Test
    void aCsvWithoutKnownColumnsIsRefusedWithTheReason() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.readAll("x.csv", "x.csv",
                "a,b\n1,2\n".getBytes(), ReadOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("x.csv: no column for the number/symbol or the subject"), e.getMessage());
        UnreadableDocumentException json = assertThrows(UnreadableDocumentException.class, () -> reader.readAll("x.jsonl",
                "x.jsonl", "{\"subject\": \"a\"}\n{oops\n".getBytes(), ReadOptions.DEFAULT));
        assertTrue(json.getMessage().startsWith("x.jsonl: line 2: not JSON"), json.getMessage());
    }
}
