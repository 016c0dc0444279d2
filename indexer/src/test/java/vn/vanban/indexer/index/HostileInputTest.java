package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A folder of hostile files among good ones: each is read or refused with a message naming it, the
 * run completes, and the good files are indexed. (Time and memory per file are bounded by the
 * size limit and the caps on citations; no timing is asserted.)
 */
class HostileInputTest {

    private static final Path SEEDS = Path.of("..", "corpus", "documents");

    @Test
    void hostileFilesAreReadOrRefusedAndTheRestIsIndexed(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Random r = new Random(20261123L);
        byte[] noise = new byte[1 << 20];
        r.nextBytes(noise);
        Files.write(corpus.resolve("random.bin"), noise);
        Files.createFile(corpus.resolve("empty.txt"));
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper
        }
        byte[] invalid = new byte[4096];
        for (int i = 0; i < invalid.length; i += 2) {
            invalid[i] = (byte) 0xC3;
            invalid[i + 1] = (byte) 0x28;
        }
        Files.write(corpus.resolve("invalid-utf8.txt"), invalid);
        byte[] mixed = concat("Ủy ban nhân dân tỉnh Điện Biên. ".getBytes(StandardCharsets.UTF_8),
                "caf\u00e9 cr\u00e8me ".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("mixed.txt"), mixed);
        Files.writeString(corpus.resolve("nested.txt"), "<b>".repeat(200_000) + "Số: 12/UBND-VP" + "</b>".repeat(200_000));
        StringBuilder many = new StringBuilder("Căn cứ ");
        for (int i = 1; i <= 1_000_000; i++) {
            many.append(i).append("/NQ-CP, ");
        }
        Files.writeString(corpus.resolve("million-citations.txt"), many);
        Files.copy(SEEDS.resolve("000_a01debc89b18572e.txt"), corpus.resolve("tên có dấu cách 'nháy' \"kép\".txt"));
        Files.copy(SEEDS.resolve("004_c8c6c9745651a367.txt"), corpus.resolve("Trà Vinh – công văn.txt"));

        List<String> failed = new ArrayList<>();
        IndexRun run = new CorpusIndexer(new IndexLayout(dir.resolve("index")), new DocumentReader(), Vocabulary.standard())
                .index(List.of(corpus), new IndexProgress() {
                    @Override
                    public void failed(Path file, String reason) {
                        failed.add(file.getFileName() + ": " + reason);
                    }
                });
        assertEquals(9, run.files());
        assertTrue(failed.stream().anyMatch(f -> f.startsWith("random.bin: binary file")), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.equals("empty.txt: empty file")), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.startsWith("huge.txt: too large")), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.startsWith("invalid-utf8.txt: not UTF-8")), failed.toString());
        // UTF-8 with stray Latin-1 bytes is neither clean UTF-8 nor a Vietnamese legacy encoding:
        // refused by name rather than indexed with mangled letters.
        assertTrue(failed.stream().anyMatch(f -> f.startsWith("mixed.txt: not UTF-8")), failed.toString());
        assertEquals(5, failed.size(), failed.toString());
        // The two seeds with odd names, the nested markup and the list of a million.
        assertEquals(4, run.documents());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
