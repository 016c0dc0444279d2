package vn.vanban.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.indexer.analysis.Analyzers;
import vn.vanban.indexer.schema.Fields;

/**
 * The text as written and the syllable pairs are indexed counted (each distinct term of a document
 * once, with its count): the index must be the one the analyzers give token by token, term for
 * term, document frequency, frequency in each document, and the field lengths BM25 reads (norms).
 */
class CountedFieldsTest {

    private static final FieldType FREQS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        FREQS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        FREQS.freeze();
    }

    @Test
    void countedFieldsIndexAsTheTokensOneByOne() throws Exception {
        List<ReadDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path f : s.sorted().toList()) {
                docs.add(new DocumentReader().read(f));
            }
        }
        assertTrue(docs.size() >= 5);
        try (Directory counted = new ByteBuffersDirectory(); Directory oneByOne = new ByteBuffersDirectory()) {
            try (IndexWriter a = writer(counted); IndexWriter b = writer(oneByOne)) {
                int i = 0;
                for (ReadDocument d : docs) {
                    a.addDocument(DocumentMapper.toLucene("d" + i, d, "s", "x"));
                    Document ref = new Document();
                    ref.add(new StringField(Fields.ID, "d" + i, Field.Store.NO));
                    ref.add(new Field(Fields.TEXT, Analyzers.exact().tokenStream(Fields.TEXT, d.text()), FREQS));
                    ref.add(new Field(Fields.TEXT_FOLDED_PAIRS,
                            Analyzers.foldedPairs().tokenStream(Fields.TEXT_FOLDED_PAIRS, d.text()), FREQS));
                    b.addDocument(ref);
                    i++;
                }
            }
            try (DirectoryReader ra = DirectoryReader.open(counted); DirectoryReader rb = DirectoryReader.open(oneByOne)) {
                LeafReader la = ra.leaves().get(0).reader();
                LeafReader lb = rb.leaves().get(0).reader();
                for (String field : List.of(Fields.TEXT, Fields.TEXT_FOLDED_PAIRS)) {
                    assertSameField(field, la, lb);
                }
            }
        }
    }

    private static IndexWriter writer(Directory dir) throws IOException {
        // One segment, documents in the order added: the two indexes compare document by document.
        return new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()).setMaxBufferedDocs(1000));
    }

    private static void assertSameField(String field, LeafReader counted, LeafReader oneByOne) throws IOException {
        Terms ta = counted.terms(field);
        Terms tb = oneByOne.terms(field);
        assertNotNull(ta, field);
        assertEquals(tb.size(), ta.size(), field + ": distinct terms");
        assertEquals(tb.getSumTotalTermFreq(), ta.getSumTotalTermFreq(), field + ": tokens");
        assertEquals(tb.getSumDocFreq(), ta.getSumDocFreq(), field);
        TermsEnum ea = ta.iterator();
        TermsEnum eb = tb.iterator();
        PostingsEnum pa = null;
        PostingsEnum pb = null;
        for (BytesRef t = eb.next(); t != null; t = eb.next()) {
            assertEquals(t, ea.next(), field);
            assertEquals(eb.docFreq(), ea.docFreq(), field + ": " + t.utf8ToString());
            assertEquals(eb.totalTermFreq(), ea.totalTermFreq(), field + ": " + t.utf8ToString());
            pa = ea.postings(pa, PostingsEnum.FREQS);
            pb = eb.postings(pb, PostingsEnum.FREQS);
            for (int doc = pb.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pb.nextDoc()) {
                assertEquals(doc, pa.nextDoc(), field + ": " + t.utf8ToString());
                assertEquals(pb.freq(), pa.freq(), field + ": " + t.utf8ToString() + " in document " + doc);
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, pa.nextDoc());
        }
        assertEquals(null, ea.next(), field);
        NumericDocValues na = counted.getNormValues(field);
        NumericDocValues nb = oneByOne.getNormValues(field);
        for (int doc = nb.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nb.nextDoc()) {
            assertEquals(doc, na.advance(doc), field);
            assertEquals(nb.longValue(), na.longValue(), field + ": the length of document " + doc);
        }
    }
}
