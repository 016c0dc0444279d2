package vn.vanban.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * What the API needs of a search engine: embedded Lucene (indexer) and SolrCloud (solr-backend)
 * implement it; the citation graph's side is {@link vn.vanban.search.graph.CitationLinks}.
 */
public interface SearchBackend extends Closeable {

    SearchResults search(SearchRequest request) throws IOException;

    Optional<StoredDocument> document(String id) throws IOException;

    /** How many documents are indexed. */
    long documentCount() throws IOException;
}
