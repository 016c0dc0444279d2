package vn.vanban.search.index;

import java.nio.file.Path;

/** What an indexing run reports as it goes. */
public interface IndexProgress {

    /** Found {@code total} files to look at. */
    default void started(int total) {}

    /** One more file done (read, skipped as unchanged, or failed). */
    default void fileDone(int done, int total) {}

    /** A file that could not be read: one line, naming the file and why. */
    default void failed(Path file, String reason) {}

    /** A file indexed before is gone: its documents are removed. */
    default void removed(Path file) {}

    /** A problem in a file that was read all the same (a row kept without its date). */
    default void problem(String message) {}

    /** Two sources gave the same document id; the index keeps the later one. */
    default void duplicate(String id, String earlier, String later) {}

    /** Every file is read and written: the run commits now (until then, the last commit is the index). */
    default void committing() {}

    /** The index is committed; its citation graph is stored now (a stale graph is rebuilt on opening). */
    default void storingGraph() {}

    IndexProgress SILENT = new IndexProgress() {};
}
