package vn.vanban.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.read.ReadResult;
import vn.vanban.corpus.read.UnreadableDocumentException;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * The reading step of an indexing run, the same whatever the index is (embedded Lucene or
 * SolrCloud): the files under the paths given, and each file read into its documents with their
 * ids, skipped when its stamp (size and mtime) is the one indexed, or failed with the reason.
 */
public final class FileReading {

    /** A file looked at: its documents with their ids (none when unchanged), or why it failed; problems met. */
    public record Outcome(Path file, String source, String stamp, List<Identified> documents, String failure,
            List<String> problems, boolean unchanged) {}

    /** A document read, with its id. */
    public record Identified(String id, ReadDocument read) {}

    private final DocumentReader reader;
    private final DocumentIds ids;

    public FileReading(DocumentReader reader, Vocabulary vocabulary) {
        this.reader = reader;
        this.ids = new DocumentIds(vocabulary);
    }

    /** What a file is known by in an index: its absolute, normalised path. */
    public static String source(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Reads one file, unless {@code stamps} says it is indexed as it is now. */
    public Outcome read(Path file, Map<String, String> stamps, ReadOptions options) {
        String source = source(file);
        String stamp;
        try {
            stamp = Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return new Outcome(file, source, null, List.of(), "cannot be read (" + e.getMessage() + ")", List.of(), false);
        }
        if (stamp.equals(stamps.get(source))) {
            return new Outcome(file, source, stamp, List.of(), null, List.of(), true);
        }
        try {
            ReadResult result = reader.readAll(file, options);
            List<Identified> docs = result.documents().stream()
                    .map(r -> new Identified(ids.forDocument(r.document()), r)).toList();
            return new Outcome(file, source, stamp, docs, null, result.problems(), false);
        } catch (UnreadableDocumentException e) {
            return new Outcome(file, source, stamp, List.of(), e.reason(), List.of(), false);
        } catch (RuntimeException e) {
            // A bug in the reader must not stop the run or lose the other files.
            return new Outcome(file, source, stamp, List.of(), "could not be read: " + e, List.of(), false);
        }
    }

    /** The files of a path: itself, or every file below it but hidden ones, sorted. */
    public static List<Path> collect(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a file lies in one of the folders being indexed (a folder that no longer exists counts for nothing). */
    public static boolean underAny(String source, List<Path> roots) {
        for (Path root : roots) {
            if (Files.isDirectory(root) && Path.of(source).startsWith(root.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    /** The reader's fingerprint: files read by another reader must be read again. */
    public String readerFingerprint() {
        return reader.fingerprint();
    }
}
