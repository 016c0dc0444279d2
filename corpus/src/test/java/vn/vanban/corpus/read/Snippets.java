package vn.vanban.corpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of a snippet table (tab-separated, '#' comments): its cells, with the line they stand on. */
final class Snippets {

    record Row(int line, String[] cells) {}

    private Snippets() {}

    static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Snippets.class.getResourceAsStream(resource)) {
            int line = 0;
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line++;
                if (!row.isBlank() && !row.startsWith("#")) {
                    rows.add(new Row(line, row.split("\t")));
                }
            }
        }
        return rows;
    }
}
