package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.read.ReadResult;
import vn.vanban.corpus.read.UnreadableDocumentException;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the header and citations of documents as JSON Lines.", "",
            "One JSON object per document, with the fields of ../shared/seeds/expected.json. A file that cannot be read is named on stderr with the reason; the others are still printed."},
        footer = ExitCodes.FOOTER)
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Documents to read (folders are read whole): text, Word (.docx, .doc), PDF, or metadata rows (.csv, .jsonl).")
    List<Path> files;

    @Option(names = "--issuer", paramLabel = "NAME",
            description = "Issuer of every metadata row that names none, e.g. \"Ủy ban nhân dân tỉnh Bình Dương\".")
    String issuer;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentReader reader = new DocumentReader();
        int failed = 0;
        ReadOptions options = new ReadOptions(issuer);
        for (Path f : expand(files, err)) {
            try {
                ReadResult result = reader.readAll(f, options);
                for (ReadDocument d : result.documents()) {
                    out.println(Json.write(d.document()));
                }
                for (String problem : result.problems()) {
                    err.println("vanban extract: " + problem);
                }
            } catch (UnreadableDocumentException e) {
                err.println("vanban extract: " + e.getMessage());
                failed++;
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
    }

    private static List<Path> expand(List<Path> paths, PrintWriter err) throws java.io.IOException {
        List<Path> all = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(all::add);
                }
            } else {
                all.add(p); // a missing file is reported by the reader, by name
            }
        }
        return all;
    }
}
