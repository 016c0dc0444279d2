package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.text.ToneMarks;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.search.Filters;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SortOrder;
import vn.vanban.search.StoredDocument;

/**
 * The same answers from SolrCloud as from embedded Lucene, on the seeds: the seeds indexed
 * embedded, their readings written to a three-node cluster (two shards), then each query of a set
 * (words with and without marks, phrases, exclusions, OR, field:value filters, dates, ký hiệu)
 * has the same total, the same documents on its first page and the same facets in both (the
 * order and the scores are the same too, to a part in ten thousand: the collection's statistics,
 * not each shard's, and each word on the field with embedded's statistics). A syllable
 * typed with marks marks that syllable alone in the snippets, a prefix word ("ph*") stands for the
 * same commonest terms, and a document's text is the text as read.
 */
class SearchParityTest {

    private static final List<String> QUERIES = List.of("", "phong chong dich", "phòng, chống dịch", "dịch", "giãn", "gian",
            "sạn", "HOÀ", "hoa", "giãn cach xa hoi", "\"giãn cách\"", "\"gián cách\"", "\"an toàn mới sản xuất\"",
            "\"an toan moi san xuat\"", "\"sản xuất mới an toàn\"", "1102/cd-ttg", "1102 CĐ TTg", "86/nq-cp", "dich -covid",
            "dịch -giãn", "dịch -gian", "phong chong dich province:\"tra vinh\"", "dich tinh:\"Lai Châu\"", "vắc xin OR quốc hội",
            "dich from:2021-08-18 to:2021-08-25", "dich type:\"Công văn\"", "năm 2021 tăng cường công tác phòng chống dịch covid",
            // Prefix words: at most 50 terms each, the commonest, scored 1 (c* has more than 50 in the seeds).
            "ph*", "c* dịch", "phò*", "dịch -gi*", "zzq*");

