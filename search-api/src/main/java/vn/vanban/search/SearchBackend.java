package vn.vanban.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * What the API needs of a search engine. Embedded Lucene implements it today; a SolrCloud backend
 * can sit beside it for collections that outgrow one machine.
 */
public interface SearchBackend extends Closeable {

    SearchResults search(SearchRequest request) throws IOException;

    Optional<StoredDocument> document(String id) throws IOException;

    /** How many documents are indexed. */
    long documentCount() throws IOException;
}
