package vn.vanban.search.graph;

import java.util.function.Predicate;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.text.VietnameseText;

/**
 * Which documents a graph query reports: by type, province, level, and date (inclusive); null
 * means any. Names compare without case or diacritics.
 */
public record NodeFilter(String type, String province, Level level, DocDate from, DocDate to) implements Predicate<DocNode> {

    public static final NodeFilter ANY = new NodeFilter(null, null, null, null, null);

    @Override
    public boolean test(DocNode n) {
        if (type != null && (n.type() == null || !same(type, n.type()))) {
            return false;
        }
        if (province != null && (n.province() == null || !same(province, n.province()))) {
            return false;
        }
        if (level != null && n.level() != level) {
            return false;
        }
        if (from != null && (n.date() == null || n.date().compareTo(from) < 0)) {
            return false;
        }
        return to == null || n.date() != null && n.date().earliest().compareTo(end(to)) <= 0;
    }

    private static java.time.LocalDate end(DocDate d) {
        return d.isComplete() ? d.earliest() : d.earliest().withDayOfMonth(d.earliest().lengthOfMonth());
    }

    private static boolean same(String a, String b) {
        return VietnameseText.fold(a).trim().equals(VietnameseText.fold(b).trim());
    }
}
