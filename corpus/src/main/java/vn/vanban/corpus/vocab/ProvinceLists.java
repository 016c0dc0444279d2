package vn.vanban.corpus.vocab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The provinces as they were listed on a day: 61 from 1 January 1997, 64 from 1 January 2004 (Điện
 * Biên, Đắk Nông and Hậu Giang), 63 from 1 August 2008 (Hà Tây into Hà Nội), 34 from 1 July 2025; and
 * the province of that list a province's document counts for.
 */
public final class ProvinceLists {

    /** The day the 34 provinces replaced the 63 (Nghị quyết 202/2025/QH15). */
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    /**
     * The list of a day: {@code provinces} by their names in provinces.tsv (or in
     * province-history.tsv for one that no longer exists), valid from {@code from} (null: from
     * before the vocabulary's first change) to {@code until} (null: still valid);
     * {@code since2025} when it is the list of the 34.
     */
    public record ProvinceList(LocalDate from, LocalDate until, List<String> provinces, boolean since2025) {}

    /** A row of province-history.tsv; null dates and names where the file has "-". */
    record Change(Province province, LocalDate from, LocalDate until, String partOfBefore, String partOfAfter) {}

    private final List<Province> present;
    private final Map<String, Change> changes = new LinkedHashMap<>();
    /** The provinces that exist only in older lists (Hà Tây). */
    private final List<Province> former;
    /** The days a list begins on, after the first list. */
    private final TreeSet<LocalDate> boundaries = new TreeSet<>();

    ProvinceLists(List<Province> present, List<Change> history) {
        this.present = List.copyOf(present);
        for (Change c : history) {
            changes.put(c.province().name(), c);
            if (c.from() != null) {
                boundaries.add(c.from());
            }
            if (c.until() != null) {
                boundaries.add(c.until().plusDays(1));
            }
        }
        boundaries.add(MERGER);
        java.util.Set<String> names = new java.util.HashSet<>();
        present.forEach(p -> names.add(p.name()));
        former = changes.values().stream().map(Change::province).filter(p -> !names.contains(p.name())).toList();
    }

    /** The list of a day; without a day, the 63 (the list before the 34 that lasted longest). */
    public ProvinceList at(LocalDate day) {
        LocalDate d = day == null ? MERGER.minusDays(1) : day;
        if (!d.isBefore(MERGER)) {
            List<String> names = present.stream().filter(Province::existsAfterMerger).map(Province::name).toList();
            return new ProvinceList(MERGER, null, names, true);
        }
        List<String> names = new ArrayList<>();
        for (Province p : present) {
            if (exists(p.name(), d)) {
                names.add(p.name());
            }
            // A former province next to the one it became part of, as lists of its time placed it.
            for (Province f : former) {
                if (p.name().equals(changes.get(f.name()).partOfAfter()) && exists(f.name(), d)) {
                    names.add(f.name());
                }
            }
        }
        LocalDate from = boundaries.floor(d);
        LocalDate next = boundaries.higher(d);
        return new ProvinceList(from, next == null ? null : next.minusDays(1), List.copyOf(names), false);
    }

    /**
     * The province of the list of {@code day} that a document of {@code p} counts for: itself, the
     * one it was part of before it began (Điện Biên in 2003 → Lai Châu), the one it became part of
     * (Hà Tây in 2009 → Hà Nội), or from 1 July 2025 the one of the 34. Without a day, as for the 63.
     */
    public String keyAt(Province p, LocalDate day) {
        LocalDate d = day == null ? MERGER.minusDays(1) : day;
        if (!d.isBefore(MERGER)) {
            return p.since2025();
        }
        String name = p.name();
        // A chain, should a province have changed twice; the file is small and has no cycle.
        for (int step = 0; step < 8; step++) {
            Change c = changes.get(name);
            if (c == null) {
                return name;
            }
            if (c.until() != null && d.isAfter(c.until()) && c.partOfAfter() != null) {
                name = c.partOfAfter();
            } else if (c.from() != null && d.isBefore(c.from()) && c.partOfBefore() != null) {
                name = c.partOfBefore();
            } else {
                return name;
            }
        }
        throw new IllegalStateException("province-history.tsv: a cycle through " + p.name());
    }

    private boolean exists(String name, LocalDate d) {
        Change c = changes.get(name);
        return c == null || (c.from() == null || !d.isBefore(c.from())) && (c.until() == null || !d.isAfter(c.until()));
    }
}
