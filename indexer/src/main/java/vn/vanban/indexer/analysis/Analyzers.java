package vn.vanban.indexer.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import vn.vanban.indexer.schema.Fields;

/** The analyzer of each field. */
public final class Analyzers {

    private Analyzers() {}

    public static Analyzer exact() {
        return new VietnameseAnalyzer(false);
    }

    public static Analyzer folded() {
        return new VietnameseAnalyzer(true);
    }

    public static Analyzer foldedPairs() {
        return new VietnameseAnalyzer(true, true);
    }

    public static Analyzer perField() {
        Analyzer exact = exact();
        Analyzer folded = folded();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Fields.TEXT, exact,
                Fields.SUBJECT, exact,
                Fields.TEXT_FOLDED, folded,
                Fields.SUBJECT_FOLDED, folded,
                Fields.TEXT_FOLDED_PAIRS, foldedPairs()));
    }
}
