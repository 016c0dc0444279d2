package vn.vanban.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.indexer.schema.Fields;

/** {@link SearchBackend} over an embedded Lucene index. */
public final class LuceneSearchBackend implements SearchBackend {

    private final SearcherManager searchers;
    private final QueryBuilder queries;

    public LuceneSearchBackend(Directory directory) throws IOException {
        this(directory, SearchTuning.DEFAULT);
    }

    public LuceneSearchBackend(Directory directory, SearchTuning tuning) throws IOException {
        this.queries = new QueryBuilder(tuning);
        BM25Similarity similarity = new BM25Similarity(tuning.k1(), tuning.b());
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(similarity);
                return s;
            }
        });
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            int wanted = request.page() * request.size();
            TopDocs top = s.search(queries.build(request.query()), wanted);
            StoredFields stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            int from = (request.page() - 1) * request.size();
            for (int i = from; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = stored.document(sd.doc);
                hits.add(new SearchHit(d.get(Fields.ID), reading(d), sd.score));
            }
            return new SearchResults(top.totalHits.value(), hits);
        } finally {
            searchers.release(s);
        }
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
            return Optional.of(new StoredDocument(id, d.get(Fields.SOURCE), d.get(Fields.STORED_TEXT), reading(d)));
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

    /** Sees the latest commit. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private static OfficialDocument reading(Document d) {
        return Json.read(d.get(Fields.READING_JSON), OfficialDocument.class);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
