package vn.vanban.indexer.schema;

/** Every field name of the Lucene index, in one place. */
public final class Fields {

    private Fields() {}

    /**
     * The version of the mapping below: an index built with another is rebuilt from its files.
     * 2: the folded text has offsets in its postings. 3: the pairs fields have no positions.
     * 4: pairs of syllables are indexed folded only. 5: the folded fields hold each marked syllable
     * as written too, at its folded form's position (accents typed are accents meant). 6: the text
     * as written has no positions (no query read them), and it and the pairs are indexed counted.
     */
    public static final String SCHEMA = "6";

    /** Stable document id (keyword, stored): 2763-ubnd-kgvx-2021-dien-bien. */
    public static final String ID = "id";
    /** The file the document was read from (keyword, stored), and its size and mtime to skip unchanged files. */
    public static final String SOURCE = "source";
    public static final String SOURCE_STAMP = "source_stamp";

    /**
     * Full text, analysed with diacritics kept (tone placement and case normalised); documents and
     * frequencies only: it ranks words as written, and phrases are matched in {@link #TEXT_FOLDED}.
     */
    public static final String TEXT = "text";
    /**
     * Full text, folded (no diacritics, đ → d), and each marked syllable also as written (tone
     * placement and case normalised) at the same position: searched as typed, an unmarked syllable
     * matches every form, a marked one that form alone, in phrases too.
     */
    public static final String TEXT_FOLDED = "text_folded";
    /**
     * Pairs of adjacent syllables, folded (Vietnamese words are mostly two syllables). Folded
     * only: pairs as written added nothing on ALQAC 2022 (MRR@10 the same with their weight at
     * 0) and were a quarter of the cost of inverting a document.
     */
    public static final String TEXT_FOLDED_PAIRS = "text_folded_pairs";
    /** Trích yếu, as written and as the folded text (folded, with the marked forms). */
    public static final String SUBJECT = "subject";
    public static final String SUBJECT_FOLDED = "subject_folded";

    /** Ký hiệu keys (NumberSymbol.key) of the document itself and of every document it cites. */
    public static final String REF_KEY = "ref_key";
    /** The document's own ký hiệu key. */
    public static final String OWN_KEY = "own_key";

    /** Filter and facet fields (keywords, with doc values). */
    public static final String TYPE = "type";
    public static final String ISSUER = "issuer";
    public static final String LEVEL = "level";
    public static final String PROVINCE = "province";
    /** Date as yyyymmdd (partial dates at the first of the month), point + doc values. */
    public static final String DATE = "date";

    /** Filter keys: the folded values of type, issuer, level and province (so "dien bien" filters too). */
    public static String key(String field) {
        return field + "_key";
    }

    /** Facet dimensions (Lucene's sorted-set facets). */
    public static final String FACET_TYPE = "type";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_ISSUER = "issuer";
    public static final String FACET_YEAR = "year";
    public static final String FACET_LEVEL = "level";

    /** The reading as JSON (stored only). The cleaned text is stored in {@link #TEXT_FOLDED}. */
    public static final String READING_JSON = "reading_json";
}
