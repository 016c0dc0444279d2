package vn.vanban.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.read.UnreadableDocumentException;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.DocNode;
import vn.vanban.indexer.graph.GraphBuilder;

/**
 * Measures the resolution of yearless ký hiệu (yearless-labels.jsonl): the graph of the Bình
 * Dương listing is built, and for each labelled citation the year of the document its edge
 * reaches is compared with the year labelled. Split by whether the text gives the date (then the
 * year is read, not resolved) and by the citing year's parity, as the relation figures are.
 */
public final class YearlessEval {

    private static final Pattern YEAR_IN_ID = Pattern.compile("-(\\d{4})(?:-|$)");

    public record Report(Map<String, Object> figures, List<String> misses) {}

    public static Report run(Path labels, Path csv, DocumentReader reader, Vocabulary vocabulary) throws IOException {
        List<ReadDocument> rows;
        try {
            rows = reader.readAll(csv, new ReadOptions("Ủy ban nhân dân tỉnh Bình Dương")).documents();
        } catch (UnreadableDocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        DocumentIds ids = new DocumentIds(vocabulary);
        GraphBuilder builder = new GraphBuilder(vocabulary, 1);
        Map<Integer, String> idByRow = new HashMap<>();
        for (ReadDocument r : rows) {
            OfficialDocument d = r.document();
            String id = ids.forDocument(d);
            builder.add(id, d);
            idByRow.put(d.row(), id);
        }
        CitationGraph g = builder.build();
        ObjectMapper json = Json.mapper();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode l = json.readTree(line);
            int row = l.get("row").asInt();
            NumberSymbol ns = NumberSymbol.parse(l.get("numberSymbol").asText());
            int year = l.get("year").asInt();
            boolean dated = l.hasNonNull("dateInText");
            int citingYear = Integer.parseInt(l.get("citingDate").asText().substring(0, 4));
            String half = citingYear % 2 == 0 ? "Dev" : "HeldOut";
            String id = idByRow.get(row);
            Object got = null;
            boolean right = false;
            if (id != null && ns != null) {
                for (CitationEdge e : g.outgoingEdges(id)) {
                    DocNode n = g.node(g.target(e)).orElseThrow();
                    if (!e.stated() && ns.key().equals(n.key())) {
                        Integer y = n.date() != null ? Integer.valueOf(n.date().year()) : null;
                        if (y == null && vocabulary.numberingPeriods().byTerm(ns.parts())) {
                            // A party document known by its term only: right when the labelled one is of that term.
                            java.time.LocalDate meant = l.hasNonNull("date") ? java.time.LocalDate.parse(l.get("date").asText())
                                    : java.time.LocalDate.of(year, 7, 1);
                            String slug = vocabulary.numberingPeriods().periodOf(ns.parts(), meant).slug();
                            got = n.id();
                            right = n.id().contains("-" + slug);
                        } else {
                            got = y != null ? y : yearOf(n);
                            right = got != null && got.equals(year);
                        }
                        break;
                    }
                }
            }
            for (String k : List.of("all", dated ? "dated" : "undated", (dated ? "dated" : "undated") + half, "all" + half)) {
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
            }
            if (!right) {
                misses.add("binhduong row " + row + ": " + l.get("numberSymbol").asText() + " resolved to "
                        + (got == null ? "nothing" : got) + ", labelled " + year);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        counts.forEach((k, c) -> figures.put(k, Map.of("citations", c[1], "accuracy", Math.round(c[0] * 1000.0 / c[1]) / 1000.0)));
        return new Report(figures, misses);
    }

    private static Integer yearOf(DocNode n) {
        if (n.date() != null) {
            return n.date().year();
        }
        Matcher m = YEAR_IN_ID.matcher(n.id());
        Integer last = null;
        while (m.find()) {
            last = Integer.valueOf(m.group(1));
        }
        return last;
    }

    private YearlessEval() {}
}
