package vn.vanban.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A prefix term ("c*", "ph*") rewritten to at most {@link #MAX_EXPANSIONS} of its terms, those in
 * the most documents, matched with a constant score; at most {@link #MAX_SCANNED} terms are looked
 * at. Unbounded, "c*" unions the postings of every syllable that starts with c (thousands, growing
 * with the archive), and one such query holds a search thread for the whole time-out; bounded, it
 * costs about what a query of 50 words does, at any size. As Elasticsearch's {@code max_expansions}
 * does, but choosing the commonest terms rather than the first in term order, so "ph*" still
 * finds "phòng", "phố", "phương".
 */
public final class BoundedExpansion extends MultiTermQuery.RewriteMethod {

    /** Terms a prefix expands to at most. */
    public static final int MAX_EXPANSIONS = vn.vanban.search.QueryParts.PREFIX_EXPANSIONS;
    /** Terms of the dictionary looked at for one prefix at most (the expansions are the commonest of these). */
    public static final int MAX_SCANNED = 20_000;

    /** One instance: queries compare their rewrite method by identity (the query cache keys on it). */
    public static final BoundedExpansion INSTANCE = new BoundedExpansion(MAX_EXPANSIONS, MAX_SCANNED);

    private final int maxExpansions;
    private final int maxScanned;

    BoundedExpansion(int maxExpansions, int maxScanned) {
        this.maxExpansions = maxExpansions;
        this.maxScanned = maxScanned;
    }

    private record Candidate(BytesRef term, int docFreq) {}

    @Override
    public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), query.getField());
        if (terms == null) {
            return new MatchNoDocsQuery("no field " + query.getField());
        }
        TermsEnum e = getTermsEnum(query, terms, new AttributeSource());
        // The commonest so far, the least common on top to be pushed out.
        PriorityQueue<Candidate> top = new PriorityQueue<>(maxExpansions + 1,
                java.util.Comparator.comparingInt(Candidate::docFreq).thenComparing(Candidate::term, java.util.Comparator.reverseOrder()));
        int scanned = 0;
        for (BytesRef t = e.next(); t != null && scanned < maxScanned; t = e.next(), scanned++) {
            int df = e.docFreq();
            if (top.size() < maxExpansions) {
                top.add(new Candidate(BytesRef.deepCopyOf(t), df));
            } else if (df > top.peek().docFreq()) {
                top.poll();
                top.add(new Candidate(BytesRef.deepCopyOf(t), df));
            }
        }
        if (top.isEmpty()) {
            return new MatchNoDocsQuery("no term of " + query);
        }
        List<BytesRef> chosen = new ArrayList<>();
        top.forEach(c -> chosen.add(c.term()));
        return new ConstantScoreQuery(new TermInSetQuery(query.getField(), chosen));
    }
}
