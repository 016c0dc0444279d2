package vn.vanban.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The figures on texts small enough to count by hand. */
class TextStatisticsTest {

    @Test
    void distinctPairsCountWithinAPieceAndADocument() {
        TextStatistics s = new TextStatistics(1_000);
        // Pairs: "ủy ban", "ban nhân", "nhân dân", then after the full stop "ủy ban" again: 3 distinct of 4.
        s.add("Ủy ban nhân dân. Ủy ban");
        // Another document starts afresh: "ủy ban" is distinct in it; "ban ủy" does not cross the semicolon.
        s.add("ủy ban; ủy");
        TextStatistics.Figures f = s.figures();
        assertEquals(2, f.documents());
        assertEquals(9, f.words());
        assertEquals(4, f.distinct());
        assertEquals(4.0 / 5, f.distinctPairs(), 1e-12);
    }

    @Test
    void wordsAreNfcAndLowerCase() {
        TextStatistics s = new TextStatistics(1_000);
        s.add("Hòa hòa HO\u0300A");
        TextStatistics.Figures f = s.figures();
        assertEquals(1, f.distinct());
        assertEquals(1.0, f.top10(), 1e-12);
        assertEquals(0.5, f.distinctPairs(), 1e-12);
    }
}
