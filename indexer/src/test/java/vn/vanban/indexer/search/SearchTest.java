package vn.vanban.indexer.search;

import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SearchHit;
import vn.vanban.search.Filters;
import vn.vanban.search.SortOrder;
import vn.vanban.search.FacetCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.index.IndexProgress;

/** Search on the seeds: words with and without diacritics, phrases, filters, facets, highlights, order, cursors. */
class SearchTest {

    @TempDir
    static Path dir;
    static FSDirectory directory;
    static LuceneSearchBackend search;

    @BeforeAll
    static void index() throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("i"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of("..", "corpus", "documents")), IndexProgress.SILENT);
        directory = FSDirectory.open(layout.lucene());
        search = new LuceneSearchBackend(directory);
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
        directory.close();
    }

    /**
     * OR separates groups of words, each a query of its own: "vắc xin OR quốc hội" finds what
     * "vắc xin" finds and what "quốc hội" finds, no more (Lucene's simple syntax reads operators
     * left to right, ((vắc xin) | quốc) hội, which is no one's meaning).
     */
    @Test
    void orJoinsGroupsOfWords() throws Exception {
        for (String[] q : new String[][] {{"vắc xin", "quốc hội"}, {"giãn cách", "tiêm chủng"}, {"phong chong dich", "uy ban"},
                {"công điện", "kế hoạch"}}) {
            Set<String> union = new HashSet<>(all(q[0]));
            union.addAll(all(q[1]));
            assertEquals(union, new HashSet<>(all(q[0] + " OR " + q[1])), q[0] + " OR " + q[1]);
        }
        assertFalse(all("vắc xin").isEmpty() || all("quốc hội").isEmpty());
        assertTrue(!all("vắc xin").containsAll(all("quốc hội")) || !all("quốc hội").containsAll(all("vắc xin")),
                "the two groups find different documents");
    }

    private static List<String> all(String q) throws Exception {
        return ids(search.search(new SearchRequest(q, 1, 100)));
    }

    private static SearchResults find(String q) throws Exception {
        return search.search(new SearchRequest(q, 1, 10));
    }

    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aSearchPastItsTimeLimitAnswersPartialResultsInsteadOfRunningOn() throws Exception {
        assertFalse(find("phong chong dich").partial());
        // A clock that has always run out (no timing involved): the search stops at once.
        try (LuceneSearchBackend hurried = new LuceneSearchBackend(directory, SearchTuning.DEFAULT, () -> () -> true)) {
            SearchResults r = hurried.search(new SearchRequest("phong chong dich", 1, 10));
            assertTrue(r.partial());
            assertTrue(r.total() < 5, "stopped before counting every match: " + r.total());
        }
    }

    @Test
    void wordsWithOrWithoutDiacriticsFindTheSameDocuments() throws Exception {
        assertEquals(5, find("phong chong dich").total());
        assertEquals(Set.copyOf(ids(find("phong chong dich"))), Set.copyOf(ids(find("phòng, chống dịch"))));
        assertEquals(Set.copyOf(ids(find("Uỷ ban"))), Set.copyOf(ids(find("ủy ban"))), "old and new tone placement");
    }

    /**
     * On the seeds, "giãn" (giãn cách) is in three documents, and "gian" (thời gian) in two, one of
     * them among the three: typed with its mark a syllable means that syllable, typed without any
     * it means every form.
     */
    @Test
    void aSyllableTypedWithMarksMatchesThatSyllableAlone() throws Exception {
        assertEquals(4, find("gian").total(), "without marks: gian and giãn");
        assertEquals(3, find("giãn").total(), "giãn, not the 'gian' of thời gian");
        assertEquals(1, find("sạn").total(), "sạn, not sản or sẵn");
        assertEquals(4, find("HOÀ").total(), "hòa in either tone placement and any case, not hóa");
        assertEquals(Set.copyOf(ids(find("hòa"))), Set.copyOf(ids(find("HOÀ"))));
        assertEquals(Set.copyOf(ids(find("hoà"))), Set.copyOf(ids(find("hòa"))));
        assertEquals(5, find("hoa").total());
        assertEquals(3, find("giãn cach xa hoi").total(), "marks per syllable: giãn as written, the rest any");
        assertEquals(3, find("\"giãn cach\"").total(), "a phrase mixing marked and unmarked syllables");
        assertEquals(3, find("\"gian cách xã\"").total(), "unmarked, gian is any of its forms, giãn too");
        assertEquals(0, find("\"gián cách\"").total(), "a syllable with other marks is another syllable");
        assertEquals(0, find("\"thời giãn\"").total(), "side by side as typed, not a pair of folded syllables");
        assertEquals(2, find("dịch -giãn").total(), "an exclusion typed with marks excludes that syllable");
        assertEquals(1, find("dịch -gian").total());
    }

    @Test
    void facetsAndHighlightsCountAndMarkOnlyWhatMatched() throws Exception {
        SearchResults r = search.search(new SearchRequest("giãn", Filters.NONE, SortOrder.RELEVANCE, 1, 10, null));
        assertEquals(List.of(new FacetCount("Công văn", 3)), r.facets().get("type"));
        java.util.regex.Pattern mark = java.util.regex.Pattern.compile("<mark>(.*?)</mark>");
        int marks = 0;
        for (SearchHit h : r.hits()) {
            for (String passage : h.highlights()) {
                java.util.regex.Matcher m = mark.matcher(passage);
                while (m.find()) {
                    assertEquals("giãn", m.group(1).toLowerCase(java.util.Locale.ROOT), passage);
                    marks++;
                }
            }
        }
        assertTrue(marks >= 3, "each hit has its mark: " + marks);
    }

    @Test
    void aPhraseFindsExactlyTheDocumentThatHasIt() throws Exception {
        assertEquals(List.of("2763-ubnd-kgvx-2021-dien-bien"), ids(find("\"an toàn mới sản xuất\"")));
        assertEquals(List.of("2763-ubnd-kgvx-2021-dien-bien"), ids(find("\"an toan moi san xuat\"")));
        assertEquals(0, find("\"sản xuất mới an toàn\"").total());
    }

    @Test
    void kyHieuInAnySpellingFindsTheDocumentAndThoseCitingIt() throws Exception {
        for (String q : List.of("1102/cd-ttg", "1102 CĐ TTg", "1102/CĐ-TTg")) {
            assertEquals(List.of("2763-ubnd-kgvx-2021-dien-bien"), ids(find(q)), q);
        }
        assertEquals("3461-ubnd-thnv-2021-tra-vinh", ids(find("86/nq-cp")).get(0));
    }

    @Test
    void exclusionsOrAndFieldsInTheQuery() throws Exception {
        assertEquals(0, find("phong chong dich -covid").total());
        assertEquals(List.of("3461-ubnd-thnv-2021-tra-vinh"), ids(find("phong chong dich province:\"tra vinh\"")));
        assertEquals(2, find("dich tinh:\"Lai Châu\"").total());
        assertEquals(5, find("vắc xin OR quốc hội").total());
        assertEquals(Set.of("2763-ubnd-kgvx-2021-dien-bien", "2641-ubnd-kgvx-2021-dien-bien"),
                Set.copyOf(ids(find("dich from:2021-08-18 to:2021-08-25"))));
    }

    @Test
    void filtersNarrowAndFacetsCountTheMatches() throws Exception {
        SearchResults r = search.search(new SearchRequest("dịch", new Filters(null, null, null, "Điện Biên", null, null),
                SortOrder.RELEVANCE, 1, 10, null));
        assertEquals(Set.of("2763-ubnd-kgvx-2021-dien-bien", "2641-ubnd-kgvx-2021-dien-bien"), Set.copyOf(ids(r)));
        SearchResults all = find("dịch");
        assertEquals(List.of(new FacetCount("Công văn", 5)), all.facets().get("type"));
        assertEquals(3, all.facets().get("province").size());
        assertTrue(all.facets().get("province").contains(new FacetCount("Điện Biên", 2)));
        assertEquals(List.of(new FacetCount("2021", 5)), all.facets().get("year"));
        assertEquals(List.of(new FacetCount("province", 5)), all.facets().get("level"));
        SearchResults may = search.search(new SearchRequest("dịch", new Filters(null, null, "province", null,
                DocDate.ofMonth(2021, 5), DocDate.ofMonth(2021, 5)), SortOrder.RELEVANCE, 1, 10, null));
        assertEquals(Set.of("f-001-794841c1d5532eea", "f-002-afa367f4d10b4d1b"), Set.copyOf(ids(may)));
    }

    @Test
    void highlightsMarkMatchesInTheTextAsWritten() throws Exception {
        SearchHit hit = find("\"an toan moi san xuat\"").hits().get(0);
        assertTrue(hit.highlights().get(0).contains("“<mark>an toàn mới sản xuất</mark>, sản xuất phải an toàn”"),
                hit.highlights().toString());
        SearchHit cd = find("1102/cd-ttg").hits().get(0);
        assertTrue(cd.highlights().get(0).contains("<mark>1102</mark>/<mark>CĐ</mark>-<mark>TTg</mark>"), cd.highlights().toString());
    }

    @Test
    void pagesByCursorCoverEveryHitOnceInBothOrders() throws Exception {
        for (SortOrder order : SortOrder.values()) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                SearchResults r = search.search(new SearchRequest("dịch", Filters.NONE, order, 1, 2, cursor));
                seen.addAll(ids(r));
                cursor = r.nextCursor();
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(5, seen.size(), order + ": " + seen);
            assertEquals(5, new HashSet<>(seen).size(), order + ": " + seen);
        }
        List<String> byDate = ids(search.search(new SearchRequest("dịch", Filters.NONE, SortOrder.DATE, 1, 5, null)));
        assertEquals("2763-ubnd-kgvx-2021-dien-bien", byDate.get(0), "newest first");
        assertNull(search.search(new SearchRequest("dịch", Filters.NONE, SortOrder.DATE, 1, 5, null)).nextCursor());
        assertThrows(IllegalArgumentException.class,
                () -> search.search(new SearchRequest("dịch", Filters.NONE, SortOrder.DATE, 1, 5, "not-a-cursor")));
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest("x", Filters.NONE, SortOrder.DATE, 101, 100, null));
    }

    /**
     * Broken syntax never fails and is read as what it plainly says: operators without words are
     * no query (every document), a dangling operator or an unclosed quote is left out, an unknown
     * field value is searched as words. Each is compared with its well-formed reading, on words
     * that match some documents and not others (giãn: 3 of the 5), so a reading that dropped or
     * invented a word would show.
     */
    @Test
    void malformedSyntaxIsReadAsWhatItPlainlySays() throws Exception {
        Set<String> all = Set.copyOf(ids(find("")));
        assertEquals(5, all.size());
        for (String q : List.of("\"", "\"\"\"", "((", "-", "- -", "|", "*", "~", "+-+", "\\", "/", "  ")) {
            assertEquals(all, Set.copyOf(ids(find(q))), "operators alone: [" + q + "]");
        }
        Set<String> gian = Set.copyOf(ids(find("giãn")));
        assertEquals(3, gian.size());
        for (String q : List.of("giãn ((", "giãn -", "giãn |", "| giãn", "\"giãn", "giãn\"", "giãn +-+", "\\ giãn",
                "year:abc giãn", "from:notadate giãn")) {
            Set<String> got = Set.copyOf(ids(find(q)));
            assertEquals(q.contains(":") ? Set.of() : gian, got, "[" + q + "] as 'giãn'" + (q.contains(":") ? " and a word that is nowhere" : ""));
        }
        assertEquals(Set.copyOf(ids(find("giãn | 1102"))), Set.copyOf(ids(find("giãn | | 1102"))), "a doubled |");
        assertTrue(find("giãn | 1102").total() > 3, "| is an OR");
        assertEquals(ids(find("1102")), ids(find("1102/")), "a ký hiệu cut short is its number");
        assertEquals(ids(find("CĐ TTg")), ids(find("/CĐ-TTg")));
        assertEquals(Set.copyOf(ids(find("\"giãn cách\""))), Set.copyOf(ids(find("\"giãn cách"))), "an unclosed quote: the words");
    }
}
