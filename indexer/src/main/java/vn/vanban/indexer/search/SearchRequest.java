package vn.vanban.indexer.search;

/** A keyword search: the query as typed, and the page wanted (1-based). */
public record SearchRequest(String query, int page, int size) {

    public SearchRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more");
        }
    }
}
