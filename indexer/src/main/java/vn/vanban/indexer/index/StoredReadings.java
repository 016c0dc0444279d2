package vn.vanban.indexer.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.indexer.schema.Fields;

/** Reads stored fields of every live document of an index. */
public final class StoredReadings {

    private StoredReadings() {}

    /** id → reading, for every indexed document. */
    public static Map<String, OfficialDocument> readings(DirectoryReader reader) throws IOException {
        Map<String, OfficialDocument> out = new LinkedHashMap<>();
        forEach(reader, Set.of(Fields.ID, Fields.READING_JSON),
                d -> out.put(d.get(Fields.ID), Json.read(d.get(Fields.READING_JSON), OfficialDocument.class)));
        return out;
    }

    /** source → stamp, to tell which files changed since they were indexed. */
    public static Map<String, String> sourceStamps(DirectoryReader reader) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        forEach(reader, Set.of(Fields.SOURCE, Fields.SOURCE_STAMP),
                d -> out.put(d.get(Fields.SOURCE), d.get(Fields.SOURCE_STAMP)));
        return out;
    }

    /** source → ids of the documents read from it (a metadata file gives many). */
    public static Map<String, java.util.List<String>> sourceIds(DirectoryReader reader) throws IOException {
        Map<String, java.util.List<String>> out = new java.util.HashMap<>();
        forEach(reader, Set.of(Fields.SOURCE, Fields.ID),
                d -> out.computeIfAbsent(d.get(Fields.SOURCE), k -> new java.util.ArrayList<>()).add(d.get(Fields.ID)));
        return out;
    }

    private interface Visitor {
        void visit(Document d) throws IOException;
    }

    private static void forEach(DirectoryReader reader, Set<String> fields, Visitor v) throws IOException {
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Bits live = leaf.getLiveDocs();
            StoredFields stored = leaf.storedFields();
            for (int i = 0; i < leaf.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    v.visit(stored.document(i, fields));
                }
            }
        }
    }
}
