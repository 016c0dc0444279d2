package vn.vanban.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import vn.vanban.search.index.IndexProgress;

/** Indexing progress on stderr: a line at most every second, and every failure on its own line. */
final class ConsoleProgress implements IndexProgress {

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private volatile long lastPrint;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int total) {
        err.printf("vanban index: %d files to look at%n", total);
        err.flush();
    }

    @Override
    public synchronized void fileDone(int done, int total) {
        long now = System.nanoTime();
        if (done == total || now - lastPrint > 1_000_000_000L) {
            lastPrint = now;
            double secs = Math.max(1e-3, (now - started) / 1e9);
            err.printf("vanban index: %d/%d files (%.0f files/s)%n", done, total, done / secs);
            err.flush();
        }
    }

    @Override
    public synchronized void failed(Path file, String reason) {
        err.printf("vanban index: skipped %s: %s%n", file, reason);
        err.flush();
    }

    @Override
    public synchronized void removed(Path file) {
        err.printf("vanban index: removed %s: the file is gone%n", file);
        err.flush();
    }

    @Override
    public synchronized void problem(String message) {
        err.printf("vanban index: %s%n", message);
        err.flush();
    }

    @Override
    public synchronized void duplicate(String id, String earlier, String later) {
        err.printf("vanban index: %s and %s give the same document (%s); the index keeps %s%n", earlier, later, id, later);
        err.flush();
    }

    @Override
    public synchronized void committing() {
        err.printf("vanban index: committing (until it is done, the last commit stays the index)%n");
        err.flush();
    }

    @Override
    public synchronized void storingGraph() {
        err.printf("vanban index: committed; storing the citation graph%n");
        err.flush();
    }
}
