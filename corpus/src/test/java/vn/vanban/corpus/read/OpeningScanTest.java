package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying a pattern only at its opening characters finds what {@link Matcher#find()} finds, group for group. */
class OpeningScanTest {

    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    private static List<String> byScan(Pattern p, String text, IntPredicate opens) {
        List<String> out = new ArrayList<>();
        OpeningScan scan = new OpeningScan(p, text, opens);
        Matcher m = scan.matcher();
        while (scan.next()) {
            out.add(m.start() + "-" + m.end() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}./-])(\\d{1,6})\\s{0,2}/\\s{0,2}([\\p{L}\\p{N}-]{1,20})");
    private static final Pattern SO = Pattern.compile("(?=s)(?<![\\p{L}])so\\s+(\\d{1,5})(?=\\s+(?:ngay\\s+\\d|cua\\s))");
    private static final Pattern LAW = Pattern.compile("(?=[hblp])(?<![\\p{L}])(?<!phap )(hien phap|bo luat|luat|phap lenh)\\s+(?=\\S)");
    private static final Pattern EMPTY_TOO = Pattern.compile("(?=a)(a*)"); // an empty match moves one on, as find() does

    @Test
    void theSameMatchesAsFind() {
        String text = "Thực hiện Công điện số 1102/CĐ-TTg, so 12 ngay 3, 5/2021, x12/AB, luat dat dai, phap luat, bo luat 7/QH, hien phap nam";
        assertEquals(List.of("23-34:1102"), byScan(NUMBER, "Thực hiện Công điện số 1102/CĐ-TTg ngày", c -> c >= '0' && c <= '9'));
        Random r = new Random(Long.getLong("tests.seed", 20261204L));
        String[] parts = {"so ", "12", " ngay ", "3", "/", "CĐ-TTg", "luat ", "phap ", "lenh ", "bo ", "hien ", "a", "aa", " ", ".", "cua ", "x"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder(i == 0 ? text : "");
            for (int k = r.nextInt(40); k > 0; k--) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String s = b.toString();
            assertEquals(byFind(NUMBER, s), byScan(NUMBER, s, c -> c >= '0' && c <= '9'), s);
            assertEquals(byFind(SO, s), byScan(SO, s, c -> c == 's'), s);
            assertEquals(byFind(LAW, s), byScan(LAW, s, c -> c == 'h' || c == 'b' || c == 'l' || c == 'p'), s);
            assertEquals(byFind(EMPTY_TOO, s), byScan(EMPTY_TOO, s, c -> c == 'a'), s);
        }
    }

    @Test
    void fromAPositionAsFindFrom() {
        String s = "luat a, luat b, luat c";
        OpeningScan scan = new OpeningScan(LAW, s, c -> c == 'l');
        Matcher find = LAW.matcher(s);
        for (int from : new int[] {0, 1, 8, 9, 16, 21}) {
            boolean expected = find.find(from);
            assertEquals(expected, scan.next(from), "from " + from);
            if (expected) {
                assertEquals(find.start(), scan.matcher().start(), "from " + from);
            }
        }
    }
}
