package vn.vanban.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.search.SearchHit;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.index.IndexProgress;

/**
 * A query typed without any marks means any marks: the same plan written with its marks and
 * written without them (as a conversion that lost them leaves it) rank alike. Before, the
 * as-written clause matched the unmarked text's syllables literally and put it first.
 */
class UnmarkedQueryTest {

    private static final String PLAN = """
            ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
            Số: %s/KH-UBND
            Bình Dương, ngày 5 tháng 8 năm 2021
            KẾ HOẠCH
            Phòng, chống dịch bệnh trên địa bàn tỉnh
            Thực hiện công tác phòng, chống dịch bệnh, Ủy ban nhân dân tỉnh ban hành kế hoạch phòng, chống dịch bệnh.
            """;

    @Test
    void textWithoutMarksDoesNotOutrankTheSameTextWithThem(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("marked.txt"), PLAN.formatted("12"));
        Files.writeString(docs.resolve("unmarked.txt"), fold(PLAN.formatted("13")));
        IndexLayout layout = new IndexLayout(dir.resolve("i"));
        new CorpusIndexer(layout, new DocumentReader(), Vocabulary.standard()).index(List.of(docs), IndexProgress.SILENT);
        try (FSDirectory directory = FSDirectory.open(layout.lucene());
                LuceneSearchBackend search = new LuceneSearchBackend(directory)) {
            SearchResults unmarked = search.search(new SearchRequest("ke hoach phong chong dich benh", 1, 10));
            assertEquals(2, unmarked.total());
            Map<String, Float> scores = unmarked.hits().stream()
                    .collect(Collectors.toMap(h -> h.reading().numberSymbol(), SearchHit::score));
            assertEquals(scores.get("12/KH-UBND"), scores.get("13/KH-UBND"), "the same words, any marks: " + scores);

            SearchResults marked = search.search(new SearchRequest("kế hoạch phòng chống dịch bệnh", 1, 10));
            assertEquals(List.of("12/KH-UBND"), marked.hits().stream().map(h -> h.reading().numberSymbol()).toList(),
                    "typed with marks, the syllables as written");
        }
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }
}
