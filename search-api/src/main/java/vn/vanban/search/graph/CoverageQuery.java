package vn.vanban.search.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Deadline;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.ProvinceLists;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Which provinces answered an order: those with a document implementing it at any depth, over the
 * provinces listed on the order's date (61 from 1997, 64 from 2004, 63 from August 2008, 34 from
 * 1 July 2025; a document of a province that did not exist on that date counts for the province it
 * was part of then, see {@link ProvinceLists}).
 */
public final class CoverageQuery {

    /**
     * A province: {@code province} as the vocabulary names it (the key of filters), {@code name} as
     * it was named on the order's date ("Thừa Thiên Huế" in 2021), its tile on the map of that
     * date, the implementing documents, and the first of them (the least lag) with its lag.
     */
    public record ProvinceCoverage(String province, boolean responded, List<String> documents, Long firstLagDays,
            String name, Vocabulary.Tile tile, DocNode first, Timeliness deadlineStatus) {}

    /**
     * A province against the order's deadline: its first implementing document dated by the
     * deadline's last day, after it, or none yet; null without a deadline, or when the first is undated.
     */
    public enum Timeliness {
        ON_TIME, LATE, NOT_YET;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code deadline}: the order's earliest deadline of a known day, the one its implementers meet first
     * ({@code deadlines}: all it sets, as read), null when it sets none or is not in the corpus.
     * {@code listFrom} and {@code listUntil}: the days the list of {@code of} provinces was valid
     * (null: from before the vocabulary's first change, or still valid).
     */
    public record Coverage(String asOf, int of, int responded, List<ProvinceCoverage> provinces,
            List<Deadline> deadlines, Deadline deadline, String listFrom, String listUntil) {}

    private final CitationLinks graph;
    private final Vocabulary vocabulary;
    /** Province names as documents write them, resolved once. */
    private final java.util.Map<String, java.util.Optional<Province>> provinces = new java.util.concurrent.ConcurrentHashMap<>();

    /** The vocabulary's provinces by their name (the keys of a coverage). */
    private final Map<String, Province> byName = new java.util.concurrent.ConcurrentHashMap<>();

    public CoverageQuery(CitationLinks graph, Vocabulary vocabulary) {
        this.graph = graph;
        this.vocabulary = vocabulary;
        vocabulary.provinces().forEach(p -> byName.put(p.name(), p));
    }

    public Coverage coverage(String id) {
        return coverage(id, List.of());
    }

    /** The coverage of an order that sets {@code deadlines} (its reading's). */
    public Coverage coverage(String id, List<Deadline> deadlines) {
        // Of the deadlines whose day is known: one counted from each recipient's receipt has none.
        Deadline deadline = deadlines.stream().filter(d -> d.lastDay() != null)
                .min(java.util.Comparator.comparing(Deadline::lastDay)).orElse(null);
        DocNode root = graph.node(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
        LocalDate day = root.date() == null ? null : root.date().earliest();
        ProvinceLists lists = vocabulary.provinceLists();
        ProvinceLists.ProvinceList list = lists.at(day);
        boolean after = list.since2025();
        Map<String, List<Implementer>> byProvince = new LinkedHashMap<>();
        for (String p : list.provinces()) {
            byProvince.put(p, new ArrayList<>());
        }
        for (Implementer i : new ImplementersQuery(graph).implementers(id, 0)) {
            String name = i.document().province();
            if (name == null) {
                continue;
            }
            Province p = provinces.computeIfAbsent(name, n -> java.util.Optional.ofNullable(vocabulary.province(n))).orElse(null);
            if (p == null) {
                continue;
            }
            String key = lists.keyAt(p, day);
            byProvince.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<ProvinceCoverage> provinces = new ArrayList<>();
        int responded = 0;
        for (Map.Entry<String, List<Implementer>> e : byProvince.entrySet()) {
            List<Implementer> docs = e.getValue();
            // The first answer: the least lag; without dates, the nearest in the cascade.
            Implementer first = docs.stream().min(java.util.Comparator.comparing(Implementer::lagDays,
                    java.util.Comparator.nullsLast(Long::compare)).thenComparingInt(Implementer::depth)).orElse(null);
            if (!docs.isEmpty()) {
                responded++;
            }
            Province p = byName.computeIfAbsent(e.getKey(), vocabulary::province);
            String name = after || p == null ? e.getKey() : vocabulary.provinceAt(p, day).name();
            provinces.add(new ProvinceCoverage(e.getKey(), !docs.isEmpty(),
                    docs.stream().map(i -> i.document().id()).toList(), first == null ? null : first.lagDays(),
                    name, vocabulary.tile(e.getKey(), after), first == null ? null : first.document(), timeliness(deadline, first)));
        }
        String asOf = root.date() == null ? null : root.date().earliest().toString();
        return new Coverage(asOf, byProvince.size(), responded, provinces, List.copyOf(deadlines), deadline,
                list.from() == null ? null : list.from().toString(), list.until() == null ? null : list.until().toString());
    }

    private static Timeliness timeliness(Deadline deadline, Implementer first) {
        if (deadline == null) {
            return null;
        }
        if (first == null) {
            return Timeliness.NOT_YET;
        }
        DocDate d = first.document().date();
        if (d == null) {
            return null;
        }
        return d.earliest().isAfter(deadline.lastDay()) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
