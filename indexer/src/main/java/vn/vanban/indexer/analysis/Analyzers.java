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

    /**
     * The index's analysis of the folded text fields: each syllable folded, and a marked one also
     * as written at the same position. Searched with {@link #exact()}: a syllable typed without marks
     * is its folded form and matches every form; one typed with marks matches that form alone.
     */
    public static Analyzer forms() {
        return new VietnameseAnalyzer(VietnameseAnalyzer.Form.FORMS, false);
    }

    public static Analyzer foldedPairs() {
        return new VietnameseAnalyzer(true, true);
    }

    public static Analyzer perField() {
        Analyzer exact = exact();
        Analyzer forms = forms();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Fields.TEXT, exact,
                Fields.SUBJECT, exact,
                Fields.TEXT_FOLDED, forms,
                Fields.SUBJECT_FOLDED, forms,
                Fields.TEXT_FOLDED_PAIRS, foldedPairs()));
    }
}
