package vn.vanban.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The pairs are Lucene's two-token shingles, term for term, offset for offset. */
class AdjacentPairFilterTest {

    private record Token(String term, int start, int end, int increment) {}

    private static Analyzer over(Function<TokenStream, TokenStream> pairs) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new ICUTokenizer();
                return new TokenStreamComponents(source, pairs.apply(new ICUFoldingFilter(source)));
            }
        };
    }

    private static final Analyzer OURS = over(AdjacentPairFilter::new);
    private static final Analyzer SHINGLES = over(in -> {
        ShingleFilter s = new ShingleFilter(in, 2, 2);
        s.setOutputUnigrams(false);
        return s;
    });

    private static List<Token> tokens(Analyzer a, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }

    private static void assertAsShingles(String text) throws IOException {
        assertEquals(tokens(SHINGLES, text), tokens(OURS, text), text);
    }

    @Test
    void pairsOfAdjacentSyllables() throws IOException {
        assertEquals(List.of(new Token("phong chong", 0, 11, 1), new Token("chong dich", 6, 16, 1)),
                tokens(OURS, "Phòng chống dịch"));
        assertEquals(List.of(), tokens(OURS, "một"));
        assertEquals(List.of(), tokens(OURS, ""));
    }

    @Test
    void longTokensGrowTheBuffers() throws IOException {
        String longWord = "a".repeat(300);
        assertAsShingles(longWord + " b " + longWord + longWord + " c");
        assertEquals("b " + "a".repeat(600), tokens(OURS, "x b " + "a".repeat(600)).get(1).term());
    }

    @Test
    void theSeedDocuments() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path f : s.sorted().toList()) {
                assertAsShingles(Files.readString(f));
            }
        }
    }

    @Test
    void randomText() throws IOException {
        long seed = Long.getLong("tests.seed", 20261204L);
        Random r = new Random(seed);
        String[] words = {"ủy", "ban", "nhân", "dân", "1102/CĐ-TTg", "-", ".", "  ", "\n", "Đ", "x".repeat(40), "😀", "中文"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
            }
            try {
                assertAsShingles(b.toString());
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + b, e);
            }
        }
    }
}
