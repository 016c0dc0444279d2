package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.OfficialDocument;

/** Preambles (snippets/stated.tsv) and the relations between two other documents they state. */
class StatedRelationsTest {

    private final DocumentReader reader = new DocumentReader();

    @TestFactory
    Stream<DynamicTest> everySnippetStatesItsRelations() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Snippets.Row r : Snippets.read("/snippets/stated.tsv")) {
            String text = r.cells()[0].replace("\\n", "\n");
            String expected = r.cells()[1].trim();
            int n = r.line();
            tests.add(DynamicTest.dynamicTest("line " + n + ": " + text.substring(0, Math.min(60, text.length())), () ->
                    assertEquals(expected, stated(text), "snippets/stated.tsv line " + n)));
        }
        return tests.stream();
    }

    private String stated(String preamble) throws Exception {
        String doc = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 99/2025/QĐ-UBND\n\nQuảng Ninh, ngày 25 tháng 8 năm 2025\n\n"
                + "QUYẾT ĐỊNH\nVề việc ban hành quy chế\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n\n" + preamble
                + "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành quy chế.\n";
        OfficialDocument d = reader.parse("s.txt", doc);
        return d.stated().isEmpty() ? "-" : d.stated().stream().map(s -> s.from() + " " + s.relation().json() + " " + s.to())
                .collect(Collectors.joining(", "));
    }
}
