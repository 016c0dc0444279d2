package vn.vanban.corpus.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.vanban.corpus.text.VietnameseText;

/**
 * The queries a benchmark runs on a generated corpus, the same for every engine: keywords as
 * typed (half of them without diacritics), quoted phrases, keywords with a type or province filter,
 * and ký hiệu of central documents (with the id expected in the top 10).
 */
final class QuerySet {

    /** One query: {@code kind} keyword | phrase | filtered | number; empty strings for what does not apply. */
    record Query(String kind, String q, String type, String province, String expect) {}

    private final BodyText body;

    QuerySet(BodyText body) {
        this.body = body;
    }

    List<Query> make(List<PlannedDocument> docs, int perKind, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eedL);
        List<Query> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int guard = 0;
        while (out.size() < perKind && guard++ < perKind * 20) {
            String q = keywords(docs, rnd, 2 + rnd.nextInt(3));
            if (rnd.nextBoolean()) {
                q = VietnameseText.fold(q).toLowerCase(java.util.Locale.ROOT);
            }
            if (seen.add("k" + q)) {
                out.add(new Query("keyword", q, "", "", ""));
            }
        }
        guard = 0;
        while (out.size() < 2 * perKind && guard++ < perKind * 20) {
            String q = "\"" + keywords(docs, rnd, 2 + rnd.nextInt(2)) + "\"";
            if (seen.add("p" + q)) {
                out.add(new Query("phrase", q, "", "", ""));
            }
        }
        guard = 0;
        while (out.size() < 3 * perKind && guard++ < perKind * 20) {
            PlannedDocument d = docs.get(rnd.nextInt(docs.size()));
            String q = keywords(docs, rnd, 2);
            String type = rnd.nextDouble() < 0.7 ? d.office().type() : "";
            String province = d.province() != null && (type.isEmpty() || rnd.nextBoolean()) ? d.province().name() : "";
            if (type.isEmpty() && province.isEmpty()) {
                type = d.office().type();
            }
            if (seen.add("f" + q + type + province)) {
                out.add(new Query("filtered", q, type, province, ""));
            }
        }
        List<PlannedDocument> central = docs.stream().filter(d -> d.province() == null).toList();
        guard = 0;
        while (out.size() < 4 * perKind && guard++ < perKind * 20 && !central.isEmpty()) {
            PlannedDocument d = central.get(rnd.nextInt(central.size()));
            // The document itself should come before those that cite it (a ký hiệu without a year
            // names a document of every year: up to one a year share it).
            if (seen.add("n" + d.numberSymbol())) {
                out.add(new Query("number", d.numberSymbol(), "", "", d.id()));
            }
        }
        return out;
    }

    /** A run of consecutive words from a sentence of some document's body, without punctuation. */
    private String keywords(List<PlannedDocument> docs, SplittableRandom rnd, int n) {
        PlannedDocument d = docs.get(rnd.nextInt(docs.size()));
        String[] w = body.sentence(d, rnd.nextInt(body.sentences(d))).replaceAll("[^\\p{L}\\p{N} ]", " ")
                .trim().split("\\s+");
        int from = rnd.nextInt(Math.max(1, w.length - n));
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, Math.min(w.length, from + n))).toLowerCase(java.util.Locale.ROOT);
    }
}
