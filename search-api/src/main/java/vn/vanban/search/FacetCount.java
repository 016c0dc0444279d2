package vn.vanban.search;

/** A value of a facet and how many matching documents have it. */
public record FacetCount(String value, long count) {}
