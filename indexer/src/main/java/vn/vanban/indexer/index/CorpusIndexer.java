package vn.vanban.indexer.index;

import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.FileReading.Identified;
import vn.vanban.search.index.FileReading.Outcome;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.graph.GraphBuilder;
import vn.vanban.indexer.graph.DamagedGraphException;
import vn.vanban.indexer.graph.GraphStore;
import vn.vanban.indexer.schema.Fields;

/**
 * The indexing loop: find the files under the given paths, read the new and changed ones (in
 * parallel), add or replace them in the Lucene index by id, commit once, then rebuild the
 * citation graph from the committed index and store it beside. Nothing is committed when the run
 * fails, so the last good index stays as it was. Files that cannot be read are reported one by
 * one and do not stop the run.
 */
public final class CorpusIndexer {

    private static final int BATCH = 256;
    /** Commit user data: the fingerprint of the reader that read the indexed files. */
    private static final String READER_KEY = "vanban.reader";
    /** Commit user data: the version of the field mapping ({@link Fields#SCHEMA}). */
    private static final String SCHEMA_KEY = "vanban.schema";

    private final IndexLayout layout;
    private final DocumentReader reader;
    private final Vocabulary vocabulary;
    private final FileReading reading;

    public CorpusIndexer(IndexLayout layout, DocumentReader reader, Vocabulary vocabulary) {
        this.layout = layout;
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.reading = new FileReading(reader, vocabulary);
    }

    public IndexRun index(List<Path> roots, IndexProgress progress) throws IOException {
        return index(roots, ReadOptions.DEFAULT, progress);
    }

