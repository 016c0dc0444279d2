package vn.vanban.indexer.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharacterUtils;
import vn.vanban.corpus.text.ToneMarks;

/**
 * What a syllable becomes in the index, worked out once per distinct syllable and thread: as
 * written ({@link ToneNormalizationFilter} then lower case, as {@link Analyzers#exact()} makes it) and
 * folded ({@link MarkedFormFilter#fold}). A language has a few thousand syllables and a document
 * thousands of tokens: the lookup takes the tokenizer's characters as they are, with no string
 * made per token.
 */
final class SyllableForms {

    /** A syllable's two forms; {@code folded == exact} (the same array) where folding changes nothing. */
    record Forms(char[] exact, char[] folded) {
        boolean marked() {
            return folded != exact;
        }
    }

    private static final int LIMIT = 200_000;
    private static final ThreadLocal<CharArrayMap<Forms>> CACHE =
            ThreadLocal.withInitial(() -> new CharArrayMap<>(4096, false));

    private SyllableForms() {}

    static Forms of(char[] buffer, int length) {
        CharArrayMap<Forms> cache = CACHE.get();
        Forms f = cache.get(buffer, 0, length);
        if (f == null) {
            String raw = new String(buffer, 0, length);
            f = compute(raw);
            if (cache.size() > LIMIT) {
                cache.clear();
            }
            cache.put(raw.toCharArray(), f);
        }
        return f;
    }

    private static Forms compute(String raw) {
        boolean ascii = true;
        for (int i = 0; i < raw.length() && ascii; i++) {
            ascii = raw.charAt(i) < 0x80;
        }
        char[] exact = (ascii ? raw : ToneMarks.normalize(raw)).toCharArray();
        CharacterUtils.toLowerCase(exact, 0, exact.length);
        String asWritten = new String(exact);
        String folded = MarkedFormFilter.fold(asWritten);
        return new Forms(exact, folded.equals(asWritten) ? exact : folded.toCharArray());
    }
}
