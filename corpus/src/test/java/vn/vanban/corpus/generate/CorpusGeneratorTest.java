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
        int[] levels = new int[3];
        List<String> wrong = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            Path file = dir.resolve(c[0]);
            long size = Files.size(file);
            assertTrue(size > 4_000 && size < 20_000, c[0] + " is " + size + " bytes");
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
        assertTrue(levels[0] > 0 && levels[1] > levels[0] && levels[2] > 0, "central, province, district: "
                + java.util.Arrays.toString(levels));
        List<String> queries = Files.readAllLines(dir.resolve(CorpusGenerator.QUERIES));
        assertEquals("kind\tq\ttype\tprovince\texpect", queries.get(0));
        for (String kind : List.of("keyword", "phrase", "filtered", "number")) {
            assertTrue(queries.stream().anyMatch(q -> q.startsWith(kind + "\t")), "queries of kind " + kind);
        }
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
