package vn.vanban.search.graph;

/** The orders of GET /api/rankings, and one ranked document. */
public final class Ranking {

    private Ranking() {}

    /** By direct implementers, by distinct citing documents, or by PageRank over the citation graph. */
    public enum By { IMPLEMENTERS, CITATIONS, PAGERANK }

    public record Ranked(DocNode document, double count) {}
}
