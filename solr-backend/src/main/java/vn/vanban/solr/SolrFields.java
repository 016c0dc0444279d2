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
    /** As written: tone placement normalised by vanban before it is sent (Solr has no filter for it). */
    static final String TEXT = "text";
    /** Folded by Solr (ICU folding); stored as the text is, for the page and the highlights. */
    static final String TEXT_FOLDED = "text_folded";
    static final String SUBJECT = "subject";
    static final String SUBJECT_FOLDED = "subject_folded";
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
