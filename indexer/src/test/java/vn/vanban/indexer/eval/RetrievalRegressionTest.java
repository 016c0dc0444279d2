package vn.vanban.indexer.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins search quality on ALQAC 2022 (../shared/eval/alqac2022, not in the repository; skipped,
 * and saying so, where it is absent): MRR@10 ≥ 0.88 as written, and without diacritics ≥ 0.95
 * times that.
 */
class RetrievalRegressionTest {

    private static final Path SET = Path.of("..", "..", "shared", "eval", "alqac2022");

    @Test
    void alqacQualityHolds() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SET.resolve("law.json")),
                () -> "skipped: " + SET.toAbsolutePath().normalize() + " not found");
        RetrievalEval.Report r = new RetrievalEval().run(SET.resolve("law.json"), SET.resolve("question.json"));
        assertTrue(r.accented().mrr10() >= 0.88, () -> "as written: " + r.asMap());
        assertTrue(r.unaccented().mrr10() >= 0.95 * r.accented().mrr10(), () -> "without diacritics: " + r.asMap());
    }
}
