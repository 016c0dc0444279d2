package vn.vanban.indexer.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import vn.vanban.indexer.analysis.TextStreams;

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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.indexer.schema.Fields;

/** A read document as a Lucene document: the field mapping, and nothing else. */
public final class DocumentMapper {

    /** The folded text keeps its offsets, so that snippets need not analyse the text again. */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    /**
     * The syllables as written and the syllable pairs are only looked up as terms (phrases are
     * matched in the folded field): positions would be written for nothing, and without them a
     * document's terms can come counted ({@link vn.vanban.indexer.analysis.TermCounts}).
     */
    private static final FieldType WITHOUT_POSITIONS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
        WITHOUT_POSITIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WITHOUT_POSITIONS.freeze();
    }

    private DocumentMapper() {}

    /** {@code source} is the file (all rows of a metadata file share it), {@code sourceStamp} its size and mtime. */
    public static Document toLucene(String id, ReadDocument read, String source, String sourceStamp) {
        OfficialDocument d = read.document();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id))); // the tie-breaker of cursors
        doc.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
        doc.add(new StoredField(Fields.SOURCE_STAMP, sourceStamp));
        // One tokenization for the three fields of the text (TextStreams records it and replays it for each).
        TextStreams text = TextStreams.of(read.text());
        doc.add(new Field(Fields.TEXT, text.exact(), WITHOUT_POSITIONS));
        doc.add(new Field(Fields.TEXT_FOLDED, text.folded(), WITH_OFFSETS));
        // Stored once, here: the text shown, and highlighted from the folded field's offsets.
        doc.add(new StoredField(Fields.TEXT_FOLDED, read.text()));
        doc.add(new Field(Fields.TEXT_FOLDED_PAIRS, text.foldedPairs(), WITHOUT_POSITIONS));
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
        keyword(doc, Fields.TYPE, d.type(), Fields.FACET_TYPE);
        keyword(doc, Fields.ISSUER, d.issuer(), Fields.FACET_ISSUER);
        keyword(doc, Fields.LEVEL, d.level() == null ? null : d.level().json(), Fields.FACET_LEVEL);
        keyword(doc, Fields.PROVINCE, d.province(), Fields.FACET_PROVINCE);
        if (d.date() != null) {
            int yyyymmdd = dateValue(d.date());
            doc.add(new IntPoint(Fields.DATE, yyyymmdd));
            doc.add(new NumericDocValuesField(Fields.DATE, yyyymmdd));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(d.date().year())));
        }
        doc.add(new StoredField(Fields.READING_JSON, Json.write(d)));
        try {
            return vn.vanban.indexer.schema.FacetFields.CONFIG.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // building facets reads nothing
        }
    }

    public static int dateValue(vn.vanban.corpus.model.DocDate date) {
        return vn.vanban.search.Filters.day(date);
    }

    private static void keyword(Document doc, String field, String value, String facet) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
            doc.add(new StringField(Fields.key(field), filterKey(value), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(facet, value));
        }
    }

    /** How filter values compare: folded, single-spaced ("Điện Biên", "dien  bien" → "dien bien"). */
    public static String filterKey(String value) {
        return vn.vanban.search.Filters.key(value);
    }
}