    public IndexRun index(List<Path> roots, ReadOptions options, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                String msg = root + ": no such file or directory";
                failures.add(msg);
                progress.failed(root, "no such file or directory");
                continue;
            }
            files.addAll(FileReading.collect(root));
        }
        Files.createDirectories(layout.lucene());
        boolean rebuild = rebuildWithSources(files);
        progress.started(files.size());
        int indexed = 0;
        int filesRead = 0;
        int unchanged = 0;
        int problems = 0;
        int removed = 0;
        GraphUpdate update = null;
        try (Directory dir = FSDirectory.open(layout.lucene());
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField())
                        // An index of another schema is built anew (its fields may not mix with ours);
                        // it stays as it was until this run commits.
                        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
                                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        // Fewer, larger flushed segments: less merging when a whole archive is loaded.
                        .setRAMBufferSizeMB(256)
                        // One commit per run, ours: a merge finishing at close must not make another,
                        // which the stored graph would not match.
                        .setCommitOnClose(false))) {
            try {
                Map<String, String> indexedSources;
                try (DirectoryReader existing = DirectoryReader.open(writer)) {
                    indexedSources = StoredReadings.sourceStamps(existing);
                }
                // Skipping unchanged files is only safe if the same reader read them.
                Map<String, String> stamps = sameReader(writer) ? indexedSources : Map.of();
                // The graph of the last commit is updated with what this run changes, if it can be.
                Optional<CitationGraph> previous = rebuild ? Optional.empty() : previousGraph(dir, progress);
                // A new index (or one built anew) gets its graph from the readings of this run, held
                // in memory: reading a million stored readings back after the commit took minutes.
                boolean fresh = previous.isEmpty() && (rebuild || indexedSources.isEmpty());
                Map<String, List<String>> idsBySource = Map.of();
                if (previous.isPresent()) {
                    try (DirectoryReader existing = DirectoryReader.open(writer)) {
                        idsBySource = StoredReadings.sourceIds(existing);
                    }
                }
                Map<String, String> sourceById = new HashMap<>();
                Set<String> replaced = new HashSet<>();
                Map<String, vn.vanban.corpus.model.OfficialDocument> added = new java.util.TreeMap<>();
                AtomicInteger done = new AtomicInteger();
                for (int from = 0; from < files.size(); from += BATCH) {
                    List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
                    List<Outcome> outcomes = batch.parallelStream().map(f -> {
                        Outcome o = reading.read(f, stamps, options);
                        progress.fileDone(done.incrementAndGet(), files.size());
                        return o;
                    }).toList();
                    // What to write, in file order: a later file's document of an id replaces an earlier one's.
                    Map<String, List<Identified>> writes = new java.util.LinkedHashMap<>();
                    Map<String, String> stampOf = new HashMap<>();
                    Map<String, String> writtenBy = new HashMap<>();
                    for (Outcome o : outcomes) {
                        o.problems().forEach(progress::problem);
                        problems += o.problems().size();
                        if (o.failure() != null) {
                            failures.add(o.file() + ": " + o.failure());
                            progress.failed(o.file(), o.failure());
                        } else if (o.unchanged()) {
                            unchanged++;
                        } else {
                            writes.put(o.source(), new ArrayList<>());
                            stampOf.put(o.source(), o.stamp());
                            replaced.addAll(idsBySource.getOrDefault(o.source(), List.of()));
                            for (Identified d : o.documents()) {
                                replaced.add(d.id());
                                if (previous.isPresent() || fresh) {
                                    added.put(d.id(), d.read().document());
                                }
                                String earlier = sourceById.put(d.id(), d.read().source());
                                if (earlier != null && !earlier.equals(d.read().source())) {
                                    progress.duplicate(d.id(), earlier, d.read().source());
                                }
                                String before = writtenBy.put(d.id(), o.source());
                                if (before != null) {
                                    writes.get(before).removeIf(x -> x.id().equals(d.id()));
                                }
                                writes.get(o.source()).add(d);
                            }
                            indexed += o.documents().size();
                            filesRead++;
                        }
                    }
                    // Analysis is most of the cost of indexing: the writer takes documents from all cores.
                    try {
                        writes.entrySet().parallelStream().forEach(w -> {
                            try {
                                writer.deleteDocuments(new Term(Fields.SOURCE, w.getKey()));
                                for (Identified d : w.getValue()) {
                                    writer.updateDocument(new Term(Fields.ID, d.id()),
                                            DocumentMapper.toLucene(d.id(), d.read(), w.getKey(), stampOf.get(w.getKey())));
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }
                // Documents whose files are gone from a folder being indexed go too.
                Set<String> seen = new HashSet<>();
                files.forEach(f -> seen.add(f.toAbsolutePath().normalize().toString()));
                boolean allLookedAt = true;
                for (String source : indexedSources.keySet()) {
                    if (seen.contains(source)) {
                        continue;
                    }
                    if (FileReading.underAny(source, roots)) {
                        writer.deleteDocuments(new Term(Fields.SOURCE, source));
                        replaced.addAll(idsBySource.getOrDefault(source, List.of()));
                        progress.removed(Path.of(source));
                        removed++;
                    } else {
                        allLookedAt = false; // indexed from a path this run was not given
                    }
                }
                // The index is marked as read by this reader only if this reader read all of it: a
                // run over some of the paths (the API's added documents, one folder of several)
                // after the reader changed leaves the others marked for the next full run to read.
                String readBy = sameReader(writer) || allLookedAt ? reader.fingerprint()
                        : lastCommitData(writer).get(READER_KEY);
                Map<String, String> commitData = new HashMap<>(Map.of(SCHEMA_KEY, Fields.SCHEMA));
                if (readBy != null) {
                    commitData.put(READER_KEY, readBy);
                }
                writer.setLiveCommitData(commitData.entrySet());
                progress.committing();
                writer.commit();
                update = previous.map(g -> new GraphUpdate(g, replaced, added))
                        .orElse(fresh ? new GraphUpdate(null, Set.of(), added) : null);
            } catch (IOException | RuntimeException e) {
                writer.rollback(); // the last commit stays the index
                throw e;
            }
            try (DirectoryReader committed = DirectoryReader.open(dir)) {
                CitationGraph graph;
                long generation = committed.getIndexCommit().getGeneration();
                if (update != null) {
                    GraphBuilder b = update.previous() == null ? new GraphBuilder(vocabulary, generation)
                            : GraphBuilder.updating(update.previous(), generation, update.replaced(), vocabulary);
                    update.added().forEach(b::add);
                    graph = b.build();
                } else {
                    graph = GraphLoader.build(committed, vocabulary);
                }
                progress.storingGraph();
                new GraphStore(layout.graph()).write(graph);
                Files.deleteIfExists(layout.legacyGraph()); // of an older version, and of an older commit now
                return new IndexRun(files.size(), filesRead, indexed, unchanged, removed, List.copyOf(failures), problems,
                        committed.numDocs(),
                        graph.view().vertexSet().size(), graph.view().edgeSet().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** What a run changed, to update the graph of the commit before it (none: a new index, all of it read in this run). */
    private record GraphUpdate(CitationGraph previous, Set<String> replaced,
            Map<String, vn.vanban.corpus.model.OfficialDocument> added) {}

    /** The stored graph of the index's last commit, if there is one and it matches. */
    private Optional<CitationGraph> previousGraph(Directory dir, IndexProgress progress) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return Optional.empty();
        }
        long generation = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getGeneration();
        try {
            return GraphLoader.stored(layout, generation);
        } catch (DamagedGraphException e) {
            // An index run is the repair: the graph is built anew from the index, and that is said.
            progress.problem(e.getMessage() + "; building it anew");
            return Optional.empty();
        }
    }

    /**
     * Whether the index must be built anew because it has another field mapping; if so, every file
     * it holds that still exists joins {@code files}, so that nothing indexed before is lost.
     */
    private boolean rebuildWithSources(List<Path> files) throws IOException {
        try (Directory dir = FSDirectory.open(layout.lucene())) {
            if (sameSchema(dir)) {
                return false;
            }
            Set<Path> have = new HashSet<>();
            files.forEach(f -> have.add(f.toAbsolutePath().normalize()));
            try (DirectoryReader old = DirectoryReader.open(dir)) {
                for (String source : new java.util.TreeSet<>(StoredReadings.sourceStamps(old).keySet())) {
                    Path p = Path.of(source);
                    if (Files.isRegularFile(p) && have.add(p)) {
                        files.add(p);
                    }
                }
            }
            return true;
        }
    }

    /** Whether the index in {@code dir}, if any, has our field mapping; no index counts as the same. */
    private static boolean sameSchema(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return true;
        }
        return Fields.SCHEMA.equals(org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY));
    }

    private boolean sameReader(IndexWriter writer) {
        return reader.fingerprint().equals(lastCommitData(writer).get(READER_KEY));
    }

    private static Map<String, String> lastCommitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }
}
