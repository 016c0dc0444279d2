package vn.vanban.search.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Province × implemented document: for an order and the central documents in its cascade (86/NQ-CP
 * under 30/2021/QH15), the first date on which a document of each province implements each, at
 * any depth. Rows are the provinces of the order's date (63 or 34).
 */
public final class ProvinceMatrix {

    public record Matrix(List<DocNode> columns, List<String> provinces, List<List<DocDate>> cells) {}

    private final CitationLinks graph;
    private final Vocabulary vocabulary;

    public ProvinceMatrix(CitationLinks graph, Vocabulary vocabulary) {
        this.graph = graph;
        this.vocabulary = vocabulary;
    }

    public Matrix matrix(String root) {
        DocNode r = graph.node(root).orElseThrow(() -> new IllegalArgumentException("no document " + root));
        List<DocNode> columns = new ArrayList<>(List.of(r));
        ImplementersQuery implementers = new ImplementersQuery(graph);
        List<Implementer> below = implementers.implementers(root, 0);
        // Central documents (or of no province) in the cascade that others cite are columns too.
        List<DocNode> central = below.stream().map(Implementer::document)
                .filter(n -> n.level() == Level.CENTRAL || n.province() == null).toList();
        Map<String, List<Link>> cited = graph.incoming(central.stream().map(DocNode::id).toList());
        for (DocNode n : central) {
            if (!cited.getOrDefault(n.id(), List.of()).isEmpty()) {
                columns.add(n);
            }
        }
        CoverageQuery.Coverage coverage = new CoverageQuery(graph, vocabulary).coverage(root);
        List<String> provinces = coverage.provinces().stream().map(CoverageQuery.ProvinceCoverage::province).toList();
        java.time.LocalDate day = r.date() == null ? null : r.date().earliest();
        List<List<DocDate>> cells = new ArrayList<>();
        Map<String, Integer> row = new LinkedHashMap<>();
        for (String p : provinces) {
            row.put(p, cells.size());
            List<DocDate> empty = new ArrayList<>();
            columns.forEach(c -> empty.add(null));
            cells.add(empty);
        }
        for (int c = 0; c < columns.size(); c++) {
            for (Implementer i : implementers.implementers(columns.get(c).id(), 0)) {
                DocNode n = i.document();
                Province p = n.province() == null ? null : vocabulary.province(n.province());
                Integer at = p == null ? null : row.get(vocabulary.provinceLists().keyAt(p, day));
                if (at == null || n.date() == null) {
                    continue;
                }
                DocDate current = cells.get(at).get(c);
                if (current == null || n.date().compareTo(current) < 0) {
                    cells.get(at).set(c, n.date());
                }
            }
        }
        return new Matrix(columns, provinces, cells);
    }
}
