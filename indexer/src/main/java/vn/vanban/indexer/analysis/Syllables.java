package vn.vanban.indexer.analysis;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** One document's syllables from one pass of the tokenizer (NFC, ICU word breaking): their forms and offsets. */
final class Syllables {

    private SyllableForms.Forms[] forms = new SyllableForms.Forms[1024];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int size;
    private int finalOffset;

    private Syllables() {}

    static Syllables of(String text) {
        Syllables s = new Syllables();
        try (Tokenizer source = new ICUTokenizer()) {
            source.setReader(new ICUNormalizer2CharFilter(new StringReader(text), Normalizer2.getNFCInstance()));
            CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = source.addAttribute(OffsetAttribute.class);
            source.reset();
            while (source.incrementToken()) {
                s.add(SyllableForms.of(term.buffer(), term.length()), offset.startOffset(), offset.endOffset());
            }
            source.end();
            s.finalOffset = offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return s;
    }

    private void add(SyllableForms.Forms f, int start, int end) {
        if (size == forms.length) {
            forms = Arrays.copyOf(forms, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        forms[size] = f;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    SyllableForms.Forms forms(int i) {
        return forms[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The text's length as the tokenizer ends it (offsets are in the text as given, before NFC). */
    int finalOffset() {
        return finalOffset;
    }
}
