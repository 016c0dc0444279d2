package vn.vanban.corpus.vocab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Over which period a ký hiệu's number runs, from {@code numbering-periods.tsv}: a calendar year
 * for a state document, the committee's term for a party document. A ký hiệu without a year names
 * one document per period: "36-NQ/TW" cited in 2019 is one of khóa XII's.
 */
public final class NumberingPeriods {

    /** A period: its label ("2021", "khóa XIII"), first and last day (last null: still open). */
    public record Period(String label, LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        /** A slug for ids: "2021", "khoa-xiii". */
        public String slug() {
            return vn.vanban.corpus.text.VietnameseText.fold(label).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }

    private record Row(Pattern part, Period period) {}

    private final List<Row> rows = new ArrayList<>();

    NumberingPeriods(List<String[]> table) {
        for (String[] r : table) {
            if (!"term".equals(r[1])) {
                throw new IllegalStateException("numbering-periods.tsv: unknown kind '" + r[1] + "'");
            }
            rows.add(new Row(Pattern.compile("(?:" + r[0].toUpperCase(java.util.Locale.ROOT) + ")"),
                    new Period(r[2], LocalDate.parse(r[3]), r[4].isEmpty() ? null : LocalDate.parse(r[4]))));
        }
    }

    /** Whether a ký hiệu with these symbol parts is numbered by terms (a party document's). */
    public boolean byTerm(List<String> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        String last = Vocabulary.codeKey(parts.get(parts.size() - 1));
        return rows.stream().anyMatch(r -> r.part().matcher(last).matches());
    }

    /** The period holding {@code day} for a ký hiệu with these parts: its term, or its calendar year. */
    public Period periodOf(List<String> parts, LocalDate day) {
        if (byTerm(parts)) {
            String last = Vocabulary.codeKey(parts.get(parts.size() - 1));
            for (Row r : rows) {
                if (r.part().matcher(last).matches() && r.period().contains(day)) {
                    return r.period();
                }
            }
        }
        return new Period(String.valueOf(day.getYear()), LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
    }
}
