package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying a pattern only where its phrases can start finds what {@link Matcher#find()} finds. */
class PhraseStartsTest {

    private static final List<String> PHRASES = List.of("truoc", "cham nhat", "trong", "han chot", "trong thoi han");
    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}\\d])(?:trong\\s+thoi\\s+han|cham\\s+nhat|han\\s+chot|truoc|trong)\\s*(?:ngay\\s+)?(\\d{1,2})/(\\d{1,2})");
    private static final PhraseStarts STARTS = new PhraseStarts(PHRASES);

    @Test
    void aPhraseGluedToTheNextWordStillMatches() {
        // OCR glues words: "trongngay 5/9" is matched by find() (\s* may be empty), so must be here.
        assertSame("bao cao trongngay 5/9 va truoc 7/10; xtruoc 1/1, 3truoc 2/2, đtrong 4/4");
        assertEquals(List.of("trongngay 5/9", "truoc 7/10"), texts("bao cao trongngay 5/9 va truoc 7/10; xtruoc 1/1, 3truoc 2/2"));
    }

    @Test
    void theSameMatchesAsFindOnSeededRandomText() {
        Random rnd = new Random(20261203L);
        String[] pieces = {"truoc", "trong", "thoi", "han", "chot", "cham", "nhat", "ngay", " ", "  ", "\n", "5/9", "12/10",
            "1", "/", "x", "đ", "à", ",", "(", "3", "bao cao", "ΩΩ", "\uD835\uDC00"};
        for (int t = 0; t < 2_000; t++) {
            StringBuilder s = new StringBuilder();
            for (int i = rnd.nextInt(40); i >= 0; i--) {
                s.append(pieces[rnd.nextInt(pieces.length)]);
                if (rnd.nextInt(3) > 0) {
                    s.append(' ');
                }
            }
            assertSame(s.toString());
        }
    }

    @Test
    void aPhraseThatDoesNotOpenWithALetterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PhraseStarts(List.of("(a)")));
    }

    private static void assertSame(String text) {
        List<String> want = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            want.add(m.start() + ":" + m.group());
        }
        List<String> got = new ArrayList<>();
        for (MatchResult r : PhraseStarts.matches(PATTERN, text, STARTS.in(text))) {
            got.add(r.start() + ":" + r.group());
        }
        assertEquals(want, got, text);
    }

    private static List<String> texts(String text) {
        return PhraseStarts.matches(PATTERN, text, STARTS.in(text)).stream().map(MatchResult::group).toList();
    }
}
