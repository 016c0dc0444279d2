package vn.vanban.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.SharedData;
import vn.vanban.corpus.model.Deadline;
import vn.vanban.corpus.read.DocumentReader;

/**
 * Deadlines read against hand labels (eval/deadline-labels.jsonl: 40 tvpl documents that have a
 * word of time limit, labelled by helpers who saw no rule; set "dev" for looking at misses, set
 * "test" only measured). A deadline found is right when the labels of its document have one of
 * the same date (a day, or a month for "trong tháng 10/2021", a quarter's last month, a year's
 * December); each label is matched once. Figures are printed; the floors pin them.
 */
class DeadlineRegressionTest {

    private static final Path SHARED = Path.of("..", "..", "shared", "corpus");
    private static final Path LABELS = Path.of("eval", "deadline-labels.jsonl");

    @Test
    void deadlinesOnLabelledDocumentsHold() throws Exception {
        SharedData.require(SHARED.resolve("tvpl"));
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, List<String>>> bySet = new LinkedHashMap<>(); // set → file → dates
        for (String line : Files.readAllLines(LABELS)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<String> dates = bySet.computeIfAbsent(n.get("set").asText(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(n.get("file").asText(), f -> new ArrayList<>());
            if (!n.get("date").isNull()) {
                dates.add(n.get("date").asText());
            }
        }
        DocumentReader reader = new DocumentReader();
        Map<String, double[]> figures = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        for (var set : bySet.entrySet()) {
            int found = 0, right = 0, labelled = 0;
            for (var file : set.getValue().entrySet()) {
                List<Deadline> got = reader.read(SHARED.resolve(file.getKey())).document().deadlines();
                Map<String, Integer> want = new HashMap<>();
                file.getValue().forEach(d -> want.merge(d, 1, Integer::sum));
                labelled += file.getValue().size();
                found += got.size();
                for (Deadline d : got) {
                    String date = d.date() == null ? "after " + d.after().words() : d.date().toString();
                    if (want.getOrDefault(date, 0) > 0) {
                        want.merge(date, -1, Integer::sum);
                        right++;
                    } else {
                        misses.append(set.getKey()).append(" extra ").append(file.getKey()).append(' ').append(date)
                                .append(" «").append(d.due()).append("» ").append(d.sentence()).append('\n');
                    }
                }
                want.forEach((date, left) -> {
                    for (int i = 0; i < left; i++) {
                        misses.append(set.getKey()).append(" missed ").append(file.getKey()).append(' ').append(date).append('\n');
                    }
                });
            }
            figures.put(set.getKey(), new double[] {found == 0 ? 1 : (double) right / found, labelled == 0 ? 1 : (double) right / labelled, found, labelled});
        }
        StringBuilder report = new StringBuilder();
        figures.forEach((set, f) -> report.append(String.format("%s: precision %.3f, recall %.3f (%d found, %d labelled)%n",
                set, f[0], f[1], (int) f[2], (int) f[3])));
        System.out.print("DeadlineRegressionTest\n" + report + misses);
        double[] test = figures.get("test");
        assertTrue(test[0] >= PRECISION && test[1] >= RECALL, report + "\n" + misses);
    }

    // Pinned a little under the figures measured on the test set (docs in the README).
    private static final double PRECISION = 0.80;
    private static final double RECALL = 0.80;
}
