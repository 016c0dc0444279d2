package vn.vanban.indexer.graph;

import vn.vanban.search.graph.CitationEdge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A ký hiệu without a year resolved to the document it means (rows written for this test, in the
 * form of a province's listing): Chỉ thị 16/CT-TTg of 31/3/2020, cited without a date all through
 * 2021, stays one node; a local letter nobody else names is a document of the citing year; a
 * party plan's number runs through its committee's term; a reference with two plausible
 * documents is kept with both.
 */
class YearlessResolutionTest {

    private static CitationGraph graph;

    private static final DocumentIds IDS = new DocumentIds(Vocabulary.standard());

    /** The rows of yearless/rows.csv, read as a province's listing. */
    private static List<ReadDocument> rows() throws Exception {
        byte[] csv;
        try (InputStream in = YearlessResolutionTest.class.getResourceAsStream("/yearless/rows.csv")) {
            csv = in.readAllBytes();
        }
        return new DocumentReader().readAll("rows.csv", "rows.csv", csv,
                new ReadOptions("Ủy ban nhân dân tỉnh Bình Dương")).documents();
    }

    @BeforeAll
    static void build() throws Exception {
        GraphBuilder b = new GraphBuilder(Vocabulary.standard(), 1);
        for (ReadDocument r : rows()) {
            OfficialDocument d = r.document();
            b.add(IDS.forDocument(d), d);
        }
        graph = b.build();
    }

    private static CitationEdge edge(String from, String key) {
        return graph.outgoing(from).stream().filter(l -> graph.node(l.target()).orElseThrow().key().equals(key))
                .findFirst().orElseThrow().edge();
    }

    @Test
    void theDirectiveOf2020CitedWithoutAYearIn2021IsOneNode() {
        assertEquals(List.of("16-ct-ttg-2020"), graph.idsForKey("16/CT-TTG"));
        for (String row : List.of("2000-ubnd-vx-2021-binh-duong", "2100-ubnd-vx-2021-binh-duong")) {
            CitationEdge e = edge(row, "16/CT-TTG");
            assertEquals("16-ct-ttg-2020", graph.target(e));
            assertTrue(e.confidence() > 0.5, "confidence " + e.confidence());
        }
        List<String> implementers = graph.implementers("16-ct-ttg-2020");
        assertTrue(implementers.contains("2000-ubnd-vx-2021-binh-duong"), implementers.toString());
        assertTrue(implementers.contains("1000-ubnd-vx-2020-binh-duong"), implementers.toString());
    }

    @Test
    void aLetterNobodyElseNamesIsOfTheCitingYear() {
        CitationEdge e = edge("3000-ubnd-vx-2021-binh-duong", "4395/UBND-VX");
        assertEquals("4395-ubnd-vx-2021-binh-duong", graph.target(e));
        assertEquals("yearInferred", e.status());
    }

    @Test
    void aPartyNumberRunsThroughItsTerm() {
        CitationEdge e = edge("3100-ubnd-vx-2021-binh-duong", "119/KH-TU");
        assertEquals("119-kh-tu-2020-2025-binh-duong", graph.target(e));
    }

    @Test
    void twoPlausibleDocumentsAreKeptAsCandidates() {
        // 500/UBND-VX of 2019 is indexed and cited with its date; cited without one in 2020, it may
        // be that letter or a 2020 one of the same number.
        CitationEdge e = edge("3200-ubnd-vx-2020-binh-duong", "500/UBND-VX");
        assertEquals("ambiguous", e.status());
        assertEquals(2, e.candidates().size(), e.candidates().toString());
        assertTrue(e.candidates().stream().anyMatch(c -> c.id().equals("500-ubnd-vx-2019-binh-duong")));
        assertFalse(e.confidence() >= 0.7);
    }

    @Test
    void yearsOfCarryingOutTellTheYear() {
        // "sơ kết 03 năm thực hiện Chỉ thị số 13/CT-TTg" in 2018: the directive of 2015, not the newer one of 2017.
        CitationEdge e = edge("4200-kh-ubnd-2018-binh-duong", "13/CT-TTG");
        assertEquals("13-ct-ttg-2015", graph.target(e));
    }

    @Test
    void aGuessIsResolvedAgainWhenTheDocumentMeantBecomesKnown() throws Exception {
        List<ReadDocument> rows = rows();
        DocumentIds ids = IDS;
        GraphBuilder first = new GraphBuilder(Vocabulary.standard(), 1);
        GraphBuilder second = null;
        for (ReadDocument r : rows) {
            if (r.document().date().year() == 2021) {
                first.add(ids.forDocument(r.document()), r.document());
            }
        }
        CitationGraph before = first.build();
        assertEquals(List.of("16-ct-ttg-2021"), before.idsForKey("16/CT-TTG"), "2021 alone: a guess of the citing year");
        second = GraphBuilder.updating(before, 2, java.util.Set.of(), Vocabulary.standard());
        for (ReadDocument r : rows) {
            if (r.document().date().year() == 2020) {
                second.add(ids.forDocument(r.document()), r.document());
            }
        }
        CitationGraph after = second.build();
        assertEquals(List.of("16-ct-ttg-2020"), after.idsForKey("16/CT-TTG"), "the 2020 rows cite it with its date");
        assertTrue(after.implementers("16-ct-ttg-2020").contains("2000-ubnd-vx-2021-binh-duong"));
    }
}
