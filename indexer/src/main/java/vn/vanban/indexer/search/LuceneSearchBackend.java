package vn.vanban.indexer.search;

import vn.vanban.search.QuerySyntax;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SearchHit;
import vn.vanban.search.Filters;
import vn.vanban.search.SortOrder;
import vn.vanban.search.FacetCount;
import vn.vanban.search.StoredDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.index.DocumentMapper;
import vn.vanban.indexer.schema.FacetFields;
import vn.vanban.indexer.schema.Fields;

/**
 * {@link SearchBackend} over an embedded Lucene index: BM25 (QueryBuilder), filters on keyword
 * fields and the date, sorted-set facets, the unified highlighter on the stored text, and
 * search-after cursors; searchers come from a SearcherManager.
 */
public final class LuceneSearchBackend implements SearchBackend {

    private static final List<String> FACETS = List.of(Fields.FACET_TYPE, Fields.FACET_PROVINCE, Fields.FACET_ISSUER,
            Fields.FACET_YEAR, Fields.FACET_LEVEL);
    private static final int FACET_VALUES = 20;
    private static final String PASSAGE_BREAK = "\u0001";

    private final SearcherManager searchers;
    private final QueryBuilder queries;
    /** Facet ordinals of the reader last searched (rebuilt when the index changes). */
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    /**
     * A search that takes longer stops and answers with what it found so far, marked partial (a
     * pathological query must not hold a server thread). System property vanban.search.timeout.ms.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(Long.getLong("vanban.search.timeout.ms", 2_000));

    private final Supplier<QueryTimeout> timeouts;
    private final long generation;

    /** The generation of the commit searched (the reader's: this backend does not refresh). */
    public long generation() {
        return generation;
    }

    public LuceneSearchBackend(Directory directory) throws IOException {
        this(directory, SearchTuning.DEFAULT);
    }

    public LuceneSearchBackend(Directory directory, SearchTuning tuning) throws IOException {
        this(directory, tuning, () -> new QueryTimeoutImpl(DEFAULT_TIMEOUT.toMillis()));
    }

    /** With the time limit of each search made by {@code timeouts} (one per search: it starts the clock). */
    public LuceneSearchBackend(Directory directory, SearchTuning tuning, Supplier<QueryTimeout> timeouts) throws IOException {
        this(DirectoryReader.open(directory), tuning, timeouts);
    }

    /**
     * Searches the commit of {@code reader}, which it takes over (closes it when closed): whoever
     * opened it can load what else belongs to that commit (its graph) from the same reader.
     */
    public LuceneSearchBackend(DirectoryReader reader) throws IOException {
        this(reader, SearchTuning.DEFAULT, () -> new QueryTimeoutImpl(DEFAULT_TIMEOUT.toMillis()));
    }

