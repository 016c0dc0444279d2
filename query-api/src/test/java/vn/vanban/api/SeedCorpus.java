package vn.vanban.api;

import java.nio.file.Path;

/** The bundled seed documents, as seen from this module's folder (where Maven runs its tests). */
final class SeedCorpus {

    private SeedCorpus() {}

    static Path documents() {
        return Path.of("..", "corpus", "documents").toAbsolutePath().normalize();
    }
}
