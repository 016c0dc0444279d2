package vn.vanban.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.SharedData;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A generated corpus has the statistics of the real documents of ../shared/corpus at the same
 * size: distinct words, the shares of the most frequent, words seen once, sentences found in more
 * than one document, and how much each document repeats its own phrases (the share of its pairs of
 * adjacent words that are distinct within it). The generator's parameters were fitted on one half of those files (in a fixed
 * random order) at a million words; this test measures on the other half, at one and at three
 * million words (how the vocabulary grows was not fitted at three). Bounds, written before
 * measuring the held-out half: distinct words within ±20 %, top-10 share ±0.03, top-100 ±0.06,
 * top-1000 ±0.04, words seen once ±0.10, shared sentences between half and twice the real share;
 * distinct pairs ±0.08 (added later, with the generator's own phrases: the real halves' figures had
 * been seen, 0.357 fitted and 0.346 held out at a million words, the generator's on the held-out
 * sizes had not). With the own phrases, the first held-out run failed on the top-1000 share at
 * three million (0.899 against 0.939: the rare words' share, 0.14, was too high); the rare share
 * was then refitted on the fitted half at one and three million words (0.12) and this run passed.
 * Skipped without ../shared, failed under CI=true.
 */
class GeneratorStatisticsTest {

    static final Path SHARED = Path.of("..", "..", "shared", "corpus");

    @Test
    void aGeneratedCorpusLooksLikeTheRealOneAtEqualSize() {
        List<Path> heldOut = half(SharedData.require(SHARED), false);
        List<String> wrong = new ArrayList<>();
        for (long words : new long[] {1_000_000, 3_000_000}) {
            TextStatistics.Figures real = real(heldOut, words);
            TextStatistics.Figures made = generated(heldOut.size() * 2, words);
            System.out.println("real      " + real + "\ngenerated " + made);
            if (made.words() < words) {
                wrong.add(words + " words: the generated corpus has only " + made.words());
            }
            check(wrong, words, "distinct", real.distinct(), made.distinct(), 0.20 * real.distinct());
            check(wrong, words, "top10", real.top10(), made.top10(), 0.03);
            check(wrong, words, "top100", real.top100(), made.top100(), 0.06);
            check(wrong, words, "top1000", real.top1000(), made.top1000(), 0.04);
            check(wrong, words, "once", real.once(), made.once(), 0.10);
            check(wrong, words, "distinct pairs", real.distinctPairs(), made.distinctPairs(), 0.08);
            if (made.sharedSentences() < real.sharedSentences() / 2 || made.sharedSentences() > real.sharedSentences() * 2) {
                wrong.add(words + " words: shared sentences " + made.sharedSentences() + ", real " + real.sharedSentences());
            }
        }
        assertEquals(List.of(), wrong);
    }

    static TextStatistics.Figures generated(int documents, long words) {
        TextStatistics s = new TextStatistics(words);
        Iterator<String> texts = new CorpusGenerator(Vocabulary.standard()).texts(documents, 1L);
        while (!s.full() && texts.hasNext()) {
            s.add(texts.next());
        }
        return s.figures();
    }

    static TextStatistics.Figures real(List<Path> files, long words) {
        TextStatistics s = new TextStatistics(words);
        for (Path f : files) {
            if (s.full()) {
                break;
            }
            try {
                s.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s.figures();
    }

    /** The documents (not the metadata rows) of ../shared/corpus in a fixed random order: the fitted half or the other. */
    static List<Path> half(Path root, boolean fitted) {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("tvpl/docs", "congbot", "gazette")) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.shuffle(files, new Random(1));
        int mid = files.size() / 2;
        return fitted ? files.subList(0, mid) : files.subList(mid, files.size());
    }

    private static void check(List<String> wrong, long words, String what, double real, double made, double bound) {
        if (Math.abs(made - real) > bound) {
            wrong.add(String.format(java.util.Locale.ROOT, "%d words: %s %.3f, real %.3f (±%.3f)", words, what, made, real, bound));
        }
    }
}
