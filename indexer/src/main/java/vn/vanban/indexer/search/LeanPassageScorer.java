package vn.vanban.indexer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's distinct terms, times the position's norm),
 * computed the same way to the last bit, without a new hash table per passage: Lucene's
 * allocates one (and a 32 KB block for its bytes) for every candidate passage, and when a
 * common word matches in every sentence of a long document that was most of a search's time.
 * A passage holds a handful of matches, so distinct terms are found by comparing them.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] first = new int[matches]; // each distinct term's first match, in order of appearance
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int k = 0;
            while (k < distinct && !terms[first[k]].bytesEquals(terms[i])) {
                k++;
            }
            if (k == distinct) {
                first[distinct++] = i;
            }
            inPassage[k]++;
        }
        double score = 0; // as Lucene sums: in double, each term's product in float
        for (int k = 0; k < distinct; k++) {
            score += tf(inPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[first[k]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
