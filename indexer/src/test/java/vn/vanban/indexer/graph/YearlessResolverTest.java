package vn.vanban.indexer.graph;

import vn.vanban.search.graph.YearlessResolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.vocab.Vocabulary;

/** The clues one by one, on candidates that differ by that clue alone. */
class YearlessResolverTest {

    private final YearlessResolver resolver = new YearlessResolver(Vocabulary.standard().numberingPeriods());
    private final NumberSymbol ns = NumberSymbol.parse("12/CT-UBND");
    private final DocDate citing = DocDate.of(2021, 6, 1);

    @Test
    void aDocumentIssuedAfterTheCitingOneIsNotMeant() {
        YearlessResolver.Resolution r = resolver.resolve(ns, citing, Set.of(), List.of(
                new YearlessResolver.Known("a", DocDate.of(2021, 9, 1), true, 5, Set.of())), "fresh");
        assertEquals("fresh", r.target());
    }

    @Test
    void theIssuerNamedPicksBetweenTwoOtherwiseEqual() {
        List<YearlessResolver.Known> two = List.of(
                new YearlessResolver.Known("a", DocDate.of(2020, 3, 1), true, 2, Set.of(), "Ủy ban nhân dân tỉnh Bình Dương"),
                new YearlessResolver.Known("b", DocDate.of(2020, 3, 1), true, 2, Set.of(), "Ủy ban nhân dân tỉnh Bình Phước"));
        assertEquals("b", resolver.resolve(ns, citing, Set.of(), null, "Ủy ban nhân dân tỉnh Bình Phước", two, null).target());
        assertEquals("a", resolver.resolve(ns, citing, Set.of(), null, "Ủy ban nhân dân tỉnh Bình Dương", two, null).target());
    }

    @Test
    void theSentencesWordsPickBetweenTwoOtherwiseEqual() {
        List<YearlessResolver.Known> two = List.of(
                new YearlessResolver.Known("a", DocDate.of(2020, 3, 1), true, 2, YearlessResolver.words("phòng, chống dịch Covid-19")),
                new YearlessResolver.Known("b", DocDate.of(2020, 3, 1), true, 2, YearlessResolver.words("bảo vệ rừng")));
        YearlessResolver.Resolution r = resolver.resolve(ns, citing,
                YearlessResolver.words("tăng cường bảo vệ rừng theo Chỉ thị số 12/CT-UBND"), List.of(two.get(0), two.get(1)), null);
        assertEquals("b", r.target());
        assertTrue(r.confidence() > 0.5);
    }

    @Test
    void aPartyNumberOfAnEarlierTermIsLessLikely() {
        NumberSymbol party = NumberSymbol.parse("36-NQ/TW");
        List<YearlessResolver.Known> two = List.of(
                new YearlessResolver.Known("2014", DocDate.of(2014, 6, 1), true, 1, Set.of()),
                new YearlessResolver.Known("2018", DocDate.of(2018, 10, 22), true, 1, Set.of()));
        assertEquals("2018", resolver.resolve(party, DocDate.of(2019, 5, 1), Set.of(), two, null).target(),
                "khóa XII (2016–2021) holds the 2019 citation");
    }
}
