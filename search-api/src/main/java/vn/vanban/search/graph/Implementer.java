package vn.vanban.search.graph;

/**
 * A document that implements the one asked about, directly ({@code depth} 1) or through others;
 * {@code via} is the document it implements on the way (null at depth 1); {@code lagDays} counts
 * from the date of the document asked about (null when a date is unknown).
 */
public record Implementer(DocNode document, int depth, String via, Long lagDays) {}
