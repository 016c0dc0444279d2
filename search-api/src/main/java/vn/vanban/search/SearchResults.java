package vn.vanban.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results: how many documents match in all, the hits, the facets of all matches (type,
 * province, issuer, year, level: value → count, most frequent first), and the cursor of the next
 * page (null on the last); partial when the search hit its time limit and these are what it had
 * found by then. {@code totalExact} is false when {@code total} is a lower bound (a search without
 * facets stops counting past {@link SearchRequest#EXACT_COUNT} or the page).
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String nextCursor,
        boolean partial, boolean totalExact) {

    public SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String nextCursor,
            boolean partial) {
        this(total, hits, facets, nextCursor, partial, true);
    }
}
