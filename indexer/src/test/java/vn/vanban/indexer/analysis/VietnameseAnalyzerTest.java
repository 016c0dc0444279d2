package vn.vanban.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Exact tokens and offsets of both analyzers, and random Unicode (seeded) that must not break them. */
class VietnameseAnalyzerTest {

    private record Token(String term, int start, int end) {}

    private static List<Token> tokens(Analyzer a, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void exactKeepsDiacriticsAndNormalisesCaseAndTonePlacement() throws IOException {
        assertEquals(List.of(new Token("cộng", 0, 4), new Token("hòa", 5, 8), new Token("ủy", 9, 11), new Token("ban", 12, 15)),
                tokens(Analyzers.exact(), "CỘNG HOÀ Uỷ ban"));
        assertEquals(tokens(Analyzers.exact(), "hòa thủy khỏe"), tokens(Analyzers.exact(), "hoà thuỷ khoẻ"));
    }

    @Test
    void foldedDropsDiacriticsAndFoldsDToD() throws IOException {
        assertEquals(List.of(new Token("phong", 0, 5), new Token("chong", 7, 12), new Token("dich", 13, 17),
                        new Token("dien", 18, 22), new Token("bien", 23, 27)),
                tokens(Analyzers.folded(), "Phòng, chống dịch Điện Biên"));
        assertEquals(tokens(Analyzers.folded(), "hoa"), tokens(Analyzers.folded(), "HOÀ"));
    }

    @Test
    void formsStackEachMarkedSyllableAsWrittenOnItsFoldedForm() throws IOException {
        // The folded form first, the marked form at the same position with the same offsets; an unmarked syllable once.
        assertEquals(List.of(new Token("gian", 0, 4), new Token("giãn", 0, 4), new Token("cach", 5, 9),
                        new Token("cách", 5, 9), new Token("thoi", 10, 14), new Token("gian", 15, 19),
                        new Token("hoa", 20, 23), new Token("hòa", 20, 23), new Token("d", 24, 25), new Token("đ", 24, 25)),
                tokens(Analyzers.forms(), "Giãn cách thoi gian HOÀ Đ"));
        List<Integer> increments = new ArrayList<>();
        try (TokenStream ts = Analyzers.forms().tokenStream("f", "Uỷ ban hoà")) {
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        }
        assertEquals(List.of(1, 0, 1, 1, 0), increments, "uy ủy ban hoa hòa: a stacked form takes no position");
    }

    @Test
    void decomposedInputGivesTheSameTermsWithOffsetsIntoTheInput() throws IOException {
        String nfd = java.text.Normalizer.normalize("Điện Biên", java.text.Normalizer.Form.NFD);
        List<Token> t = tokens(Analyzers.exact(), nfd);
        assertEquals(List.of("điện", "biên"), t.stream().map(Token::term).toList());
        assertEquals(nfd.length(), t.get(1).end());
    }

    @Test
    void kyHieuIsSplitIntoItsParts() throws IOException {
        assertEquals(List.of("1102", "cd", "ttg"), tokens(Analyzers.folded(), "1102/CĐ-TTg").stream().map(Token::term).toList());
    }

    @Test
    void covidDatesAndNumbersKeepTheirOffsets() throws IOException {
        assertEquals(List.of(new Token("covid", 0, 5), new Token("19", 6, 8), new Token("ngay", 9, 13),
                        new Token("23", 14, 16), new Token("8", 17, 18), new Token("2021", 19, 23)),
                tokens(Analyzers.folded(), "COVID-19 ngày 23/8/2021"));
        assertEquals(List.of(new Token("30", 0, 2), new Token("2021", 3, 7), new Token("qh15", 8, 12)),
                tokens(Analyzers.exact(), "30/2021/QH15"));
        assertEquals(List.of("66.17", "2026", "nq", "cp"),
                tokens(Analyzers.folded(), "66.17/2026/NQ-CP").stream().map(Token::term).toList());
        assertEquals(List.of("đảng", "ủy"), tokens(Analyzers.exact(), "ĐẢNG UỶ").stream().map(Token::term).toList());
    }

    @Test
    void pairsAreAdjacentSyllables() throws IOException {
        assertEquals(List.of(new Token("phong chong", 0, 12), new Token("chong dich", 7, 17)),
                tokens(Analyzers.foldedPairs(), "Phòng, chống dịch"));
        assertEquals(List.of("phòng chống", "chống dịch"),
                tokens(new VietnameseAnalyzer(false, true), "Phòng, chống dịch").stream().map(Token::term).toList());
    }

    @Test
    void randomUnicodeNeverBreaksTheAnalyzers() throws IOException {
        long seed = Long.getLong("tests.seed", 20261123L);
        Random random = new Random(seed);
        for (Analyzer a : List.of(Analyzers.exact(), Analyzers.folded(), Analyzers.forms(), new VietnameseAnalyzer(false, true), Analyzers.foldedPairs())) {
            for (int i = 0; i < 500; i++) {
                String s = randomText(random);
                int lastStart = 0;
                for (Token t : tokens(a, s)) {
                    assertFalse(t.term().isEmpty(), "seed " + seed);
                    assertTrue(t.start() >= lastStart && t.start() <= t.end() && t.end() <= s.length(),
                            () -> "seed " + seed + ": bad offsets " + t + " in " + s.codePoints().mapToObj(Integer::toHexString).toList());
                    lastStart = t.start();
                }
            }
        }
    }

    /** Mixed scripts, combining marks, surrogate pairs and controls. */
    private static String randomText(Random r) {
        int[][] ranges = {{0x20, 0x7e}, {0xc0, 0x1ff}, {0x1ea0, 0x1ef9}, {0x300, 0x36f}, {0x4e00, 0x4fff},
            {0x1f600, 0x1f64f}, {0x0, 0x1f}, {0xe00, 0xe7f}};
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(40);
        for (int i = 0; i < n; i++) {
            int[] range = ranges[r.nextInt(ranges.length)];
            b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return b.toString();
    }
}
