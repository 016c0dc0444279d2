package vn.vanban.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where an indexing run writes: the embedded Lucene index and its stored graph, or a SolrCloud
 * collection. {@link IndexTransaction} drives it and owns the run; a store only knows how to hold
 * documents. A run is one {@link Writing}: begun, written to, then committed or rolled back.
 */
public interface IndexStore {

    /** Begins a run by the reader of this fingerprint (the store may add files to it: {@link Writing#alsoRead}). */
    Writing begin(String readerFingerprint, IndexProgress progress) throws IOException;

    /** A file's documents, replacing all that file gave before (none: it gives nothing now). */
    record SourceWrite(String source, String stamp, List<FileReading.Identified> documents) {}

    /** What the store holds after a commit: documents, and the nodes and edges of its graph (0 when it keeps none). */
    record Committed(long documents, long graphNodes, long graphEdges) {}

    /** One run's writes. Nothing written is meant to be seen before {@link #commit}. */
    interface Writing extends AutoCloseable {

        /**
         * Files the run must read beyond those it was given: an index built anew for another field
         * mapping reads again what it held, so that nothing indexed before is lost.
         */
        List<Path> alsoRead();

        /** source → stamp of the files indexed by this same reader: those with the same stamp are not read again. */
        Map<String, String> unchangedIfStamped();

        /** Every source indexed before this run, whoever read it. */
        java.util.Set<String> indexedSources();

        /** Writes one batch; within it an id appears once (the transaction saw to it). */
        void write(List<SourceWrite> batch) throws IOException;

        /** Removes what a file gave (its file is gone from a folder being indexed). */
        void remove(String source) throws IOException;

        /**
         * Makes the run's writes the index. {@code readAll}: the run looked at every file the
         * index holds, so the index counts as read by this run's reader.
         */
        Committed commit(boolean readAll) throws IOException;

        /** Undoes what this run wrote, where the store can (SolrCloud cannot across batches: it says so). */
        void rollback() throws IOException;

        @Override
        void close() throws IOException;
    }
}
