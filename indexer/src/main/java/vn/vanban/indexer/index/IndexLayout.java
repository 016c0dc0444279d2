package vn.vanban.indexer.index;

import java.nio.file.Path;

/** Where the parts of an index live inside its directory. */
public record IndexLayout(Path root) {

    public Path lucene() {
        return root.resolve("lucene");
    }

    public Path graph() {
        return root.resolve("graph.bin");
    }

    /** Where versions before the binary graph format kept the graph (JSON). */
    public Path legacyGraph() {
        return root.resolve("graph.json");
    }

    /**
     * The folder of the documents added through the API ({@code POST /api/documents}), one file
     * each, named by the server from the text's hash. It is indexed like any corpus folder.
     */
    public Path added() {
        return root.resolve("added");
    }
}
