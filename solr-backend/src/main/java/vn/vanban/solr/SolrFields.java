package vn.vanban.solr;

/**
 * The field names of vanban's Solr schema (configset/schema.xml, where their analysis is): the
 * names of the embedded index's Fields, so that a document reads the same in both.
 */
final class SolrFields {

    private SolrFields() {}

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String SOURCE_STAMP = "source_stamp";
    /**
     * The version of the mapping, written before each source's stamp: a document indexed with
     * another is read again (1: without the fields of forms and of pairs; 2: with them).
     */
    static final String SCHEMA = "2";
    /** As written: tone placement normalised by vanban before it is sent (Solr has no filter for it). */
    static final String TEXT = "text";
    /** Folded by Solr (ICU folding). */
    static final String TEXT_FOLDED = "text_folded";
    /**
     * Folded, each marked syllable also as written at the same position (the embedded index's
     * text_folded), for matching alone; stored as sent, tone placement normalised, for the highlights.
     */
    static final String TEXT_FORMS = "text_forms";
    /** Pairs of adjacent syllables, folded, without positions (the embedded index's text_folded_pairs). */
    static final String TEXT_FOLDED_PAIRS = "text_folded_pairs";
    /** The text as read (stored only), for the document's page. */
    static final String TEXT_ORIGINAL = "text_original";
    static final String SUBJECT = "subject";
    static final String SUBJECT_FOLDED = "subject_folded";
    static final String SUBJECT_FORMS = "subject_forms";
    static final String REF_KEY = "ref_key";
    static final String OWN_KEY = "own_key";
    static final String TYPE = "type";
    static final String ISSUER = "issuer";
    static final String LEVEL = "level";
    static final String PROVINCE = "province";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String READING_JSON = "reading_json";

    /** The folded filter key of a keyword field ("province" → "province_key"). */
    static String key(String field) {
        return field + "_key";
    }
}
