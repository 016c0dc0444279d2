package vn.vanban.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passage boundaries: where they fall in a real text (a decimal point and a ký hiệu's dots are not a sentence's end). */
class PassageBreaksTest {

    @Test
    void boundariesFallAfterASentencesEndAndAtLineBreaks() {
        String text = "Điều 1. Phạm vi điều chỉnh; đối tượng áp dụng.\nĐiều 2. Số 12/2021/NĐ-CP ngày 5.8.2021 có hiệu lực!  Hết. Điều 3.\u00a0Liền; Điều 4.\u3000Tách";
        BreakIterator b = new PassageBreaks();
        b.setText(text);
        List<String> passages = new ArrayList<>();
        for (int start = b.first(), end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            passages.add(text.substring(start, end));
        }
        assertEquals(List.of("Điều 1. ", "Phạm vi điều chỉnh; ", "đối tượng áp dụng.\n", "Điều 2. ",
                "Số 12/2021/NĐ-CP ngày 5.8.2021 có hiệu lực! ", " Hết. ",
                "Điều 3.\u00a0Liền; ", "Điều 4.\u3000", "Tách"), passages, "a no-break space joins, an ideographic space breaks");
    }
}
