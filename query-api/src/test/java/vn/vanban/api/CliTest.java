package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: output, messages and exit codes. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractPrintsTheLabelledReadingOfEachSeedAsJsonLines() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract"));
        JsonNode expected;
        try (InputStream in = Files.newInputStream(SeedCorpus.documents().resolve("../src/test/resources/seeds/expected.json").normalize())) {
            expected = JSON.readTree(in);
        }
        for (JsonNode e : expected) {
            args.add(SeedCorpus.documents().resolve(e.get("file").asText()).toString());
        }
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length);
        for (int i = 0; i < lines.length; i++) {
            ObjectNode got = (ObjectNode) JSON.readTree(lines[i]);
            List<String> labelled = new ArrayList<>();
            expected.get(i).fieldNames().forEachRemaining(labelled::add);
            got.retain(labelled);
            for (JsonNode c : got.get("citations")) {
                ((ObjectNode) c).retain(List.of("numberSymbol", "type", "date", "issuer", "relation"));
            }
            assertEquals(expected.get(i), got, "line " + (i + 1));
        }
    }

    @Test
    void unreadableFilesAreNamedWithTheReasonAndTheRestIsPrinted(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("scan.txt");
        Files.write(binary, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, (byte) 0xff});
        Path empty = Files.createFile(dir.resolve("trống.txt"));
        Path seed = SeedCorpus.documents().resolve("000_a01debc89b18572e.txt");
        Run r = run("extract", binary.toString(), empty.toString(), seed.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.code(), "exit code says something failed");
        assertEquals(1, r.out().strip().split("\n").length, "the readable seed is still printed");
        List<String> messages = r.err().strip().lines().toList();
        assertEquals(3, messages.size(), r.err());
        assertEquals("vanban extract: " + binary + ": binary file (NUL byte at offset 4), not a text document", messages.get(0));
        assertEquals("vanban extract: " + empty + ": empty file", messages.get(1));
        assertEquals("vanban extract: " + dir.resolve("missing.txt") + ": no such file", messages.get(2));
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void indexReportsBadFilesIndexesTheRestAndUpdatesInPlace(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String f : List.of("000_a01debc89b18572e.txt", "004_c8c6c9745651a367.txt")) {
            Files.copy(SeedCorpus.documents().resolve(f), corpus.resolve(f));
        }
        Files.write(corpus.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0x10});
        Files.createFile(corpus.resolve("empty.txt"));
        Path index = dir.resolve("index");

        Run first = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("skipped " + corpus.resolve("empty.txt") + ": empty file"), first.err());
        assertTrue(first.err().contains("skipped " + corpus.resolve("photo.jpg") + ": binary file"), first.err());
        assertTrue(first.err().contains("2 read (2 documents indexed), 0 unchanged, 2 could not be read, 0 gone"), first.err());
        assertTrue(first.err().contains("holds 2 documents"), first.err());

        Files.delete(corpus.resolve("photo.jpg"));
        Files.delete(corpus.resolve("empty.txt"));
        Files.copy(SeedCorpus.documents().resolve("003_1daa43e088c804bd.txt"), corpus.resolve("003_1daa43e088c804bd.txt"));
        Run second = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("1 read (1 documents indexed), 2 unchanged, 0 could not be read, 0 gone"), second.err());
        assertTrue(second.err().contains("holds 3 documents"), second.err());

        Files.delete(corpus.resolve("000_a01debc89b18572e.txt"));
        Run third = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, third.code(), third.err());
        assertTrue(third.err().contains("removed " + corpus.toAbsolutePath().resolve("000_a01debc89b18572e.txt")
                + ": the file is gone"), third.err());
        assertTrue(third.err().contains("0 read (0 documents indexed), 2 unchanged, 0 could not be read, 1 gone"), third.err());
        assertTrue(third.err().contains("holds 2 documents"), third.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("extract", "index", "serve", "eval", "bench", "generate", "solr", "rank")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: vanban " + cmd), r.out());
            assertTrue(r.out().contains("Exit codes"), r.out());
        }
        Run top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("extract") && top.out().contains("index") && top.out().contains("serve"));
    }

    @Test
    void everySubcommandHasHelp() {
        for (String[] cmd : new String[][] {{"solr", "up"}, {"solr", "init"}, {"eval", "extract"}, {"eval", "search"},
                {"eval", "resolve"}, {"bench", "graph"}, {"bench", "corpus"}}) {
            Run r = run(cmd[0], cmd[1], "--help");
            assertEquals(0, r.code(), String.join(" ", cmd));
            assertTrue(r.out().startsWith("Usage: vanban " + cmd[0] + " " + cmd[1]), r.out());
        }
    }

    /** A SolrCloud that is not there, or a URL that is not one: one line naming it, exit code 2. */
    @Test
    void solrInitSaysWhichClusterItCouldNotReach() {
        Run r = run("solr", "init", "--solr", "http://127.0.0.1:1/solr");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("vanban solr init: the SolrCloud at http://127.0.0.1:1/solr did not do it"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Run bad = run("solr", "init", "--solr", "localhost:8983");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("is not an http(s) URL of a Solr node"), bad.err());
    }

    @Test
    void badUsageIsOneMessageAndExitCodeTwo() {
        Run r = run("extract");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.code());
    }

    @Test
    void serveTellsHowToEnableWritingAndRefusesAWeakToken(@TempDir Path dir) throws Exception {
        Run help = run("serve", "--help");
        assertTrue(help.out().contains("--write-token-file") && help.out().contains("VANBAN_WRITE_TOKEN")
                && help.out().contains("POST /api/documents"), help.out());
        Path weak = Files.writeString(dir.resolve("token"), "secret\n");
        Run r = run("serve", "--index", dir.resolve("none").toString(), "--port", "0", "--write-token-file", weak.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least 16 characters"), r.err());
        Run missing = run("serve", "--port", "0", "--write-token-file", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cannot read the write token file"), missing.err());
    }

    @Test
    void serveRefusesAMissingNonDefaultIndexWithAHint(@TempDir Path dir) {
        Run r = run("serve", "--index", dir.resolve("none").toString(), "--port", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no index at"), r.err());
    }
}
