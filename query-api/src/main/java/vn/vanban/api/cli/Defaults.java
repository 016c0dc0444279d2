package vn.vanban.api.cli;

import java.nio.file.Path;

/**
 * Default locations, inside the project: the bundled corpus (corpus/documents) and the index
 * (data/index, git-ignored). The launcher passes the project's root as -Dvanban.home; without it
 * the current directory is taken as the root.
 */
final class Defaults {

    private Defaults() {}

    static Path home() {
        return Path.of(System.getProperty("vanban.home", ".")).toAbsolutePath().normalize();
    }

    static Path corpus() {
        return home().resolve("corpus").resolve("documents");
    }

    static Path index() {
        return home().resolve("data").resolve("index");
    }
}
