package vn.vanban.search.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.NumberingPeriods;

/**
 * Which document a ký hiệu without a year means ("Chỉ thị số 16/CT-TTg" cited in 2021, without a
 * date). Its number restarts every period (a calendar year, or a party committee's term), so
 * every document known with that ký hiệu is a candidate, and so is a document of the citing
 * period not known yet. Each is scored with every clue there is:
 * <ul>
 *   <li>the citing date: a document is cited after it is issued, and the further back its period,
 *       the less likely (halved per period);</li>
 *   <li>how well it is known: indexed, and cited elsewhere with a date;</li>
 *   <li>the citing sentence's words against what is known of it (its trích yếu, the sentences
 *       of the other citations of it).</li>
 * </ul>
 * The best is the target; the others within reach are kept as candidates, and the reference is
 * ambiguous when the best is not clearly ahead.
 */
public final class YearlessResolver {

    /** A document known with the ký hiệu: from the index, or from a citation that gave its date. */
    public record Known(String id, DocDate date, boolean inCorpus, int support, Set<String> words, String issuer) {
        public Known(String id, DocDate date, boolean inCorpus, int support, Set<String> words) {
            this(id, date, inCorpus, support, words, null);
        }
    }

    /** The document meant, how sure (0–1), and the plausible ones with their shares (best first). */
    public record Resolution(String target, double confidence, List<CitationEdge.Candidate> candidates, boolean ambiguous) {}

    /** Below this share of the best score a candidate is not plausible. */
    private static final double PLAUSIBLE = 0.25;
    /** Under this confidence, with several plausible candidates, the reference is ambiguous. */
    private static final double SURE = 0.7;

    private final NumberingPeriods periods;

    public YearlessResolver(NumberingPeriods periods) {
        this.periods = periods;
    }

    /**
     * @param fresh the id of a document of the citing period not known yet (the default guess; of
     *     the year {@code yearsSince} tells, when it tells one), or null when the citing date is unknown
     * @param sentence the citing sentence's words (see {@link #words}), possibly empty
     */
    public Resolution resolve(NumberSymbol ns, DocDate citingDate, Set<String> sentence, List<Known> known, String fresh) {
        return resolve(ns, citingDate, sentence, null, known, fresh);
    }

    /**
     * "Sơ kết 05 năm thực hiện Chỉ thị số 13/CT-TTg": how many years the document has been carried
     * out, when the citing sentence says so before the ký hiệu; null otherwise.
     */
    public static Integer yearsSince(String sentence, String numberSymbol) {
        if (sentence == null || numberSymbol == null) {
            return null;
        }
        String folded = VietnameseText.fold(sentence).toLowerCase(Locale.ROOT);
        int at = folded.indexOf(VietnameseText.fold(numberSymbol).toLowerCase(Locale.ROOT));
        java.util.regex.Matcher m = YEARS_OF.matcher(at < 0 ? folded : folded.substring(0, at));
        Integer years = null;
        while (m.find()) {
            years = Integer.valueOf(m.group(1));
        }
        return years;
    }

    private static final java.util.regex.Pattern YEARS_OF = java.util.regex.Pattern.compile(
            "(?<!\\d)(\\d{1,2}) nam (?:trien khai |to chuc |tiep tuc )?(?:thuc hien|thi hanh|trien khai)\\b");

    /** @param yearsSince years the document has been carried out ({@link #yearsSince}), or null */
    public Resolution resolve(NumberSymbol ns, DocDate citingDate, Set<String> sentence, Integer yearsSince, List<Known> known,
            String fresh) {
        return resolve(ns, citingDate, sentence, yearsSince, null, known, fresh);
    }

