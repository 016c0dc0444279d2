package vn.vanban.search;

/** How hits are ordered: best match first (newest first among equals), or newest first. */
public enum SortOrder {
    RELEVANCE, DATE
}
