package vn.vanban.search.graph;

import vn.vanban.corpus.model.Relation;

/**
 * A typed reference between two documents, with its evidence: the document whose text says so
 * ({@code citing}: the source itself, or a third document for a {@code stated} relation), where
 * (offsets in that text) and how many times. Identity equality: JGraphT keeps parallel edges of
 * different relations apart.
 */
public final class CitationEdge {

    private final Relation relation;
    private final String citing;
    private final boolean stated;
    private final int start;
    private final int end;
    private final int mentions;
    private final String status;
    private final double confidence;
    private final java.util.List<Candidate> candidates;

    /** A document a yearless ký hiệu may mean, with its score (shares of one). */
    public record Candidate(String id, vn.vanban.corpus.model.DocDate date, double score) {}

    public CitationEdge(Relation relation, String citing, boolean stated, int start, int end, int mentions) {
        this(relation, citing, stated, start, end, mentions, null);
    }

    /**
     * {@code status} of the reference: resolved (to an indexed document), cited (to a document
     * known only from citations), yearInferred (a ký hiệu without a year, cited without a date:
     * the year is a guess), named (a law by name only).
     */
    public CitationEdge(Relation relation, String citing, boolean stated, int start, int end, int mentions, String status) {
        this(relation, citing, stated, start, end, mentions, status, 1.0, java.util.List.of());
    }

    /**
     * With how sure the resolution of a yearless ký hiệu is ({@code confidence}, 0–1) and, when
     * more than one document is plausible, the {@code candidates} (the target first).
     */
    public CitationEdge(Relation relation, String citing, boolean stated, int start, int end, int mentions, String status,
            double confidence, java.util.List<Candidate> candidates) {
        this.confidence = confidence;
        this.candidates = java.util.List.copyOf(candidates);
        this.relation = relation;
        this.citing = citing;
        this.stated = stated;
        this.start = start;
        this.end = end;
        this.mentions = mentions;
        this.status = status;
    }

    public String status() {
        return status;
    }

    public double confidence() {
        return confidence;
    }

    public java.util.List<Candidate> candidates() {
        return candidates;
    }

    /** The same reference pointing elsewhere, resolved anew. */
    public CitationEdge withResolution(String status, double confidence, java.util.List<Candidate> candidates) {
        return new CitationEdge(relation, citing, stated, start, end, mentions, status, confidence, candidates);
    }

    public Relation relation() {
        return relation;
    }

    public String citing() {
        return citing;
    }

    public boolean stated() {
        return stated;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int mentions() {
        return mentions;
    }

    @Override
    public String toString() {
        return relation.json() + (stated ? " (stated by " + citing + ")" : "");
    }
}
