package vn.vanban.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score is Lucene's, to the bit, so the same passages are chosen. */
class LeanPassageScorerTest {

    private static final String[] TERMS = {"phong", "chong", "dich", "benh", "phong chong", "chong dich", "ủy", "ban"};

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(20261204L);
        for (int round = 0; round < 20_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(50_000);
            int at = start;
            int matches = random.nextInt(12);
            int[] freqInDoc = new int[TERMS.length];
            for (int t = 0; t < TERMS.length; t++) {
                freqInDoc[t] = 1 + random.nextInt(300);
            }
            int[] starts = new int[matches];
            int[] terms = new int[matches];
            for (int m = 0; m < matches; m++) {
                at += 1 + random.nextInt(40);
                starts[m] = at;
                terms[m] = random.nextInt(round % 3 == 0 ? 2 : TERMS.length); // some passages repeat one or two terms
            }
            p.setStartOffset(start);
            p.setEndOffset(at + 20 + random.nextInt(200));
            for (int m = 0; m < matches; m++) {
                String t = TERMS[terms[m]];
                p.addMatch(starts[m], Math.min(starts[m] + t.length(), p.getEndOffset()), new BytesRef(t), freqInDoc[terms[m]]);
            }
            int contentLength = p.getEndOffset() + random.nextInt(100_000);
            assertEquals(Float.floatToIntBits(lucene.score(p, contentLength)), Float.floatToIntBits(lean.score(p, contentLength)),
                    "passage " + p);
        }
    }
}
