package vn.vanban.indexer.index;

import java.nio.file.Path;

/** Where the parts of an index live inside its directory. */
public record IndexLayout(Path root) {

    public Path lucene() {
        return root.resolve("lucene");
    }

    public Path graph() {
        return root.resolve("graph.json");
    }
}
