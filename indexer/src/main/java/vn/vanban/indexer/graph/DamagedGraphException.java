package vn.vanban.indexer.graph;

import java.io.IOException;
import java.nio.file.Path;

/** A stored graph of this format and commit that cannot be read: named, with what went wrong, and what to do. */
public final class DamagedGraphException extends IOException {

    private final Path file;

    public DamagedGraphException(Path file, Throwable cause) {
        super(file + ": the stored citation graph is damaged (" + cause + "); `vanban index` rebuilds it from the index",
                cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
