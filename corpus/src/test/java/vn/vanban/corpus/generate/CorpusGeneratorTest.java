package vn.vanban.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A generated corpus is what its manifest says: vanban's own reader, reading every file, finds the
 * ký hiệu, type, issuer, province, date and the document implemented that the generator planned,
 * and the id vanban gives it. The same seed writes the same bytes.
 */
class CorpusGeneratorTest {

    private static final int DOCS = 600;

    @Test
    void theReaderReadsEveryGeneratedDocumentAsTheManifestSays(@TempDir Path dir) throws Exception {
        new CorpusGenerator(Vocabulary.standard()).generate(DOCS, 7L, 10, dir, i -> {});
        List<String> rows = Files.readAllLines(dir.resolve(CorpusGenerator.MANIFEST));
        assertEquals("path\tid\tnumberSymbol\ttype\tissuer\tprovince\tdate\timplements", rows.get(0));
        assertEquals(DOCS + 1, rows.size());
        DocumentReader reader = new DocumentReader();
        DocumentIds ids = new DocumentIds(Vocabulary.standard());
        java.util.Map<String, String> symbolOf = new java.util.HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            symbolOf.put(c[1], c[2]);
        }
        Set<String> seenIds = new HashSet<>();
        List<Long> sizes = new ArrayList<>();
        int[] levels = new int[3];
        List<String> wrong = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            Path file = dir.resolve(c[0]);
            sizes.add(Files.size(file));
            OfficialDocument d = reader.read(file).document();
            check(wrong, c[0], "numberSymbol", c[2], d.numberSymbol());
            check(wrong, c[0], "type", c[3], d.type());
            check(wrong, c[0], "issuer", c[4], d.issuer());
            check(wrong, c[0], "province", c[5], d.province() == null ? "" : d.province());
            check(wrong, c[0], "date", c[6], d.date().toString());
            check(wrong, c[0], "id", c[1], ids.forDocument(d));
            if (!c[7].isEmpty()) {
                String target = symbolOf.get(c[7]);
                boolean found = d.citations().stream().anyMatch(
                        (Citation x) -> x.relation() == Relation.IMPLEMENTS && target.equals(x.numberSymbol()));
                assertTrue(found, c[0] + " should implement " + target + ": " + d.citations());
            }
            assertTrue(seenIds.add(c[1]), "id given twice: " + c[1]);
            levels[d.level().ordinal() > 2 ? 2 : d.level().ordinal()]++;
        }
        assertEquals(List.of(), wrong);
        // Lengths heavy-tailed like the real archive's: most a few pages, one in ten several times longer.
        java.util.Collections.sort(sizes);
        long median = sizes.get(sizes.size() / 2);
        long p90 = sizes.get(sizes.size() * 9 / 10);
        assertTrue(median > 5_000 && median < 20_000, "median " + median + " bytes");
        assertTrue(p90 > 2.5 * median && sizes.get(0) > 1_000, "p90 " + p90 + ", shortest " + sizes.get(0));
        assertTrue(levels[0] > 0 && levels[1] > levels[0] && levels[2] > 0, "central, province, district: "
                + java.util.Arrays.toString(levels));
        List<String> queries = Files.readAllLines(dir.resolve(CorpusGenerator.QUERIES));
        assertEquals("kind\tq\ttype\tprovince\texpect", queries.get(0));
        for (String kind : List.of("keyword", "phrase", "filtered", "number")) {
            assertTrue(queries.stream().anyMatch(q -> q.startsWith(kind + "\t")), "queries of kind " + kind);
        }
    }

    /**
     * A document implementing another copies part of its sentences, as provinces copy the central
     * text: between a twentieth and a third of them on average, none of an unrelated document.
     */
    @Test
    void implementingDocumentsCopyPartOfTheirParentsSentences(@TempDir Path dir) throws IOException {
        new CorpusGenerator(Vocabulary.standard()).generate(300, 11L, 1, dir, i -> {});
        java.util.Map<String, Path> fileOf = new java.util.HashMap<>();
        List<String[]> rows = Files.readAllLines(dir.resolve(CorpusGenerator.MANIFEST)).stream().skip(1)
                .map(r -> r.split("\t", -1)).toList();
        rows.forEach(c -> fileOf.put(c[1], dir.resolve(c[0])));
        double fromParent = 0;
        double fromOther = 0;
        int children = 0;
        for (String[] c : rows) {
            if (c[7].isEmpty()) {
                continue;
            }
            Set<String> own = sentences(fileOf.get(c[1]));
            Set<String> parent = sentences(fileOf.get(c[7]));
            // Another document of the corpus, not of this one's cascade: the one listed before the parent.
            String[] other = rows.get(Math.floorMod(rows.indexOf(c) + rows.size() / 2, rows.size()));
            Set<String> unrelated = other[7].isEmpty() || other[7].equals(c[7]) || other[1].equals(c[7])
                    ? Set.of() : sentences(fileOf.get(other[1]));
            fromParent += share(own, parent);
            fromOther += share(own, unrelated);
            children++;
        }
        assertTrue(children > 100, children + " implementing documents");
        double p = fromParent / children;
        assertTrue(p > 0.05 && p < 0.35, "share of sentences found in the parent: " + p);
        assertTrue(fromOther / children < 0.02, "share found in an unrelated document: " + fromOther / children);
    }

    /** The sentences of at least eight words of a file, as the statistics count them. */
    private static Set<String> sentences(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        for (String piece : Files.readString(file).toLowerCase(java.util.Locale.ROOT).split("[\\n.;:]")) {
            String[] w = piece.trim().split("[^\\p{L}\\p{N}]+");
            if (w.length >= 8) {
                out.add(String.join(" ", w));
            }
        }
        return out;
    }

    private static double share(Set<String> own, Set<String> other) {
        return own.isEmpty() ? 0 : own.stream().filter(other::contains).count() / (double) own.size();
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(Vocabulary.standard()).generate(150, 42L, 5, a, i -> {});
        new CorpusGenerator(Vocabulary.standard()).generate(150, 42L, 5, b, i -> {});
        List<Path> files = files(a);
        assertEquals(files, files(b));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        Path c = a.resolveSibling(a.getFileName() + "-other");
        new CorpusGenerator(Vocabulary.standard()).generate(150, 43L, 5, c, i -> {});
        assertTrue(!Files.readString(a.resolve(CorpusGenerator.MANIFEST)).equals(Files.readString(c.resolve(CorpusGenerator.MANIFEST))),
                "another seed, another corpus");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static void check(List<String> wrong, String file, String field, String want, String got) {
        if (!want.equals(got)) {
            wrong.add(file + " " + field + ": want " + want + ", read " + got);
        }
    }
}