    private LuceneSearchBackend(DirectoryReader reader, SearchTuning tuning, Supplier<QueryTimeout> timeouts) throws IOException {
        this.timeouts = timeouts;
        this.queries = new QueryBuilder(tuning);
        this.generation = reader.getIndexCommit().getGeneration();
        BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
        this.searchers = new SearcherManager(reader, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher s = new FormsSearcher(reader);
                s.setSimilarity(similarity);
                return s;
            }
        });
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        Filters filters = request.filters().or(parsed.filters());
        Query words = queries.build(parsed.text());
        Query query = filtered(words, filters);
        Sort sort = sort(request.sort());
        IndexSearcher shared = searchers.acquire();
        try {
            // A searcher of its own for this search: the time limit is a searcher's setting.
            IndexSearcher s = new FormsSearcher(shared.getIndexReader());
            s.setSimilarity(shared.getSimilarity());
            s.setTimeout(timeouts.get());
            FieldDoc after = request.cursor() == null ? null
                    : Cursor.decode(request.cursor(), request.sort(), s.getIndexReader().maxDoc() - 1);
            int wanted = after != null ? request.size() : request.page() * request.size();
            TopDocs top;
            FacetsCollector matches = null;
            if (request.facets()) {
                // One pass collects the page (after the cursor, if any) and the facets of every match.
                Object[] collected = s.search(query, new MultiCollectorManager(
                        new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE), new FacetsCollectorManager()));
                top = (TopDocs) collected[0];
                matches = (FacetsCollector) collected[1];
            } else {
                // Matches that cannot make the page are skipped (block-max scores), counted exactly up to the window.
                top = s.search(query, new TopFieldCollectorManager(sort, wanted, after, Math.max(wanted, SearchRequest.EXACT_COUNT)));
            }
            TopFieldCollector.populateScores(top.scoreDocs, s, query);
            int from = after != null ? 0 : (request.page() - 1) * request.size();
            ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            // The highlighter may reorder what it is given: it gets a copy.
            // Highlighted by the words alone: a filter's terms are not in the text and would match nothing.
            OneReadHighlighter highlighter = highlighter(s);
            String[] snippets = page.length == 0 ? new String[0]
                    : highlighter.highlight(Fields.TEXT_FOLDED, queries.marking(parsed.text()), new TopDocs(top.totalHits, page.clone()), 3);
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Map<String, String> d = highlighter.kept(page[i].doc);
                if (d == null) {
                    d = Map.of(); // not highlighted (cannot happen: every hit of the page is)
                }
                if (!d.containsKey(Fields.ID)) {
                    Document read = stored.document(page[i].doc, HIT_FIELDS);
                    d = Map.of(Fields.ID, read.get(Fields.ID), Fields.READING_JSON, read.get(Fields.READING_JSON));
                }
                hits.add(new SearchHit(d.get(Fields.ID), Json.read(d.get(Fields.READING_JSON), OfficialDocument.class), page[i].score,
                        snippets[i] == null ? List.of() : Arrays.stream(snippets[i].split(PASSAGE_BREAK))
                                .map(String::strip).filter(x -> !x.isEmpty()).toList()));
            }
            long consumed = (after != null ? 0 : from) + page.length;
            String next = page.length == request.size() && top.totalHits.value() > consumed
                    ? Cursor.encode((FieldDoc) page[page.length - 1]) : null;
            return new SearchResults(top.totalHits.value(), hits, matches == null ? Map.of() : facets(s, matches), next,
                    s.timedOut(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO);
        } finally {
            searchers.release(shared);
        }
    }

    private static Query filtered(Query query, Filters f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filter(b, Fields.TYPE, f.type());
        filter(b, Fields.ISSUER, f.issuer());
        filter(b, Fields.LEVEL, f.level());
        filter(b, Fields.PROVINCE, f.province());
        if (f.from() != null || f.to() != null) {
            int lo = f.from() == null ? Integer.MIN_VALUE : DocumentMapper.dateValue(f.from());
            int hi = f.to() == null ? Integer.MAX_VALUE : Filters.lastDay(f.to());
            b.add(IntPoint.newRangeQuery(Fields.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(Fields.key(field), DocumentMapper.filterKey(value))), BooleanClause.Occur.FILTER);
        }
    }

    /** Ties broken by date, then id, so that a cursor names one place in the order. */
    private static Sort sort(SortOrder order) {
        SortField date = new SortField(Fields.DATE, SortField.Type.INT, true); // yyyymmdd, an int point
        date.setMissingValue(Integer.MIN_VALUE);
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        return order == SortOrder.DATE ? new Sort(date, SortField.FIELD_SCORE, id) : new Sort(SortField.FIELD_SCORE, date, id);
    }

    /** What a hit is answered with, beside its snippets. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Fields.ID, Fields.READING_JSON);

    /**
     * The highlighter of one search. The folded field's offsets (in its postings) mark matches
     * typed without diacritics in the text as written; the query's terms of every field count. It
     * reads the hits' own fields in the same visit as their text.
     */
    private static OneReadHighlighter highlighter(IndexSearcher s) {
        return new OneReadHighlighter(highlighting(s), HIT_FIELDS);
    }

    /** How snippets are made: passages of about 200 characters, from the first 200,000 of the text. */
    static UnifiedHighlighter.Builder highlighting(IndexSearcher s) {
        return UnifiedHighlighter.builder(s, Analyzers.perField())
                .withFieldMatcher(field -> true)
                .withFormatter(new MarkedPassages(PASSAGE_BREAK))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new PassageBreaks(), 200, 0.5f))
                .withScorer(new LeanPassageScorer())
                .withMaxLength(200_000);
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher s, FacetsCollector matches) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) {
            FACETS.forEach(dim -> out.put(dim, List.of()));
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
        for (String dim : FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r;
            try {
                r = counts.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                r = null; // no document has this dimension yet
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader != facetReader) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, FacetFields.CONFIG);
            } catch (IllegalArgumentException e) {
                facetState = null; // an empty index has no facets
            }
            facetReader = reader;
        }
        return facetState;
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = s.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(new StoredDocument(id, d.get(Fields.SOURCE), d.get(Fields.TEXT_FOLDED), reading(d)));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public long documentCount() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }


    private static OfficialDocument reading(Document d) {
        return Json.read(d.get(Fields.READING_JSON), OfficialDocument.class);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
