package vn.vanban.indexer.search;

import java.util.List;

/** A page of results and how many documents match in all. */
public record SearchResults(long total, List<SearchHit> hits) {}