    @Test
    void solrAnswersTheSeedsAsEmbeddedDoes(@TempDir Path dir) throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("index"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of("..", "corpus", "documents")), IndexProgress.SILENT);
        try (FSDirectory d = FSDirectory.open(layout.lucene());
                LuceneSearchBackend embedded = new LuceneSearchBackend(d);
                LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrSearchBackend solr = new SolrSearchBackend(new SolrConnection(cluster.target()), 5_000)) {
            SolrConnection writer = new SolrConnection(cluster.target());
            for (var hit : embedded.search(new SearchRequest("", 1, 100)).hits()) {
                StoredDocument s = embedded.document(hit.id()).orElseThrow();
                writer.client().add(SolrDocuments.of(s.id(), new ReadDocument(s.source(), s.text(), s.reading()), s.source(), "0"));
            }
            writer.client().commit();
            writer.close();
            assertEquals(embedded.documentCount(), solr.documentCount());

            Map<String, String> differ = new LinkedHashMap<>();
            for (String q : QUERIES) {
                String e = answer(embedded, q);
                String s = answer(solr, q);
                if (!e.equals(s)) {
                    differ.put(q, "embedded " + e + " / solr " + s);
                }
            }
            assertEquals(Map.of(), differ);

            // A prefix stands for the same terms in both, tie-breaks included (c has 131 forms in the seeds).
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(
                    org.apache.lucene.index.DirectoryReader.open(d));
            for (String prefix : List.of("c", "ph", "phò", "gi", "zzq")) {
                SolrQueries.Expansion ex = solr.expansions(Set.of(prefix)).get(prefix);
                assertEquals(embeddedTerms(searcher, vn.vanban.indexer.schema.Fields.TEXT_FOLDED, prefix), new TreeSet<>(ex.forms()), "text, " + prefix);
                assertEquals(embeddedTerms(searcher, vn.vanban.indexer.schema.Fields.SUBJECT_FOLDED, prefix), new TreeSet<>(ex.subject()), "subject, " + prefix);
                assertEquals(embeddedTerms(searcher, vn.vanban.indexer.schema.Fields.TEXT, prefix), new TreeSet<>(ex.exact()), "as written, " + prefix);
            }
            assertEquals(50, solr.expansions(Set.of("c")).get("c").forms().size());
            searcher.getIndexReader().close();

            // The same order and scores: each word is scored with the statistics embedded scores it with.
            for (String q : QUERIES) {
                var e = embedded.search(new SearchRequest(q, 1, 10)).hits();
                var s = solr.search(new SearchRequest(q, 1, 10)).hits();
                assertEquals(e.stream().map(h -> h.id()).toList(), s.stream().map(h -> h.id()).toList(), q);
                for (int i = 0; i < e.size(); i++) {
                    assertEquals(e.get(i).score(), s.get(i).score(), e.get(i).score() * 1e-4, q + ": " + e.get(i).id());
                }
            }

            // The document's text is the text as read (the indexed copy has its tone marks moved).
            for (var hit : embedded.search(new SearchRequest("", 1, 100)).hits()) {
                assertEquals(embedded.document(hit.id()).orElseThrow().text(), solr.document(hit.id()).orElseThrow().text(), hit.id());
            }
            // A syllable typed with marks marks that syllable in the snippets, not its look-alikes.
            Map<String, List<String>> wrongMarks = new LinkedHashMap<>();
            for (String q : QUERIES) {
                List<String> wrong = wrongMarks(solr, q);
                if (!wrong.isEmpty()) {
                    wrongMarks.put(q, wrong);
                }
                assertEquals(List.of(), wrongMarks(embedded, q), "embedded, " + q);
            }
            assertEquals(Map.of(), wrongMarks);
        }
    }

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    /** The marked words of the first page's snippets that fold to a word typed with marks but are not that word. */
    private static List<String> wrongMarks(SearchBackend b, String q) throws Exception {
        String words = q.replaceAll("\\p{L}+:(\"[^\"]*\"|\\S+)", " ").replace("-", " ");
        Map<String, String> typed = new HashMap<>(); // folded → as typed, for the words with marks
        Set<String> unmarked = new HashSet<>();
        for (String w : words.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            String n = ToneMarks.normalize(w).toLowerCase(Locale.ROOT);
            if (VietnameseText.fold(n).equals(n)) {
                unmarked.add(n);
            } else {
                typed.put(VietnameseText.fold(n), n);
            }
        }
        typed.keySet().removeAll(unmarked);
        List<String> wrong = new ArrayList<>();
        for (var hit : b.search(new SearchRequest(q, 1, 10)).hits()) {
            for (String passage : hit.highlights()) {
                Matcher m = MARKED.matcher(passage);
                while (m.find()) {
                    for (String w : m.group(1).split("[^\\p{L}\\p{M}\\p{N}]+")) {
                        String n = ToneMarks.normalize(w).toLowerCase(Locale.ROOT);
                        String want = typed.get(VietnameseText.fold(n));
                        if (want != null && !want.equals(n)) {
                            wrong.add(hit.id() + ": " + w);
                        }
                    }
                }
            }
        }
        return wrong;
    }

    /** Total, the first page's ids (as a set) and the facets, as one string to compare. */
    /** The terms embedded's bounded prefix rewrites to. */
    private static Set<String> embeddedTerms(org.apache.lucene.search.IndexSearcher searcher, String field, String prefix) throws Exception {
        org.apache.lucene.search.Query q = vn.vanban.indexer.search.BoundedExpansion.INSTANCE.rewrite(searcher,
                new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term(field, prefix)));
        Set<String> out = new TreeSet<>();
        if (q instanceof org.apache.lucene.search.ConstantScoreQuery c) {
            var it = ((org.apache.lucene.search.TermInSetQuery) c.getQuery()).getBytesRefIterator();
            for (var t = it.next(); t != null; t = it.next()) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    private static String answer(SearchBackend b, String q) throws Exception {
        SearchResults r = b.search(new SearchRequest(q, Filters.NONE, SortOrder.RELEVANCE, 1, 10, null, true));
        Set<String> ids = new TreeSet<>();
        r.hits().forEach(h -> ids.add(h.id()));
        List<String> facets = new ArrayList<>();
        r.facets().forEach((dim, values) -> facets.add(dim + "=" + new TreeSet<>(values.stream().map(v -> v.value() + ":" + v.count()).toList())));
        return r.total() + " " + ids + " " + facets;
    }
}
