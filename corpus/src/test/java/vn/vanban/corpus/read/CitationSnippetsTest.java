package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.Citation;

/** Snippets as real documents write them (snippets/citations.tsv) and the citations they give. */
class CitationSnippetsTest {

    private final DocumentReader reader = new DocumentReader();

    @TestFactory
    Stream<DynamicTest> everySnippetGivesItsCitations() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Snippets.Row r : Snippets.read("/snippets/citations.tsv")) {
            String where = r.cells()[0];
            String text = r.cells()[1].replace("\\n", "\n");
            String expected = r.cells()[2].trim();
            int n = r.line();
            tests.add(DynamicTest.dynamicTest("line " + n + ": " + text.substring(0, Math.min(60, text.length())), () ->
                    assertEquals(expected, citations(where, text), "snippets/citations.tsv line " + n)));
        }
        return tests.stream();
    }

    private String citations(String where, String text) throws Exception {
        List<Citation> cs;
        if ("subject".equals(where)) {
            String csv = "so_ky_hieu,trich_yeu\n999/UBND-VP,\"" + text.replace("\"", "\"\"") + "\"\n";
            cs = reader.readAll("s.csv", "s.csv", csv.getBytes(StandardCharsets.UTF_8),
                    new ReadOptions("Ủy ban nhân dân tỉnh Điện Biên")).documents().get(0).document().citations();
        } else {
            String doc = "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 999/UBND-VP\n\nĐiện Biên, ngày 25 tháng 8 năm 2021\n\n"
                    + "Kính gửi: Các sở, ban, ngành tỉnh.\n\n" + text + "\n";
            cs = reader.parse("s.txt", doc).citations();
        }
        if (cs.isEmpty()) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        for (Citation c : cs) {
            out.add((c.numberSymbol() != null ? c.numberSymbol() : "«" + c.name() + "»") + ":" + c.relation().json());
        }
        return String.join(" ", out);
    }
}
