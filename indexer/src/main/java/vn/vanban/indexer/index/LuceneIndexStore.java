package vn.vanban.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.DamagedGraphException;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.GraphStore;
import vn.vanban.indexer.schema.Fields;
import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexStore;

/**
 * The embedded store: a Lucene index and, beside it, the citation graph of its last commit. A run
 * writes through one IndexWriter and commits once; the graph of the commit before is updated with
 * what the run changed when it can be read, else built from the readings (held in memory when
 * the whole index was read in this run, since reading a million stored readings back took
 * minutes). An index of another field mapping is built anew, and stays as it was until then.
 */
public final class LuceneIndexStore implements IndexStore {

    /** Commit user data: the fingerprint of the reader that read the indexed files. */
    private static final String READER_KEY = "vanban.reader";
    /** Commit user data: the version of the field mapping ({@link Fields#SCHEMA}). */
    private static final String SCHEMA_KEY = "vanban.schema";

    private final IndexLayout layout;
    private final Vocabulary vocabulary;

    public LuceneIndexStore(IndexLayout layout, Vocabulary vocabulary) {
        this.layout = layout;
        this.vocabulary = vocabulary;
    }

    @Override
    public Writing begin(String readerFingerprint, IndexProgress progress) throws IOException {
        Files.createDirectories(layout.lucene());
        Directory dir = FSDirectory.open(layout.lucene());
        try {
            return new LuceneWriting(dir, readerFingerprint, progress);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private final class LuceneWriting implements Writing {
        private final Directory dir;
        private final IndexWriter writer;
        private final String readerFingerprint;
        private final IndexProgress progress;
        private final List<Path> alsoRead;
        private final Map<String, String> indexedSources;
        private final boolean sameReader;
        private final Optional<CitationGraph> previous;
        private final boolean fresh;
        private final Map<String, List<String>> idsBySource;
        private final Set<String> replaced = new HashSet<>();
        private final Map<String, OfficialDocument> added = new TreeMap<>();

        LuceneWriting(Directory dir, String readerFingerprint, IndexProgress progress) throws IOException {
            this.dir = dir;
            this.readerFingerprint = readerFingerprint;
            this.progress = progress;
            boolean rebuild = !sameSchema(dir);
            this.alsoRead = rebuild ? existingSources(dir) : List.of();
            this.writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField())
                    // An index of another schema is built anew (its fields may not mix with ours);
                    // it stays as it was until this run commits.
                    .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Fewer, larger flushed segments: less merging when a whole archive is loaded.
                    .setRAMBufferSizeMB(256)
                    // One commit per run, ours: a merge finishing at close must not make another,
                    // which the stored graph would not match.
                    .setCommitOnClose(false));
            try {
                try (DirectoryReader existing = DirectoryReader.open(writer)) {
                    this.indexedSources = StoredReadings.sourceStamps(existing);
                }
                this.sameReader = readerFingerprint.equals(lastCommitData().get(READER_KEY));
                // The graph of the last commit is updated with what this run changes, if it can be.
                this.previous = rebuild ? Optional.empty() : previousGraph();
                this.fresh = previous.isEmpty() && (rebuild || indexedSources.isEmpty());
                if (previous.isPresent()) {
                    try (DirectoryReader existing = DirectoryReader.open(writer)) {
                        this.idsBySource = StoredReadings.sourceIds(existing);
                    }
                } else {
                    this.idsBySource = Map.of();
                }
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }

        @Override
        public List<Path> alsoRead() {
            return alsoRead;
        }

        @Override
        public Map<String, String> unchangedIfStamped() {
            // Skipping unchanged files is only safe if the same reader read them.
            return sameReader ? indexedSources : Map.of();
        }

        @Override
        public Set<String> indexedSources() {
            return indexedSources.keySet();
        }

        @Override
        public void write(List<SourceWrite> batch) throws IOException {
            for (SourceWrite w : batch) {
                replaced.addAll(idsBySource.getOrDefault(w.source(), List.of()));
                for (FileReading.Identified d : w.documents()) {
                    replaced.add(d.id());
                    if (previous.isPresent() || fresh) {
                        added.put(d.id(), d.read().document());
                    }
                }
            }
            // Analysis is most of the cost of indexing: the writer takes documents from all cores.
            try {
                batch.parallelStream().forEach(w -> {
                    try {
                        writer.deleteDocuments(new Term(Fields.SOURCE, w.source()));
                        for (FileReading.Identified d : w.documents()) {
                            writer.updateDocument(new Term(Fields.ID, d.id()),
                                    DocumentMapper.toLucene(d.id(), d.read(), w.source(), w.stamp()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void remove(String source) throws IOException {
            writer.deleteDocuments(new Term(Fields.SOURCE, source));
            replaced.addAll(idsBySource.getOrDefault(source, List.of()));
        }

        @Override
        public Committed commit(boolean readAll) throws IOException {
            // The index is marked as read by this reader only if this reader read all of it: a
            // run over some of the paths (the API's added documents, one folder of several)
            // after the reader changed leaves the others marked for the next full run to read.
            String readBy = sameReader || readAll ? readerFingerprint : lastCommitData().get(READER_KEY);
            Map<String, String> commitData = new HashMap<>(Map.of(SCHEMA_KEY, Fields.SCHEMA));
            if (readBy != null) {
                commitData.put(READER_KEY, readBy);
            }
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
            try (DirectoryReader committed = DirectoryReader.open(dir)) {
                long generation = committed.getIndexCommit().getGeneration();
                CitationGraph graph;
                if (previous.isPresent() || fresh) {
                    GraphBuilder b = previous.isEmpty() ? new GraphBuilder(vocabulary, generation)
                            : GraphBuilder.updating(previous.get(), generation, replaced, vocabulary);
                    added.forEach(b::add);
                    graph = b.build();
                } else {
                    graph = GraphLoader.build(committed, vocabulary);
                }
                progress.storingGraph();
                new GraphStore(layout.graph()).write(graph);
                Files.deleteIfExists(layout.legacyGraph()); // of an older version, and of an older commit now
                return new Committed(committed.numDocs(), graph.view().vertexSet().size(), graph.view().edgeSet().size());
            }
        }

        @Override
        public void rollback() throws IOException {
            writer.rollback();
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close(); // commits nothing (commitOnClose is off): after commit or rollback, a no-op
            } finally {
                dir.close();
            }
        }

        private Map<String, String> lastCommitData() {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            return data;
        }

        /** The stored graph of the index's last commit, if there is one and it matches. */
        private Optional<CitationGraph> previousGraph() throws IOException {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            long generation = SegmentInfos.readLatestCommit(dir).getGeneration();
            try {
                return GraphLoader.storedForUpdate(layout, generation);
            } catch (DamagedGraphException e) {
                // An index run is the repair: the graph is built anew from the index, and that is said.
                progress.problem(e.getMessage() + "; building it anew");
                return Optional.empty();
            }
        }
    }

    /** The files an index of another field mapping holds that still exist, to be read again. */
    private static List<Path> existingSources(Directory dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryReader old = DirectoryReader.open(dir)) {
            for (String source : new TreeSet<>(StoredReadings.sourceStamps(old).keySet())) {
                Path p = Path.of(source);
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Whether the index in {@code dir}, if any, has our field mapping; no index counts as the same. */
    private static boolean sameSchema(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return true;
        }
        return Fields.SCHEMA.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY));
    }
}
