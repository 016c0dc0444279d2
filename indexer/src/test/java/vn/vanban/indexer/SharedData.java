package vn.vanban.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The quality tests' data outside the repository (../shared: labelled texts, ALQAC). Where it is
 * absent a test is skipped, saying so; under CI (the environment variable CI=true) it fails
 * instead: a quality figure that CI never measures is not pinned.
 */
public final class SharedData {

    private SharedData() {}

    /** Returns {@code path} if it exists; skips the test, or fails it under CI, if not. */
    public static Path require(Path path) {
        if (Files.exists(path)) {
            return path;
        }
        String where = path.toAbsolutePath().normalize().toString();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true and " + where + " is not there: the quality tests need ../shared beside the clone");
        }
        Assumptions.abort("skipped: " + where + " not found (not in the repository; under CI=true this fails)");
        return path;
    }
}
