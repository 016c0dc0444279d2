package vn.vanban.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.junit.jupiter.api.Test;

/**
 * The text is indexed from one tokenization shared by three fields, and searched through each
 * field's analyzer: both must give the same tokens, offsets and positions (the same terms and
 * counts for the fields without positions), or queries would miss.
 * Checked on the seed documents, on both tone placements, and on random Unicode (seeded).
 */
class TextStreamsTest {

    private record Token(String term, int start, int end, int increment, int length) {}

    private static List<Token> drain(TokenStream ts) throws IOException {
        List<Token> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(new Token(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement(),
                    len.getPositionLength()));
        }
        ts.end();
        out.add(new Token("<end>", off.startOffset(), off.endOffset(), inc.getPositionIncrement(), 0));
        ts.close();
        return out;
    }

    private static List<Token> analyzed(Analyzer a, String text) throws IOException {
        return drain(a.tokenStream("f", text));
    }

    /** Each distinct term with its count, in the order first seen: what a field without positions keeps. */
    private static Map<String, Integer> counts(List<Token> tokens) {
        Map<String, Integer> out = new LinkedHashMap<>();
        tokens.stream().filter(t -> !t.term().equals("<end>")).forEach(t -> out.merge(t.term(), 1, Integer::sum));
        return out;
    }

    private static Map<String, Integer> drainCounted(TokenStream ts) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            assertEquals(null, out.put(term.toString(), freq.getTermFrequency()), "a term comes once: " + term);
        }
        ts.end();
        ts.close();
        return out;
    }

    private static void assertSame(String text) throws IOException {
        TextStreams streams = TextStreams.of(text);
        // In the order the indexer consumes them. Exact syllables and pairs come counted, in order first seen.
        assertEquals(List.copyOf(counts(analyzed(Analyzers.exact(), text)).entrySet()),
                List.copyOf(drainCounted(streams.exact()).entrySet()), "exact: " + text);
        assertEquals(analyzed(Analyzers.forms(), text), drain(streams.folded()), "folded with the marked forms: " + text);
        assertEquals(List.copyOf(counts(analyzed(Analyzers.foldedPairs(), text)).entrySet()),
                List.copyOf(drainCounted(streams.foldedPairs()).entrySet()), "folded pairs: " + text);
    }

    @Test
    void theSeedDocumentsGiveTheSameTokensAsTheAnalyzers() throws IOException {
        Path seeds = Path.of("..", "corpus", "documents");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() >= 5, "seed documents in " + seeds.toAbsolutePath());
        for (Path f : files) {
            assertSame(Files.readString(f));
        }
    }

    @Test
    void bothTonePlacementsAndCapitals() throws IOException {
        assertSame("Hoà bình, HÒA BÌNH; uỷ ban Ủy ban — Công điện số 1102/CĐ-TTg ngày 23/8/2021. Đ đ");
        assertSame("");
        assertSame("   ");
    }

    @Test
    void randomUnicodeGivesTheSameTokens() throws IOException {
        long seed = Long.getLong("tests.seed", 20261123L);
        Random r = new Random(seed);
        int[][] ranges = {{0x20, 0x7e}, {0xc0, 0x1ff}, {0x1ea0, 0x1ef9}, {0x300, 0x36f}, {0x4e00, 0x4fff},
            {0x1f600, 0x1f64f}, {0x0, 0x1f}, {0xe00, 0xe7f}, {0x130, 0x131}, {0x1e9e, 0x1e9e}};
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                int[] range = ranges[r.nextInt(ranges.length)];
                b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
            }
            String text = b.toString();
            try {
                assertSame(text);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", text " + text.codePoints().mapToObj(Integer::toHexString).toList(), e);
            }
        }
    }
}
