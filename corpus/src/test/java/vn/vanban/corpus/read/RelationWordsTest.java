package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.vocab.Tsv;

/**
 * Every row of relation-words.tsv does what its kind says, in a sentence of its own: a verb gives
 * its relation to the document after it, a head and a prefix lead to implements, a blocking word
 * after "thực hiện" leaves the document cited, a passive makes both documents only cited (the
 * relation is between them), an "after" phrase gives its relation. A row that does nothing fails.
 */
class RelationWordsTest {

    private final DocumentReader reader = new DocumentReader();
    private static final String DOC = "Quyết định số 123/QĐ-UBND ngày 01/02/2020 của UBND tỉnh";

    @TestFactory
    Stream<DynamicTest> everyRowOfTheVocabularyWorks() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] r : Tsv.read("relation-words.tsv", 4)) {
            String kind = r[0];
            String relation = r[1];
            String phrase = r[2];
            switch (kind) {
                case "verb" -> tests.add(test(kind, phrase, "subject", phrase + " " + DOC, "123/QĐ-UBND:" + relation));
                case "head" -> tests.add(test(kind, phrase, "subject", phrase + " " + DOC, "123/QĐ-UBND:implements"));
                case "prefix" -> tests.add(test(kind, phrase, "subject", phrase + " thực hiện " + DOC, "123/QĐ-UBND:implements"));
                case "making" -> tests.add(test(kind, phrase, "subject",
                        phrase + " Kế hoạch phối hợp triển khai thực hiện " + DOC, "123/QĐ-UBND:implements"));
                // Without the blocking word, "thực hiện … Quyết định" would be implements.
                case "block" -> tests.add(test(kind, phrase, "subject", "thực hiện " + phrase + " " + DOC, "123/QĐ-UBND:cites"));
                case "passive" -> tests.add(test(kind, phrase, "body",
                        "Quyết định số 100/QĐ-UBND ngày 01/02/2019 " + phrase + " sửa đổi, bổ sung bởi " + DOC + " đã quy định.",
                        "100/QĐ-UBND:cites 123/QĐ-UBND:cites | 123/QĐ-UBND amends 100/QĐ-UBND"));
                case "agent" -> tests.add(test(kind, phrase, "body",
                        "Quyết định số 100/QĐ-UBND ngày 01/02/2019 được thay thế " + phrase + " " + DOC + ".",
                        "100/QĐ-UBND:cites 123/QĐ-UBND:cites | 123/QĐ-UBND replaces 100/QĐ-UBND"));
                case "after" -> tests.add(test(kind, phrase, "body", DOC + " " + phrase + " kể từ ngày ký.",
                        "123/QĐ-UBND:" + relation));
                case "annex" -> tests.add(test(kind, phrase, "body", "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT " + phrase.toUpperCase()
                        + "\n\nSTT\n\n1\n\n" + DOC, "123/QĐ-UBND:" + relation));
                default -> { } // gap, locative, noun, join: exercised by the snippets (snippets/citations.tsv)
            }
        }
        return tests.stream();
    }

    private DynamicTest test(String kind, String phrase, String where, String text, String expected) {
        return DynamicTest.dynamicTest(kind + " «" + phrase + "»", () -> assertEquals(expected, citations(where, text), text));
    }

    private String citations(String where, String text) throws Exception {
        List<Citation> cs;
        if ("subject".equals(where)) {
            String csv = "so_ky_hieu,trich_yeu\n999/UBND-VP,\"" + text + "\"\n";
            cs = reader.readAll("s.csv", "s.csv", csv.getBytes(StandardCharsets.UTF_8),
                    new ReadOptions("Ủy ban nhân dân tỉnh Điện Biên")).documents().get(0).document().citations();
        } else {
            String doc = "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 999/UBND-VP\n\nĐiện Biên, ngày 25 tháng 8 năm 2021\n\n"
                    + "Kính gửi: Các sở, ban, ngành tỉnh.\n\nVăn bản mở đầu.\n\n" + text + "\n";
            vn.vanban.corpus.model.OfficialDocument d = reader.parse("s.txt", doc);
            cs = d.citations();
            if (!d.stated().isEmpty()) {
                return cs.stream().map(c -> c.numberSymbol() + ":" + c.relation().json()).collect(Collectors.joining(" "))
                        + " | " + d.stated().stream().map(x -> x.from() + " " + x.relation().json() + " " + x.to())
                        .collect(Collectors.joining(", "));
            }
        }
        return cs.isEmpty() ? "-" : cs.stream().map(c -> c.numberSymbol() + ":" + c.relation().json())
                .collect(Collectors.joining(" "));
    }

    /**
     * A run of digits (an account number, OCR debris) is not a filler, and is found so at once:
     * matched split by split it took 25 s for 50,000 digits. The limit guards against a hang; it
     * measures nothing.
     */
    @org.junit.jupiter.api.Test
    void aLongRunOfDigitsIsNotAFillerAndIsToldAtOnce() {
        vn.vanban.corpus.vocab.RelationWords words = vn.vanban.corpus.vocab.Vocabulary.standard().relationWords();
        boolean filler = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> words.gapOnly(" " + "1".repeat(100_000) + " @"));
        org.junit.jupiter.api.Assertions.assertFalse(filler);
        org.junit.jupiter.api.Assertions.assertTrue(words.gapOnly(vn.vanban.corpus.text.VietnameseText.foldAligned(" khoản 2 Điều 3 của ")));
    }
}
