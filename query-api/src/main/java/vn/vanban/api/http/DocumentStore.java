package vn.vanban.api.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.UnreadableDocumentException;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import vn.vanban.search.StoredDocument;

/**
 * Documents added and removed through the API. An added document's text is written to the
 * index's {@code added/} folder under a name derived from the text (the first 128 bits of its
 * SHA-256), through a temporary file in that folder, fsync, an atomic rename and an fsync of the
 * folder; the folder is then indexed like any corpus folder (one commit, the graph updated;
 * embedded, or into a SolrCloud: {@link Indexing}), and the new commit is served before the answer. So a document acknowledged is
 * committed, and survives a kill -9. Removing deletes the file and indexes the folder again, which
 * removes the documents of files gone from it. Nothing of the request becomes a path. One write at
 * a time.
 */
public final class DocumentStore {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStore.class);

    /** How long a write waits for the one before it before it is answered 503. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** What a 503 asks the client to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 10;
    /** Temporary files start with a dot: an index run skips them. */
    private static final String TEMP_PREFIX = ".adding-";

    private final Path root;
    private final Path added;
    private final DocumentReader reader;
    private final DocumentIds ids;
    private final Indexing indexing;
    private final Library library;
    private final ReentrantLock lock = new ReentrantLock(true);

    /** How the added folder is indexed, and what is committed then served: embedded or on SolrCloud. */
    public interface Indexing {
        /** Indexes the folder in one run (one commit). */
        IndexRun index(Path added, IndexProgress progress) throws IOException;

        /** Serves what is committed now (embedded: opens the newer commit; SolrCloud serves it already). */
        void refresh() throws IOException;
    }

    /** {@code reloader} serves the index of {@code layout} from {@code library}. */
    public DocumentStore(IndexLayout layout, DocumentReader reader, Vocabulary vocabulary, IndexReloader reloader,
            Library library) {
        this(new IndexLayout(layout.root().toAbsolutePath().normalize()).added(), reader, vocabulary,
                embedded(new IndexLayout(layout.root().toAbsolutePath().normalize()), reader, vocabulary, reloader), library);
    }

    /** Texts kept in {@code added} (a folder of this machine), indexed by {@code indexing}. */
    public DocumentStore(Path added, DocumentReader reader, Vocabulary vocabulary, Indexing indexing, Library library) {
        this.added = added.toAbsolutePath().normalize();
        this.root = this.added.getParent();
        this.reader = reader;
        this.ids = new DocumentIds(vocabulary);
        this.indexing = indexing;
        this.library = library;
        removeStaleTemporaryFiles();
    }

    private static Indexing embedded(IndexLayout layout, DocumentReader reader, Vocabulary vocabulary, IndexReloader reloader) {
        CorpusIndexer indexer = new CorpusIndexer(layout, reader, vocabulary);
        return new Indexing() {
            @Override
            public IndexRun index(Path added, IndexProgress progress) throws IOException {
                try {
                    return indexer.index(List.of(added), progress);
                } catch (LockObtainFailedException e) {
                    throw busy("the index is being updated by another process (vanban index?)");
                }
            }

            @Override
            public void refresh() throws IOException {
                reloader.reloadIfChanged();
            }
        };
    }

    /** What an add did: the document as now served, and whether it is new (false: this very text was added before). */
    record Added(StoredDocument document, boolean created) {}

    /**
     * Adds a document; returns once it is committed and served. 422 when the text is not a
     * readable document, 409 when its id is already indexed from another text, 503 when another
     * process (vanban index) holds the index.
     */
    Added add(byte[] text) throws IOException {
        String fileName = fileName(text);
        ReadDocument read;
        try {
            read = reader.read("the text", fileName, text);
        } catch (UnreadableDocumentException e) {
            throw new ApiException(422, "Unprocessable Content", "the text cannot be read as a document: " + e.reason());
        } catch (RuntimeException e) {
            LOG.warn("the reader failed on a text sent to be added ({} bytes)", text.length, e);
            throw new ApiException(422, "Unprocessable Content", "the text could not be read as a document");
        }
        String id = ids.forDocument(read.document());
        Path file = added.resolve(fileName);
        return locked(() -> {
            indexing.refresh(); // another process's run may have changed what is indexed
            Optional<StoredDocument> existing = library.search().document(id);
            if (existing.isPresent()) {
                Path source = Path.of(existing.get().source());
                boolean sameText = isAdded(source) && source.getFileName().equals(file.getFileName());
                if (!sameText) {
                    throw new ApiException(409, "Conflict", isAdded(source)
                            ? "a document with id '" + id + "' was added from another text; DELETE /api/documents/" + id
                                    + " first to replace it"
                            : "a document with id '" + id + "' is already indexed from a file (" + source.getFileName()
                                    + "); change that file and run vanban index");
                }
                if (Files.exists(file)) {
                    return new Added(existing.get(), false);
                }
            }
            boolean existed = Files.exists(file); // left by a write cut short, not yet indexed
            writeDurably(file, text);
            try {
                indexAdded();
            } catch (ApiException e) {
                if (!existed) {
                    deleteDurably(file); // not acknowledged: not added
                }
                throw e;
            }
            StoredDocument stored = library.search().document(id).orElseThrow(() ->
                    new IllegalStateException("document " + id + " (" + file + ") is not served after indexing"));
            return new Added(stored, true);
        });
    }

    /**
     * Removes a document added through the API; returns once the removal is committed and served.
     * 404 when no such document is indexed, 409 when it was indexed from a file of a corpus.
     */
    void remove(String id) throws IOException {
        locked(() -> {
            indexing.refresh();
            StoredDocument existing = library.search().document(id)
                    .orElseThrow(() -> ApiException.noDocument(id));
            Path source = Path.of(existing.source());
            if (!isAdded(source)) {
                throw new ApiException(409, "Conflict", "'" + id + "' was indexed from a file (" + source.getFileName()
                        + "), not added through the API; remove the file and run vanban index");
            }
            Path file = added.resolve(source.getFileName().toString());
            byte[] kept = Files.exists(file) ? Files.readAllBytes(file) : null;
            deleteDurably(file);
            try {
                indexAdded();
            } catch (ApiException e) {
                if (kept != null) {
                    writeDurably(file, kept); // not acknowledged: not removed
                }
                throw e;
            }
            if (library.search().document(id).isPresent()) {
                throw new IllegalStateException("document " + id + " (" + source + ") is still served after its file was removed");
            }
            return null;
        });
    }

    /** Indexes the added folder (committing once) and serves the result; 503 when the index is locked by another process. */
    private void indexAdded() throws IOException {
        Files.createDirectories(added);
        IndexRun run = indexing.index(added, LOGGED);
        LOG.info("indexed {}: {} files read, {} removed; the index holds {} documents ({} ms)", added, run.filesRead(),
                run.removed(), run.documents(), run.millis());
        indexing.refresh();
    }

    private interface Write<T> {
        T run() throws IOException;
    }

    private <T> T locked(Write<T> write) throws IOException {
        try {
            if (!lock.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("other writes are under way");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the server is stopping");
        }
        try {
            return write.run();
        } finally {
            lock.unlock();
        }
    }

    private static ApiException busy(String why) {
        return new ApiException(503, "Service Unavailable", why + "; try again in " + RETRY_AFTER_SECONDS + " seconds");
    }

    /** Whether a source is a file of the added folder. */
    private boolean isAdded(Path source) {
        Path parent = source.getParent();
        if (parent == null) {
            return false;
        }
        if (parent.equals(added)) {
            return true;
        }
        try {
            return Files.isDirectory(parent) && Files.isDirectory(added) && Files.isSameFile(parent, added);
        } catch (IOException e) {
            return false;
        }
    }

    /** The name a text is stored under: the first 128 bits of its SHA-256, in hex. */
    static String fileName(byte[] text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text);
            return HexFormat.of().formatHex(hash, 0, 16) + ".txt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Writes a file whole or not at all, and makes it durable before returning. */
    private void writeDurably(Path file, byte[] bytes) throws IOException {
        if (!Files.isDirectory(added)) {
            Files.createDirectories(added);
            IOUtils.fsync(root, true); // the folder's own entry
        }
        Path tmp = added.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(added, true); // the rename
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void deleteDurably(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            IOUtils.fsync(added, true);
        }
    }

    /** Temporary files of writes cut short (a kill during the write) are removed after an hour. */
    private void removeStaleTemporaryFiles() {
        if (!Files.isDirectory(added)) {
            return;
        }
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.list(added)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(f).compareTo(hourAgo) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not clear old temporary files in {}: {}", added, e.getMessage());
        }
    }

    private static final IndexProgress LOGGED = new IndexProgress() {
        @Override
        public void failed(Path file, String reason) {
            LOG.warn("skipped {}: {}", file, reason);
        }

        @Override
        public void removed(Path file) {
            LOG.info("removed {}: the file is gone", file);
        }

        @Override
        public void duplicate(String id, String earlier, String later) {
            LOG.warn("{} is read from both {} and {}; the index keeps the later", id, earlier, later);
        }
    };
}
