package vn.vanban.indexer.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.schema.Fields;
import vn.vanban.search.index.IndexProgress;

/**
 * Reading a hit's fields in the highlighter's visit changes nothing: the same snippets as the
 * unified highlighter's own reading (whole texts, and texts cut at a maximum length), and the
 * same id and reading as the stored document's.
 */
class OneReadHighlighterTest {

    @TempDir
    Path dir;

    @Test
    void snippetsAndFieldsAreThoseOfSeparateReads() throws Exception {
        IndexLayout layout = new IndexLayout(dir.resolve("i"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of("..", "corpus", "documents")), IndexProgress.SILENT);
        QueryBuilder queries = new QueryBuilder();
        Set<String> keep = Set.of(Fields.ID, Fields.READING_JSON);
        try (FSDirectory d = FSDirectory.open(layout.lucene()); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new FormsSearcher(r);
            int compared = 0;
            for (String q : List.of("công điện", "phong chong dich", "\"ủy ban nhân dân\"", "tiêm chủng vắc xin", "1102/CĐ-TTg")) {
                Query marking = queries.marking(q);
                TopDocs top = s.search(queries.build(q), 10);
                assertTrue(top.scoreDocs.length > 0, q);
                for (int maxLength : new int[] {200_000, 700, 1}) {
                    UnifiedHighlighter plain = LuceneSearchBackend.highlighting(s).withMaxLength(maxLength).build();
                    OneReadHighlighter oneRead = new OneReadHighlighter(LuceneSearchBackend.highlighting(s).withMaxLength(maxLength), keep);
                    String[] expected = plain.highlight(Fields.TEXT_FOLDED, marking, new TopDocs(top.totalHits, top.scoreDocs.clone()), 3);
                    String[] actual = oneRead.highlight(Fields.TEXT_FOLDED, marking, new TopDocs(top.totalHits, top.scoreDocs.clone()), 3);
                    assertArrayEquals(expected, actual, q + " up to " + maxLength);
                    for (var hit : top.scoreDocs) {
                        Document stored = s.storedFields().document(hit.doc);
                        assertEquals(stored.get(Fields.ID), oneRead.kept(hit.doc).get(Fields.ID), q);
                        assertEquals(stored.get(Fields.READING_JSON), oneRead.kept(hit.doc).get(Fields.READING_JSON), q);
                        compared++;
                    }
                }
            }
            assertTrue(compared >= 30, "hits compared: " + compared);
        }
    }
}
