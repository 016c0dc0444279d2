package vn.vanban.corpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines as stored in an index and served: written and read back the same, "after" only when there is one. */
class DeadlineJsonTest {

    @Test
    void deadlinesRoundTrip() {
        Deadline dated = new Deadline(DocDate.of(2021, 9, 30), "báo cáo UBND tỉnh", "Báo cáo UBND tỉnh trước ngày 30/9/2021.", 0, 20);
        Deadline relative = new Deadline(null, "gửi kế hoạch về UBND thành phố", "…", 5, 40,
                new Deadline.After(10, "days", "receipt", "10 ngày kể từ ngày nhận Kế hoạch này"));
        for (Deadline d : List.of(dated, relative)) {
            String json = Json.write(d);
            assertEquals(d, Json.read(json, Deadline.class), json);
        }
        assertFalse(Json.write(dated).contains("after"), Json.write(dated));
        assertTrue(Json.write(relative).contains("\"after\":{\"amount\":10,\"unit\":\"days\",\"from\":\"receipt\""), Json.write(relative));
        assertEquals(null, relative.lastDay());
    }
}
