package vn.vanban.indexer.index;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.indexer.schema.Fields;

/** A read document as a Lucene document: the field mapping, and nothing else. */
public final class DocumentMapper {

    private DocumentMapper() {}

    /** {@code source} is the file (all rows of a metadata file share it), {@code sourceStamp} its size and mtime. */
    public static Document toLucene(String id, ReadDocument read, String source, String sourceStamp) {
        OfficialDocument d = read.document();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
        doc.add(new StoredField(Fields.SOURCE_STAMP, sourceStamp));
        doc.add(new TextField(Fields.TEXT, read.text(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_FOLDED, read.text(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_PAIRS, read.text(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_FOLDED_PAIRS, read.text(), Field.Store.NO));
        if (d.subject() != null) {
            doc.add(new TextField(Fields.SUBJECT, d.subject(), Field.Store.NO));
            doc.add(new TextField(Fields.SUBJECT_FOLDED, d.subject(), Field.Store.NO));
        }
        Set<String> keys = new LinkedHashSet<>();
        NumberSymbol own = NumberSymbol.parse(d.numberSymbol());
        if (own != null) {
            keys.add(own.key());
            doc.add(new StringField(Fields.OWN_KEY, own.key(), Field.Store.NO));
        }
        for (Citation c : d.citations()) {
            NumberSymbol ns = NumberSymbol.parse(c.numberSymbol());
            if (ns != null) {
                keys.add(ns.key());
            }
        }
        keys.forEach(k -> doc.add(new StringField(Fields.REF_KEY, k, Field.Store.NO)));
        keyword(doc, Fields.TYPE, d.type());
        keyword(doc, Fields.ISSUER, d.issuer());
        keyword(doc, Fields.LEVEL, d.level() == null ? null : d.level().json());
        keyword(doc, Fields.PROVINCE, d.province());
        if (d.date() != null) {
            int yyyymmdd = dateValue(d.date());
            doc.add(new IntPoint(Fields.DATE, yyyymmdd));
            doc.add(new NumericDocValuesField(Fields.DATE, yyyymmdd));
        }
        doc.add(new StoredField(Fields.READING_JSON, Json.write(d)));
        doc.add(new StoredField(Fields.STORED_TEXT, read.text()));
        return doc;
    }

    public static int dateValue(vn.vanban.corpus.model.DocDate date) {
        var day = date.earliest();
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }
}
