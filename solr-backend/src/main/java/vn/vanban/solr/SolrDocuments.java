package vn.vanban.solr;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.ToneMarks;
import vn.vanban.search.Filters;

/** A read document as a Solr document: the field mapping of the embedded index's DocumentMapper, for Solr. */
public final class SolrDocuments {

    private SolrDocuments() {}

    public static SolrInputDocument of(String id, ReadDocument read, String source, String stamp) {
        OfficialDocument d = read.document();
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField(SolrFields.ID, id);
        doc.addField(SolrFields.SOURCE, source);
        doc.addField(SolrFields.SOURCE_STAMP, stamped(stamp));
        String text = ToneMarks.normalize(read.text()); // Solr has no filter for tone placement
        doc.addField(SolrFields.TEXT, text);
        doc.addField(SolrFields.TEXT_FOLDED, text);
        doc.addField(SolrFields.TEXT_FORMS, text);
        doc.addField(SolrFields.TEXT_FOLDED_PAIRS, text);
        doc.addField(SolrFields.TEXT_ORIGINAL, read.text());
        if (d.subject() != null) {
            String subject = ToneMarks.normalize(d.subject());
            doc.addField(SolrFields.SUBJECT, subject);
            doc.addField(SolrFields.SUBJECT_FOLDED, subject);
            doc.addField(SolrFields.SUBJECT_FORMS, subject);
        }
        Set<String> keys = new LinkedHashSet<>();
        NumberSymbol own = NumberSymbol.parse(d.numberSymbol());
        if (own != null) {
            keys.add(own.key());
            doc.addField(SolrFields.OWN_KEY, own.key());
        }
        for (Citation c : d.citations()) {
            NumberSymbol ns = NumberSymbol.parse(c.numberSymbol());
            if (ns != null) {
                keys.add(ns.key());
            }
        }
        keys.forEach(k -> doc.addField(SolrFields.REF_KEY, k));
        keyword(doc, SolrFields.TYPE, d.type());
        keyword(doc, SolrFields.ISSUER, d.issuer());
        keyword(doc, SolrFields.LEVEL, d.level() == null ? null : d.level().json());
        keyword(doc, SolrFields.PROVINCE, d.province());
        if (d.date() != null) {
            doc.addField(SolrFields.DATE, Filters.day(d.date()));
            doc.addField(SolrFields.YEAR, d.date().earliest().getYear());
        }
        doc.addField(SolrFields.READING_JSON, Json.write(d));
        return doc;
    }

    /** A source's stamp as stored: the mapping's version, then the file's size and time. */
    static String stamped(String stamp) {
        return SolrFields.SCHEMA + "|" + stamp;
    }

    /** The file's stamp of a stored one, or null where it was indexed with another mapping (read again). */
    static String unstamped(String stored) {
        String prefix = SolrFields.SCHEMA + "|";
        return stored != null && stored.startsWith(prefix) ? stored.substring(prefix.length()) : null;
    }

    private static void keyword(SolrInputDocument doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.addField(field, value);
            doc.addField(SolrFields.key(field), Filters.key(value));
        }
    }
}
