package vn.vanban.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vanban.corpus.read.ReadOptions;

/**
 * One indexing run, whatever the store: plan (the files under the paths, and what the store
 * already holds), read (the new and changed files, in parallel, in batches), write (each file's
 * documents replacing what it gave; a later file's document of an id replacing an earlier one's;
 * the documents of files gone from a folder being indexed removed), commit once, and the store's
 * graph with it. A run that fails is rolled back, so the last good index stays as it was. Files
 * that cannot be read are reported one by one and do not stop the run.
 *
 * <p>{@code index}, {@code --watch}, serve's first index, the API's write endpoints and the bench
 * all run through here, over the embedded index or a SolrCloud collection.
 */
public final class IndexTransaction {

    private static final int BATCH = 256;

    private final FileReading reading;

    public IndexTransaction(FileReading reading) {
        this.reading = reading;
    }

    public IndexRun run(IndexStore store, List<Path> roots, ReadOptions options, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                failures.add(root + ": no such file or directory");
                progress.failed(root, "no such file or directory");
                continue;
            }
            files.addAll(FileReading.collect(root));
        }
        try (IndexStore.Writing writing = store.begin(reading.readerFingerprint(), progress)) {
            try {
                Set<Path> given = new HashSet<>();
                files.forEach(f -> given.add(f.toAbsolutePath().normalize()));
                for (Path p : writing.alsoRead()) {
                    if (given.add(p.toAbsolutePath().normalize())) {
                        files.add(p);
                    }
                }
                progress.started(files.size());
                Map<String, String> stamps = writing.unchangedIfStamped();
                Counts counts = new Counts();
                Map<String, String> sourceById = new HashMap<>();
                AtomicInteger done = new AtomicInteger();
                for (int from = 0; from < files.size(); from += BATCH) {
                    List<FileReading.Outcome> outcomes = files.subList(from, Math.min(files.size(), from + BATCH))
                            .parallelStream().map(f -> {
                                FileReading.Outcome o = reading.read(f, stamps, options);
                                progress.fileDone(done.incrementAndGet(), files.size());
                                return o;
                            }).toList();
                    writing.write(batch(outcomes, counts, failures, sourceById, progress));
                }
                // Documents whose files are gone from a folder being indexed go too.
                Set<String> seen = new HashSet<>();
                files.forEach(f -> seen.add(FileReading.source(f)));
                boolean readAll = true;
                for (String source : new java.util.TreeSet<>(writing.indexedSources())) {
                    if (seen.contains(source)) {
                        continue;
                    }
                    if (FileReading.underAny(source, roots)) {
                        writing.remove(source);
                        progress.removed(Path.of(source));
                        counts.removed++;
                    } else {
                        readAll = false; // indexed from a path this run was not given
                    }
                }
                progress.committing();
                IndexStore.Committed committed = writing.commit(readAll);
                return new IndexRun(files.size(), counts.read, counts.documents, counts.unchanged, counts.removed,
                        List.copyOf(failures), counts.problems, committed.documents(), committed.graphNodes(),
                        committed.graphEdges(), (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                try {
                    writing.rollback(); // the last commit stays the index
                } catch (IOException | RuntimeException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        }
    }

    /** What to write of a batch, in file order: within it a later file's document of an id replaces an earlier one's. */
    private static List<IndexStore.SourceWrite> batch(List<FileReading.Outcome> outcomes, Counts counts, List<String> failures,
            Map<String, String> sourceById, IndexProgress progress) {
        Map<String, List<FileReading.Identified>> writes = new LinkedHashMap<>();
        Map<String, String> stampOf = new HashMap<>();
        Map<String, String> writtenBy = new HashMap<>();
        for (FileReading.Outcome o : outcomes) {
            o.problems().forEach(progress::problem);
            counts.problems += o.problems().size();
            if (o.failure() != null) {
                failures.add(o.file() + ": " + o.failure());
                progress.failed(o.file(), o.failure());
                continue;
            }
            if (o.unchanged()) {
                counts.unchanged++;
                continue;
            }
            writes.put(o.source(), new ArrayList<>());
            stampOf.put(o.source(), o.stamp());
            for (FileReading.Identified d : o.documents()) {
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
            counts.documents += o.documents().size();
            counts.read++;
        }
        List<IndexStore.SourceWrite> out = new ArrayList<>();
        writes.forEach((source, docs) -> out.add(new IndexStore.SourceWrite(source, stampOf.get(source), List.copyOf(docs))));
        return out;
    }

    private static final class Counts {
        int read;
        int documents;
        int unchanged;
        int problems;
        int removed;
    }
}
