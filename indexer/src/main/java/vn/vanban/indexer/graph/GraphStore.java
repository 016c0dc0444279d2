package vn.vanban.indexer.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The graph on disk beside the Lucene index, tagged with the index commit it was built from.
 * Written to a temporary file and moved into place atomically, so a crash leaves the old file or
 * the new one, never half of one; a file whose generation is not the index's is stale and is
 * rebuilt from the index.
 *
 * <p>In the layout of {@link GraphFile}, read in place ({@link MappedGraph}): {@code serve} maps
 * it rather than parsing it. At a million documents format 5 (objects read from a stream into
 * JGraphT and hash maps) took 5 s and 600 MB of heap before the first graph answer. Files of the
 * formats before are read once by {@link LegacyGraphFiles}.
 */
public final class GraphStore {

    private final Path file;

    public GraphStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void write(CitationGraph g) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        GraphFileWriter.write(g, tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The stored graph, mapped, if it was built from this index generation; empty when there is
     * none, or it is of another format or commit.
     *
     * @throws DamagedGraphException when the file is of this format and commit but cannot be read
     */
    public Optional<MappedGraph> open(long generation) throws IOException {
        return Files.exists(file) ? MappedGraph.open(file, generation) : Optional.empty();
    }

    /** As {@link #open}, copied into memory: a graph to update (an index run over some of the documents). */
    public Optional<CitationGraph> read(long generation) throws IOException {
        return open(generation).map(m -> CitationGraph.copyOf(m, generation));
    }

    /**
     * A graph stored by an older version in this file ({@code graph.bin} of format 5) or in the JSON
     * file beside it, of this generation, stored again in the current format; the JSON file goes.
     */
    public Optional<MappedGraph> upgrade(Path legacyJson, long generation) throws IOException {
        Optional<CitationGraph> old = Files.exists(file) ? LegacyGraphFiles.readFormat5(file, generation) : Optional.empty();
        if (old.isEmpty()) {
            old = LegacyGraphFiles.readJson(legacyJson, generation);
        }
        if (old.isEmpty()) {
            return Optional.empty();
        }
        write(old.get());
        Files.deleteIfExists(legacyJson);
        return open(generation);
    }
}