    /** @param issuer who the citation says issued it ("của Bộ Y tế"), or null */
    public Resolution resolve(NumberSymbol ns, DocDate citingDate, Set<String> sentence, Integer yearsSince, String issuer,
            List<Known> known, String fresh) {
        record Scored(String id, DocDate date, double score) {}
        List<Scored> scored = new ArrayList<>();
        LocalDate citing = citingDate == null ? null : citingDate.earliest();
        NumberingPeriods.Period citingPeriod = citing == null ? null : periods.periodOf(ns.parts(), citing);
        boolean freshKnown = false;
        for (Known k : known) {
            if (k.date() == null) {
                continue;
            }
            LocalDate issued = k.date().earliest();
            double prior = 1.0;
            if (citing != null) {
                if (issued.isAfter(citing)) {
                    continue; // not cited before it was issued
                }
                int back = periodsBetween(ns, issued, citing);
                freshKnown |= back == 0;
                prior = Math.pow(0.5, back);
            }
            double support = 1 + Math.log1p(k.support()) + (k.inCorpus() ? 0.5 : 0);
            double overlap = sentence.isEmpty() || k.words().isEmpty() ? 0 : overlap(sentence, k.words());
            double told = yearsSince == null || citing == null ? 1 : issued.getYear() == citing.getYear() - yearsSince ? 4 : 0.5;
            // The issuer the citation names against the one known: the same ký hiệu of another body is another document.
            double by = issuer == null || k.issuer() == null ? 1 : sameIssuer(issuer, k.issuer()) ? 1.5 : 0.3;
            scored.add(new Scored(k.id(), k.date(), prior * support * (1 + 2 * overlap) * told * by));
        }
        if (fresh != null && !freshKnown && scored.stream().noneMatch(s -> s.id().equals(fresh))) {
            // A document of the citing period nobody else has named yet: a new number of this year or term.
            // Of the citing period, or of the year "05 năm thực hiện" tells (the caller names it so).
            scored.add(new Scored(fresh, null, 1.0));
        }
        if (scored.isEmpty()) {
            return new Resolution(fresh, 0.5, List.of(), false);
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        double total = scored.stream().mapToDouble(Scored::score).sum();
        Scored best = scored.get(0);
        List<CitationEdge.Candidate> plausible = new ArrayList<>();
        for (Scored s : scored) {
            if (s.score() >= PLAUSIBLE * best.score()) {
                plausible.add(new CitationEdge.Candidate(s.id(), s.date(), Math.round(s.score() / total * 1000) / 1000.0));
            }
        }
        double confidence = best.score() / total;
        boolean ambiguous = plausible.size() > 1 && confidence < SURE;
        return new Resolution(best.id(), Math.round(confidence * 1000) / 1000.0, plausible.size() > 1 ? plausible : List.of(),
                ambiguous);
    }

    /** Periods from the one of {@code issued} to the one of {@code citing}: years, or terms. */
    private int periodsBetween(NumberSymbol ns, LocalDate issued, LocalDate citing) {
        if (!periods.byTerm(ns.parts())) {
            return citing.getYear() - issued.getYear();
        }
        int back = 0;
        LocalDate d = citing;
        while (back < 10) {
            NumberingPeriods.Period p = periods.periodOf(ns.parts(), d);
            if (p.contains(issued) || p.from() == null) {
                return back;
            }
            back++;
            d = p.from().minusDays(1);
        }
        return back;
    }

    private static boolean sameIssuer(String a, String b) {
        String fa = VietnameseText.fold(a).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        String fb = VietnameseText.fold(b).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return fa.contains(fb) || fb.contains(fa);
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return common / (double) Math.max(1, Math.min(a.size(), 12));
    }

    /** Syllables of the citation formulas ("thực hiện Công văn số … của UBND tỉnh"): not clues. */
    private static final Set<String> FORMULA = new HashSet<>();

    static {
        for (String[] r : vn.vanban.corpus.vocab.Tsv.read("formula-syllables.tsv", 1)) {
            FORMULA.add(VietnameseText.normalize(r[0]));
        }
    }

    /**
     * Syllable pairs of a text (lower case, marks kept), formula syllables and numbers left out
     * ("tiếp tục giãn cách xã hội theo Chỉ thị" → "giãn cách", "cách xã", "xã hội").
     */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        // Marks kept: folded, "bảo vệ" would lose "vệ" to the formula word "về".
        String[] syllables = VietnameseText.normalize(text).split("[^\\p{L}]+"); // NFC, one tone placement, lower case
        String prev = null;
        for (String s : syllables) {
            if (s.isEmpty() || FORMULA.contains(s)) {
                prev = null;
                continue;
            }
            if (prev != null) {
                out.add(prev + " " + s);
            }
            prev = s;
        }
        return out;
    }
}
