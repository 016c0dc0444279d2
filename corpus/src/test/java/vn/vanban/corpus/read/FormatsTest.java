package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;

/**
 * The same document in other clothes reads the same: Word (.docx, .doc) and PDF made from the
 * seeds with LibreOffice (test resources office/), and TCVN3 and VNI versions of a seed (legacy/,
 * made with the vietnamese-conversion npm package: an independent implementation of the tables;
 * its VNI table has ỹ wrong, so that letter was written "yõ" by hand).
 */
class FormatsTest {

    private static final Path SEEDS = Path.of("documents");
    private static final Path OFFICE = Path.of("src/test/resources/office");
    private static final Path LEGACY = Path.of("src/test/resources/legacy");
    private final DocumentReader reader = new DocumentReader();

    /** The reading without what depends on the file: its name, and offsets into its text. */
    static String comparable(OfficialDocument d) {
        List<String> cites = new ArrayList<>();
        for (Citation c : d.citations()) {
            cites.add(String.join("|", String.valueOf(c.numberSymbol()), String.valueOf(c.name()), String.valueOf(c.type()),
                    String.valueOf(c.date()), String.valueOf(c.issuer()), c.relation().json(), String.valueOf(c.pinpoint()),
                    String.valueOf(c.mentions())));
        }
        return String.join("\n", d.type(), d.number(), d.symbol(), d.numberSymbol(), d.issuer(), d.parentIssuer(),
                String.valueOf(d.level()), d.province(), d.place(), String.valueOf(d.date()), d.subject(),
                String.valueOf(d.recipients()), String.valueOf(d.signer()), String.join("\n", cites),
                String.valueOf(d.stated()));
    }

    @TestFactory
    Stream<DynamicTest> wordAndPdfReadLikeTheText() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(OFFICE)) {
            for (Path f : files.sorted().toList()) {
                String base = f.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> assertEquals(
                        comparable(reader.read(SEEDS.resolve(base + ".txt")).document()),
                        comparable(reader.read(f).document()))));
            }
        }
        assertEquals(15, tests.size(), "five seeds in three formats");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> legacyEncodingsConvertToTheOriginalText() throws Exception {
        ReadDocument original = reader.read(SEEDS.resolve("000_a01debc89b18572e.txt"));
        return Stream.of("tcvn3", "vni").map(enc -> DynamicTest.dynamicTest(enc, () -> {
            Path f = LEGACY.resolve("000_a01debc89b18572e." + enc + ".txt");
            ReadDocument converted = reader.read(f);
            assertEquals(original.text(), converted.text());
            assertEquals(comparable(original.document()), comparable(converted.document()));
        }));
    }

    @Test
    void latinTextThatIsNotVietnameseIsRefusedWithTheReason() throws Exception {
        byte[] french = "Le café est très chaud à Genève; élève, garçon, naïve.".getBytes(Charset.forName("ISO-8859-1"));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read("notes.txt", "notes.txt", french));
        assertEquals("notes.txt: not UTF-8 text (invalid byte at offset 6), nor Vietnamese in TCVN3 or VNI", e.getMessage());
    }

    @Test
    void decomposedTextReadsAsComposed() throws Exception {
        String nfd = java.text.Normalizer.normalize(Files.readString(SEEDS.resolve("003_1daa43e088c804bd.txt")),
                java.text.Normalizer.Form.NFD);
        ReadDocument d = reader.read("nfd.txt", "003_1daa43e088c804bd.txt", nfd.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(comparable(reader.read(SEEDS.resolve("003_1daa43e088c804bd.txt")).document()), comparable(d.document()));
        assertTrue(d.text().contains("Điện Biên"));
    }

    @Test
    void corruptOfficeFilesAreRefusedWithTheReason() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader.read("bad.docx", "bad.docx", "PK\u0003\u0004\u0014\u0000broken".getBytes()));
        assertTrue(e.getMessage().startsWith("bad.docx: cannot be read as Word"), e.getMessage());
        UnreadableDocumentException pdf = assertThrows(UnreadableDocumentException.class,
                () -> reader.read("bad.pdf", "bad.pdf", "%PDF-1.4 garbage".getBytes()));
        assertTrue(pdf.getMessage().startsWith("bad.pdf: "), pdf.getMessage());
    }
}
