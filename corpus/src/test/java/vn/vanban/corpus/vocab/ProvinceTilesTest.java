package vn.vanban.corpus.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coverage map's tiles: one for each province of each list, each in a cell of its own, labels apart. */
class ProvinceTilesTest {

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void everyProvinceOfEachListHasATileOfItsOwn() {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        Set<String> labelsBefore = new HashSet<>();
        Set<String> labelsAfter = new HashSet<>();
        int provincesAfter = 0;
        for (Province p : v.provinces()) {
            Vocabulary.Tile t = v.tile(p.name(), false);
            assertNotNull(t, p.name() + " on the map of 63");
            assertTrue(before.add(t.row() + "," + t.column()), p.name() + " shares a cell");
            assertTrue(labelsBefore.add(t.label()), p.name() + " shares its label " + t.label());
            if (p.existsAfterMerger()) {
                provincesAfter++;
                Vocabulary.Tile a = v.tile(p.name(), true);
                assertNotNull(a, p.name() + " on the map of 34");
                assertTrue(after.add(a.row() + "," + a.column()), p.name() + " shares a cell");
                assertTrue(labelsAfter.add(a.label()), p.name() + " shares its label " + a.label());
            } else {
                assertNull(v.tile(p.name(), true), p.name() + " is not one of the 34");
            }
        }
        assertEquals(63, before.size());
        // The provinces of older lists (Hà Tây) have cells of their own on the map of the 63.
        for (String former : v.provinceLists().at(java.time.LocalDate.of(2007, 1, 1)).provinces()) {
            Vocabulary.Tile t = v.tile(former, false);
            assertNotNull(t, former + " on the map of 2007");
            before.add(t.row() + "," + t.column());
            labelsBefore.add(t.label());
        }
        assertEquals(64, before.size(), "a former province shares a cell");
        assertEquals(64, labelsBefore.size(), "a former province shares a label");
        assertEquals(34, provincesAfter);
        assertEquals(34, after.size());
    }

    @Test
    void neighboursSitSideBySide() {
        // Rough geography, checked where it is plain: Hà Nội north of Hà Nam, Cà Mau the southernmost.
        assertTrue(v.tile("Hà Nội", false).row() < v.tile("Hà Nam", false).row());
        int south = v.provinces().stream().mapToInt(p -> v.tile(p.name(), false).row()).max().orElseThrow();
        assertEquals(south, v.tile("Cà Mau", false).row());
        assertTrue(v.tile("Đà Nẵng", true).column() > v.tile("Tây Ninh", true).column(), "the coast lies east");
    }
}
