package vn.vanban.indexer.index;

import java.util.List;

/**
 * What an indexing run did: files looked at, read and (re)indexed, skipped as unchanged, failed
 * (each with its message), and how many documents the index holds after it.
 */
public record IndexRun(int files, int indexed, int unchanged, List<String> failures, long documents,
        long graphNodes, long graphEdges, long millis) {

    public boolean anyFailed() {
        return !failures.isEmpty();
    }
}
