package vn.vanban.indexer.search;

/**
 * The weights of the views of the text in a query, and BM25's parameters. The defaults are the
 * plain ones (every view weighs 1; BM25's k1 1.2, b 0.75): on ALQAC 2022 they give MRR@10 0.926
 * as written and 0.925 without diacritics (vanban eval search), and tuning them further was not
 * worth the risk of fitting that one set. Each can be overridden with a system property
 * (vanban.w.folded, vanban.w.exact, vanban.w.fpairs, vanban.w.subject,
 * vanban.k1, vanban.b) to measure another setting.
 */
public record SearchTuning(float foldedWeight, float exactWeight, float foldedPairWeight, float subjectBoost,
        float k1, float b) {

    public static final SearchTuning DEFAULT = new SearchTuning(
            property("vanban.w.folded", 1f),
            property("vanban.w.exact", 1f),
            property("vanban.w.fpairs", 1f),
            property("vanban.w.subject", 1f),
            property("vanban.k1", 1.2f),
            property("vanban.b", 0.75f));

    private static float property(String name, float fallback) {
        String v = System.getProperty(name);
        return v == null ? fallback : Float.parseFloat(v);
    }
}
