package vn.vanban.corpus.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Plans a generated corpus the way orders cascade in reality: a central document (a Công điện of
 * the Thủ tướng, a Nghị quyết of the Chính phủ, a ministry's Công văn …), sometimes implementing an
 * earlier central one; in some of the 63 provinces a document implementing it days to weeks later;
 * under some of those, district documents implementing the province's. Deterministic for a seed.
 */
final class CorpusPlan {

    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 2);
    /** Central orders are spread over this many days from the first, so lags stay before the 2025 merger. */
    static final int SPAN_DAYS = 2250;
    private static final int DISTRICTS_PER_PROVINCE = 9;

    private final Vocabulary vocabulary;
    private final GeneratorVocabulary words;
    private final DocumentIds ids;
    private final List<Province> provinces;
    private final Map<String, Integer> counters = new HashMap<>();

    CorpusPlan(Vocabulary vocabulary, GeneratorVocabulary words) {
        this.vocabulary = vocabulary;
        this.words = words;
        this.ids = new DocumentIds(vocabulary);
        // The provinces before the 1 July 2025 merger: the generated orders are all earlier.
        this.provinces = vocabulary.provinces();
    }

    List<PlannedDocument> plan(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<PlannedDocument> docs = new ArrayList<>(count);
        List<PlannedDocument> centrals = new ArrayList<>();
        List<Office> central = words.offices(Level.CENTRAL);
        List<Office> province = words.offices(Level.PROVINCE);
        List<Office> district = words.offices(Level.DISTRICT);
        while (docs.size() < count) {
            LocalDate day = FIRST_DAY.plusDays((long) ((double) docs.size() / count * SPAN_DAYS) + rnd.nextInt(3));
            Office office = pick(central, rnd);
            PlannedDocument upper = null;
            if (!centrals.isEmpty() && rnd.nextDouble() < 0.3) {
                upper = centrals.get(Math.max(0, centrals.size() - 1 - rnd.nextInt(Math.min(centrals.size(), 30))));
                if (!upper.date().isBefore(day)) {
                    upper = null;
                }
            }
            int topic = upper != null ? upper.topic() : rnd.nextInt(words.topics.size());
            List<PlannedDocument> basis = new ArrayList<>();
            if (!centrals.isEmpty() && rnd.nextDouble() < 0.3) {
                PlannedDocument b = centrals.get(rnd.nextInt(centrals.size()));
                if (b != upper && b.date().isBefore(day)) {
                    basis.add(b);
                }
            }
            PlannedDocument order = add(docs, office, day, null, null, topic, upper, basis, List.of());
            centrals.add(order);
            double respond = 0.45 + 0.5 * rnd.nextDouble();
            for (int p = 0; p < provinces.size() && docs.size() < count; p++) {
                if (rnd.nextDouble() >= respond) {
                    continue;
                }
                Province where = provinces.get(p);
                LocalDate provinceDay = order.date().plusDays(lag(rnd, 5));
                List<PlannedDocument> cited = new ArrayList<>();
                if (rnd.nextDouble() < 0.25) {
                    PlannedDocument other = centrals.get(rnd.nextInt(centrals.size()));
                    if (other != order && other.date().isBefore(provinceDay)) {
                        cited.add(other);
                    }
                }
                PlannedDocument local = add(docs, pick(province, rnd), provinceDay, where, null, topic, order, List.of(),
                        cited);
                int below = districtsAnswering(rnd);
                int first = rnd.nextInt(DISTRICTS_PER_PROVINCE);
                for (int d = 0; d < below && docs.size() < count; d++) {
                    String name = districtName(p, (first + d) % DISTRICTS_PER_PROVINCE);
                    add(docs, pick(district, rnd), local.date().plusDays(lag(rnd, 4)), where, name, topic, local,
                            List.of(), List.of(order));
                }
            }
        }
        return docs;
    }

    /** The district names of a province: a stretch of the pool that depends on the province. */
    String districtName(int province, int i) {
        List<String> pool = words.districts;
        return pool.get((province * 7 + i * 13) % pool.size());
    }

    private PlannedDocument add(List<PlannedDocument> docs, Office office, LocalDate date, Province province,
            String district, int topic, PlannedDocument implemented, List<PlannedDocument> basedOn,
            List<PlannedDocument> cited) {
        // Named as on the document's day ("tỉnh Thừa Thiên Huế" before 2025), as the reader reads it.
        province = vocabulary.provinceAt(province, date);
        int year = date.getYear();
        // Numbers run per issuer, type and year centrally; per province and year locally, shared with
        // its districts: the id of a local document names its province only, not its district.
        String key = province == null ? office.issuer() + "|" + office.type() + "|" + year : province.name() + "|" + year;
        // Gaps of 0–2 between numbers: documents of the issuer that are not in the corpus.
        int number = counters.merge(key, 1 + Math.floorMod(docs.size() * 31 + key.hashCode(), 3), Integer::sum);
        String numberSymbol = office.numberSymbol(number, year);
        String issuer = issuerName(office, province, district);
        String id = ids.id(NumberSymbol.parse(numberSymbol), year, province == null ? null : province.name());
        String folder = province == null ? "trung-uong/" + year
                : DocumentIds.slug(province.name()) + (district == null ? "" : "/" + DocumentIds.slug(district));
        PlannedDocument doc = new PlannedDocument(docs.size(), office, numberSymbol, date, province, district, topic,
                implemented, List.copyOf(basedOn), List.copyOf(cited), issuer, id, folder + "/" + id + ".txt");
        docs.add(doc);
        return doc;
    }

    /** The issuer's full name: "Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân huyện Mường Ảng". */
    static String issuerName(Office office, Province province, String district) {
        if (district != null) {
            return office.issuer() + " " + district;
        }
        if (province != null) {
            String name = office.issuer().endsWith(" tỉnh")
                    ? office.issuer().substring(0, office.issuer().length() - " tỉnh".length()) + " " + province.kind()
                    : office.issuer();
            return name + " " + province.name();
        }
        return office.issuer();
    }

    /** Days between an order and the document implementing it: mostly a few, sometimes weeks. */
    private static int lag(SplittableRandom rnd, double median) {
        double days = Math.exp(Math.log(median) + 0.8 * rnd.nextGaussian());
        return (int) Math.max(1, Math.min(60, Math.round(days)));
    }

    private static int districtsAnswering(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        return u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.75 ? 2 : u < 0.9 ? 3 : 4;
    }

    private static Office pick(List<Office> offices, SplittableRandom rnd) {
        int total = offices.stream().mapToInt(Office::weight).sum();
        int r = rnd.nextInt(total);
        for (Office o : offices) {
            r -= o.weight();
            if (r < 0) {
                return o;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
