package vn.vanban.search;

/**
 * A search: the query as typed, filters, the order, and the page wanted (1-based) or a cursor
 * from the previous page (deep paging: pages past {@link #MAX_WINDOW} hits need the cursor).
 * Without {@code facets}, the search need not visit every match: it skips those that cannot make
 * the page, and counts matches exactly up to {@link #EXACT_COUNT} (or the page) only.
 */
public record SearchRequest(String query, Filters filters, SortOrder sort, int page, int size, String cursor,
        boolean facets) {

    /** How many hits paging by number may reach into. */
    public static final int MAX_WINDOW = 10_000;

    /**
     * Without facets, matches are counted exactly up to this many (or the page, if deeper); past
     * it, Lucene skips the blocks of documents that cannot make the page, and the total is a
     * lower bound. Counting every match of common words costs more than finding the best ten.
     */
    public static final int EXACT_COUNT = 1_000;

    public SearchRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more");
        }
        if (cursor == null && (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page × size must not pass " + MAX_WINDOW + "; use the cursor (nextCursor) to go deeper");
        }
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    public SearchRequest(String query, Filters filters, SortOrder sort, int page, int size, String cursor) {
        this(query, filters, sort, page, size, cursor, true);
    }

    public SearchRequest(String query, int page, int size) {
        this(query, Filters.NONE, SortOrder.RELEVANCE, page, size, null);
    }
}
