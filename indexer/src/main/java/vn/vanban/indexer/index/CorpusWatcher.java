package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexRun;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps an index up to date with folders while it runs: waits for files to be created, changed or
 * removed under the roots, lets a burst of changes settle (a copy of many files, a file written in
 * pieces), then runs the incremental indexer once for all of them. The indexer itself decides
 * what changed, so a missed or doubled event costs at most one run that finds nothing new.
 */
public final class CorpusWatcher implements AutoCloseable {

    /** Told after each run the watcher makes. */
    public interface Listener {
        void indexed(IndexRun run);

        /** A run that failed as a whole (nothing was committed; the last good index stays). */
        default void runFailed(Exception e) {}
    }

    private final List<Path> roots;
    private final Duration settle;
    private final WatchService watcher;
    private final Set<Path> watched = new HashSet<>();

    /** Starts watching now, so that nothing changed after this returns is missed. */
    public CorpusWatcher(List<Path> roots, Duration settle) throws IOException {
        this.roots = List.copyOf(roots);
        this.settle = settle;
        this.watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            register(Files.isDirectory(root) ? root : root.toAbsolutePath().getParent());
        }
    }

    /**
     * Runs {@code index} after each settled burst of changes, until the thread is interrupted or
     * the watcher closed.
     */
    public void watch(IndexOnce index, Listener listener) throws IOException {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey first = watcher.take();
                drain(first);
                // Wait until no event has come for the settle time.
                WatchKey next;
                while ((next = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next);
                }
                try {
                    listener.indexed(index.run(roots));
                } catch (IOException | RuntimeException e) {
                    listener.runFailed(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop
        }
    }

    /** One incremental indexing run over the roots. */
    @FunctionalInterface
    public interface IndexOnce {
        IndexRun run(List<Path> roots) throws IOException;
    }

    private void drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    register(created); // a new folder, and whatever was already copied into it
                }
            }
        }
        if (!key.reset()) {
            watched.remove(dir);
        }
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                if (watched.add(d)) {
                    d.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
