package vn.vanban.indexer.search;

import vn.vanban.search.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import vn.vanban.corpus.model.Json;

/**
 * Where a page ended, as an opaque URL-safe string: the sort values of its last hit (score, date,
 * id), which stay meaningful across index refreshes, unlike Lucene's document numbers.
 */
final class Cursor {

    private Cursor() {}

    static String encode(FieldDoc last) {
        Object[] f = last.fields;
        // A score goes as its bits: a decimal would round twice on the way back and miss the hit.
        String json = Json.write(new Object[] {exact(f[0]), exact(f[1]), ((BytesRef) f[2]).utf8ToString()});
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Object exact(Object v) {
        return v instanceof Float f ? Float.floatToRawIntBits(f) : v;
    }

    private static float score(JsonNode n) {
        return Float.intBitsToFloat(n.asInt());
    }

    /**
     * The hit to search after; IllegalArgumentException for a cursor this server did not make.
     * {@code lastDoc} is the reader's last document number: a hit whose sort values all equal the
     * cursor's is the cursor's own (ids are unique), and Lucene skips it only if its number is not
     * above the cursor's.
     */
    static FieldDoc decode(String cursor, SortOrder sort, int lastDoc) {
        try {
            JsonNode a = Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            Object first = sort == SortOrder.RELEVANCE ? (Object) score(a.get(0)) : (Object) a.get(0).asInt();
            Object second = sort == SortOrder.RELEVANCE ? (Object) a.get(1).asInt() : (Object) score(a.get(1));
            return new FieldDoc(Math.max(0, lastDoc), Float.NaN, new Object[] {first, second, new BytesRef(a.get(2).asText())});
        } catch (RuntimeException | java.io.IOException e) {
            throw new IllegalArgumentException("not a cursor of this search: " + cursor);
        }
    }
}
