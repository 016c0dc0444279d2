package vn.vanban.indexer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.index.DocumentMapper;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.search.SearchHit;
import vn.vanban.search.SearchRequest;

/**
 * Retrieval quality on an ALQAC-style set: every article of every law is a document (its first
 * line the title, indexed as the trích yếu), every question a query run through the product's
 * own search, as written and again typed without diacritics. Reports R@1, R@5, R@10 and MRR@10.
 * Reads both question formats: {@code text} + {@code relevant_articles}, and {@code statement} +
 * {@code legal_passages} (each {@code law_id}, {@code article_id}).
 */
public final class RetrievalEval {

    private record Question(String id, String text, Set<String> relevant) {}

    /** Figures for one way of typing the questions. */
    public record Scores(double r1, double r5, double r10, double mrr10) {
        Map<String, Double> asMap() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("R@1", round(r1));
            m.put("R@5", round(r5));
            m.put("R@10", round(r10));
            m.put("MRR@10", round(mrr10));
            return m;
        }
    }

    public record Report(int questions, int documents, Scores accented, Scores unaccented) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("questions", questions);
            m.put("accented", accented.asMap());
            m.put("unaccented", unaccented.asMap());
            return m;
        }
    }

    public Report run(Path laws, Path questions) throws IOException {
        List<Question> qs = questions(Json.mapper().readTree(questions.toFile()));
        try (Directory dir = new ByteBuffersDirectory()) {
            int docs = index(Json.mapper().readTree(laws.toFile()), dir);
            try (LuceneSearchBackend search = new LuceneSearchBackend(dir)) {
                Scores accented = score(search, qs, false);
                Scores unaccented = score(search, qs, true);
                return new Report(qs.size(), docs, accented, unaccented);
            }
        }
    }

    private static int index(JsonNode laws, Directory dir) throws IOException {
        int n = 0;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            for (JsonNode law : laws) {
                String lawId = law.get("id").asText();
                for (JsonNode article : law.get("articles")) {
                    String id = lawId + "#" + article.get("id").asText();
                    String text = VietnameseText.nfc(article.get("text").asText());
                    int nl = text.indexOf('\n');
                    String title = nl < 0 ? text : text.substring(0, nl).trim();
                    OfficialDocument d = new OfficialDocument(lawId, null, "Điều", null, null, null, null, null, null, null,
                            null, null, title, List.of(), null, List.of(), List.of(), List.of());
                    w.addDocument(DocumentMapper.toLucene(id, new ReadDocument(id, text, d), id, ""));
                    n++;
                }
            }
        }
        return n;
    }

    private static List<Question> questions(JsonNode root) {
        List<Question> out = new ArrayList<>();
        JsonNode items = root.isArray() ? root : root.path("items");
        for (JsonNode q : items) {
            String text = q.has("text") ? q.get("text").asText() : q.path("statement").asText();
            JsonNode rel = q.has("relevant_articles") ? q.get("relevant_articles") : q.path("legal_passages");
            Set<String> relevant = new HashSet<>();
            for (JsonNode r : rel) {
                relevant.add(r.get("law_id").asText() + "#" + r.get("article_id").asText());
            }
            out.add(new Question(q.path("id").asText(q.path("question_id").asText()), VietnameseText.nfc(text), relevant));
        }
        return out;
    }

    private static Scores score(LuceneSearchBackend search, List<Question> qs, boolean unaccented) throws IOException {
        double r1 = 0;
        double r5 = 0;
        double r10 = 0;
        double mrr = 0;
        for (Question q : qs) {
            String query = unaccented ? VietnameseText.fold(q.text()) : q.text();
            List<SearchHit> hits = search.search(new SearchRequest(query, 1, 10)).hits();
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (q.relevant().contains(hits.get(i).id())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                r1 += rank == 1 ? 1 : 0;
                r5 += rank <= 5 ? 1 : 0;
                r10 += 1;
                mrr += 1.0 / rank;
            }
        }
        int n = Math.max(1, qs.size());
        return new Scores(r1 / n, r5 / n, r10 / n, mrr / n);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
