package vn.vanban.search.index;

import java.util.List;

/**
 * What an indexing run did: files looked at, read, skipped as unchanged, failed (each with its
 * message); documents (re)indexed from the files read (a metadata file gives many); problems met
 * in files that were read (a row without a date); files removed (indexed before, gone now from a
 * folder being indexed: their documents are removed); and how many documents the index holds after it.
 */
public record IndexRun(int files, int filesRead, int indexed, int unchanged, int removed, List<String> failures, int problems,
        long documents, long graphNodes, long graphEdges, long millis) {

    public boolean anyFailed() {
        return !failures.isEmpty();
    }
}
