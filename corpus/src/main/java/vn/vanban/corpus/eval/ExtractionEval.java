package vn.vanban.corpus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.model.StatedRelation;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.read.UnreadableDocumentException;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Measures the reader against hand-labelled readings (corpus/eval/, see docs/labeling.md) of real
 * documents from ../shared/corpus: citations found (precision, recall), their relation and
 * fields, the relations stated between others, and the header fields of gazette documents.
 * Citations match by ký hiệu key (any spelling) or, for laws cited by name, by name.
 */
public final class ExtractionEval {

    /** The figures of one run. */
    public record Report(Map<String, Object> figures, List<String> misses) {}

    private static final String BINH_DUONG = "Ủy ban nhân dân tỉnh Bình Dương";

    private final DocumentReader reader;
    private final ObjectMapper json = Json.mapper();

    public ExtractionEval(DocumentReader reader) {
        this.reader = reader;
    }

    /**
     * @param labels the folder of the golden files
     * @param shared ../shared/corpus, where the labelled texts are
     */
    public Report run(Path labels, Path shared) throws IOException {
        Tally stated = new Tally();
        Tally[] halves = {new Tally(), new Tally()};
        Tally[] statedHalves = {new Tally(), new Tally()};
        rows(labels.resolve("binhduong-labels.jsonl"), shared.resolve("binhduong/binhduong-dev.csv"), halves, statedHalves);
        Tally rows = new Tally();
        rows.add(halves[0]);
        rows.add(halves[1]);
        stated.add(statedHalves[0]);
        stated.add(statedHalves[1]);
        Tally gazetteCitations = new Tally();
        Tally headers = gazette(labels.resolve("gazette-labels.jsonl"), shared.resolve("gazette"), gazetteCitations);
        Tally all = new Tally();
        all.add(rows);
        all.add(gazetteCitations);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("citations", scores(all));
        figures.put("binhduong", scores(rows));
        // The rules are written looking at rows of even years only; odd years are held out.
        figures.put("binhduongDev", scores(halves[0]));
        figures.put("binhduongHeldOut", scores(halves[1]));
        figures.put("statedDev", statedScores(statedHalves[0]));
        figures.put("statedHeldOut", statedScores(statedHalves[1]));
        figures.put("gazetteCanCu", scores(gazetteCitations));
        Map<String, Object> statedFigures = new LinkedHashMap<>();
        statedFigures.put("gold", stated.gold);
        statedFigures.put("predicted", stated.predicted);
        statedFigures.put("precision", round(stated.precision()));
        statedFigures.put("recall", round(stated.recall()));
        figures.put("stated", statedFigures);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("documents", headers.gold);
        headers.fieldAccuracy().forEach((k, v) -> header.put(k, round(v)));
        figures.put("gazetteHeader", header);
        List<String> misses = new ArrayList<>(all.misses);
        misses.addAll(stated.misses);
        misses.addAll(headers.misses);
        // Held-out pages, labelled by people who did not run the reader; and development pages, to write rules on.
        pages(labels.resolve("portal-labels.jsonl"), shared, "labelledPages", "", figures, misses);
        pages(labels.resolve("portal-dev-labels.jsonl"), shared, "devPages", "dev ", figures, misses);
        Path portalTsv = shared.resolve("tvpl/portal-metadata.tsv");
        if (Files.exists(portalTsv)) {
            Tally[] portal = new PortalEval(Vocabulary.standard()).run(portalTsv, shared.resolve("tvpl/docs"));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("dev", PortalEval.figures(portal[0]));
            p.put("heldOut", PortalEval.figures(portal[1]));
            p.put("devWithHeader", PortalEval.figures(portal[2]));
            p.put("heldOutWithHeader", PortalEval.figures(portal[3]));
            figures.put("portalHeader", p);
            misses.addAll(portal[0].misses);
            misses.addAll(portal[1].misses);
        }
        return new Report(figures, misses);
    }

    /** The figures of a file of labelled pages, under {@code name}Header, …Citations, …Stated. */
    private void pages(Path file, Path shared, String name, String missPrefix, Map<String, Object> figures,
            List<String> misses) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Tally citations = new Tally();
        Tally stated = new Tally();
        Tally headers = labelledPages(file, shared, citations, stated);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("documents", headers.gold);
        headers.fieldAccuracy().forEach((k, v) -> h.put(k, round(v)));
        figures.put(name + "Header", h);
        figures.put(name + "Citations", scores(citations));
        figures.put(name + "Stated", statedScores(stated));
        for (Tally t : List.of(headers, citations, stated)) {
            t.misses.forEach(m -> misses.add(missPrefix + m));
        }
    }

    private static Map<String, Object> statedScores(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", t.gold);
        m.put("predicted", t.predicted);
        m.put("precision", round(t.precision()));
        m.put("recall", round(t.recall()));
        return m;
    }

    private static Map<String, Object> scores(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", t.gold);
        m.put("predicted", t.predicted);
        m.put("matched", t.matched);
        m.put("precision", round(t.precision()));
        m.put("recall", round(t.recall()));
        m.put("relation", round(t.relationAccuracy()));
        // Share of the matched citations whose relation a rule decided (anything but the default "cites").
        m.put("ruled", round(t.matched == 0 ? 0 : t.ruled / (double) t.matched));
        if (!t.confusion.isEmpty()) {
            m.put("relationErrors", new java.util.TreeMap<>(t.confusion));
        }
        t.fieldAccuracy().forEach((k, v) -> m.put(k, round(v)));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The labelled rows, tallied by the parity of their year: [0] even (development), [1] odd (held out). */
    private void rows(Path labelFile, Path csv, Tally[] halves, Tally[] stated) throws IOException {
        Map<Integer, OfficialDocument> byRow = new HashMap<>();
        try {
            for (ReadDocument d : reader.readAll(csv, new ReadOptions(BINH_DUONG)).documents()) {
                byRow.put(d.document().row(), d.document());
            }
        } catch (UnreadableDocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (String line : Files.readAllLines(labelFile)) {
            if (line.isBlank()) {
                continue;
            }
            Labels.Row gold = json.readValue(line, Labels.Row.class);
            OfficialDocument got = byRow.get(gold.row());
            int half = got == null || got.date() == null ? 1 : got.date().year() % 2;
            Tally t = halves[half];
            String where = "binhduong row " + gold.row() + " (" + gold.so_ky_hieu() + ")";
            if (got == null) {
                t.misses.add(where + ": row not read");
                t.gold += gold.citations().size();
                continue;
            }
            compare(where, gold.citations(), got.citations(), t, false);
            compareStated(where, gold.stated() == null ? List.of() : gold.stated(), got.stated(), stated[half]);
        }
    }

    private Tally gazette(Path labelFile, Path folder, Tally citations) throws IOException {
        Tally h = new Tally();
        for (String line : Files.readAllLines(labelFile)) {
            if (line.isBlank()) {
                continue;
            }
            Labels.Gazette gold = json.readValue(line, Labels.Gazette.class);
            String where = "gazette " + gold.file();
            OfficialDocument got;
            try {
                got = reader.read(folder.resolve(gold.file())).document();
            } catch (UnreadableDocumentException e) {
                h.misses.add(where + ": " + e.reason());
                h.gold++;
                continue;
            }
            h.gold++;
            field(h, where, "numberSymbol", gold.numberSymbol(), got.numberSymbol());
            field(h, where, "type", gold.type(), got.type());
            field(h, where, "issuer", gold.issuer(), got.issuer());
            field(h, where, "place", gold.place(), got.place());
            field(h, where, "date", gold.date(), got.date() == null ? null : got.date().toString());
            field(h, where, "subject", normalise(gold.subject()), normalise(got.subject()));
            field(h, where, "signer.name", gold.signer() == null ? null : gold.signer().name(),
                    got.signer() == null ? null : got.signer().name());
            field(h, where, "signer.title", gold.signer() == null ? null : gold.signer().title(),
                    got.signer() == null ? null : got.signer().title());
            compare(where, gold.citations(), got.citations(), citations, true);
        }
        return h;
    }

    /** Pages of tvpl/ and congbot/ labelled by hand: every header field and every citation. */
    private Tally labelledPages(Path labelFile, Path shared, Tally citations, Tally stated) throws IOException {
        Tally h = new Tally();
        for (String line : Files.readAllLines(labelFile)) {
            if (line.isBlank()) {
                continue;
            }
            Labels.Portal gold = json.readValue(line, Labels.Portal.class);
            String where = "page " + gold.file();
            h.gold++;
            OfficialDocument got;
            try {
                got = reader.read(shared.resolve(gold.file())).document();
            } catch (UnreadableDocumentException e) {
                h.misses.add(where + ": " + e.reason());
                continue;
            }
            field(h, where, "numberSymbol", gold.numberSymbol(), got.numberSymbol());
            field(h, where, "type", gold.type(), got.type());
            field(h, where, "issuer", normalise(gold.issuer()), normalise(got.issuer()));
            field(h, where, "parentIssuer", normalise(gold.parentIssuer()), normalise(got.parentIssuer()));
            field(h, where, "level", gold.level(), got.level() == null ? null : got.level().json());
            field(h, where, "province", gold.province(), got.province());
            field(h, where, "place", normalise(gold.place()), normalise(got.place()));
            field(h, where, "date", gold.date(), got.date() == null ? null : got.date().toString());
            field(h, where, "subject", normalise(gold.subject()), normalise(got.subject()));
            field(h, where, "recipients", normaliseAll(gold.recipients()), normaliseAll(got.recipients()));
            field(h, where, "signer.name", gold.signer() == null ? null : gold.signer().name(),
                    got.signer() == null ? null : got.signer().name());
            // The title as the vocabulary names it; a label may add the unit ("Cục trưởng Cục Người có công").
            String goldTitle = gold.signer() == null ? null : gold.signer().title();
            String gotTitle = got.signer() == null ? null : got.signer().title();
            field(h, where, "signer.title", normalise(goldTitle),
                    gotTitle != null && goldTitle != null && normalise(goldTitle).startsWith(normalise(gotTitle) + " ")
                            ? normalise(goldTitle) : normalise(gotTitle));
            field(h, where, "signer.capacity", gold.signer() == null ? null : gold.signer().capacity(),
                    got.signer() == null ? null : got.signer().capacity());
            compare(where, gold.citations(), got.citations(), citations, false);
            if (gold.stated() != null) {
                compareStated(where, gold.stated(), got.stated(), stated);
            }
        }
        return h;
    }

    private static String normaliseAll(List<String> items) {
        return items == null ? "[]" : items.stream().map(ExtractionEval::normalise).toList().toString();
    }

    private static void field(Tally t, String where, String name, String gold, String got) {
        boolean right = Objects.equals(gold, got);
        t.field(name, right);
        if (!right) {
            t.misses.add(where + ": " + name + " is " + quote(got) + ", labelled " + quote(gold));
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static String normalise(String s) {
        return s == null ? null : VietnameseText.normalize(s).replaceAll("\\s+", " ").replaceAll("[.;,]+$", "").trim();
    }

    /**
     * Matches labelled citations with read ones. With {@code basisOnly} (gazette: only "Căn cứ"
     * references are labelled), read citations count as predictions only when read as basedOn.
     */
    private static void compare(String where, List<Labels.Citation> gold, List<Citation> got, Tally t, boolean basisOnly) {
        Map<String, Citation> byKey = new LinkedHashMap<>();
        for (Citation c : got) {
            byKey.putIfAbsent(key(c.numberSymbol(), c.name()), c);
        }
        Map<String, Labels.Citation> goldByKey = new LinkedHashMap<>();
        for (Labels.Citation g : gold) {
            goldByKey.putIfAbsent(key(g.numberSymbol(), g.name()), g);
        }
        t.gold += goldByKey.size();
        for (Citation c : byKey.values()) {
            Labels.Citation labelled = goldByKey.get(key(c.numberSymbol(), c.name()));
            // Gazette labels hold the "Căn cứ" references only; one the whole text amends (its
            // subject says "đính chính Thông tư …") is labelled with that stronger relation.
            boolean counts = !basisOnly || c.relation() == Relation.BASED_ON
                    || labelled != null && c.relation().json().equals(labelled.relation());
            if (counts) {
                t.predicted++;
            }
            if (!goldByKey.containsKey(key(c.numberSymbol(), c.name())) && counts) {
                t.misses.add(where + ": read a citation that is not labelled: " + label(c.numberSymbol(), c.name())
                        + " (" + c.relation().json() + ")");
            }
        }
        for (Map.Entry<String, Labels.Citation> e : goldByKey.entrySet()) {
            Labels.Citation g = e.getValue();
            Citation c = byKey.get(e.getKey());
            if (c == null) {
                t.misses.add(where + ": missed " + label(g.numberSymbol(), g.name()));
                continue;
            }
            if (!basisOnly || c.relation() == Relation.BASED_ON || c.relation().json().equals(g.relation())) {
                t.matched++;
            } else {
                t.misses.add(where + ": " + label(g.numberSymbol(), g.name()) + " read as " + c.relation().json()
                        + ", labelled basedOn");
                continue;
            }
            boolean relation = c.relation().json().equals(g.relation());
            if (c.relation() != Relation.CITES) {
                t.ruled++;
            }
            if (relation) {
                t.relationRight++;
            } else {
                t.confusion.merge(g.relation() + "→" + c.relation().json(), 1, Integer::sum);
                t.misses.add(where + ": " + label(g.numberSymbol(), g.name()) + " read as " + c.relation().json()
                        + ", labelled " + g.relation());
            }
            fieldOf(t, where, g, "spelling", g.numberSymbol() == null ? g.name() : g.numberSymbol(),
                    c.numberSymbol() == null ? c.name() : c.numberSymbol());
            fieldOf(t, where, g, "type", g.type(), c.type());
            fieldOf(t, where, g, "date", g.date(), c.date() == null ? null : c.date().toString());
            fieldOf(t, where, g, "issuer", g.issuer(), c.issuer());
        }
    }

    private static void fieldOf(Tally t, String where, Labels.Citation g, String field, String gold, String got) {
        boolean right = Objects.equals(gold, got);
        t.field(field, right);
        if (!right) {
            t.misses.add(where + ": " + label(g.numberSymbol(), g.name()) + " " + field + " is " + quote(got)
                    + ", labelled " + quote(gold));
        }
    }

    private static void compareStated(String where, List<Labels.Stated> gold, List<StatedRelation> got, Tally t) {
        List<String> goldKeys = gold.stream().map(s -> key(s.from(), s.from()) + ">" + key(s.to(), s.to())).toList();
        List<String> gotKeys = got.stream().map(s -> key(s.from(), s.from()) + ">" + key(s.to(), s.to())).toList();
        t.gold += goldKeys.size();
        t.predicted += gotKeys.size();
        for (int i = 0; i < gotKeys.size(); i++) {
            if (goldKeys.contains(gotKeys.get(i))) {
                t.matched++;
            } else {
                t.misses.add(where + ": stated " + got.get(i).from() + " → " + got.get(i).to() + " is not labelled");
            }
        }
        for (int i = 0; i < goldKeys.size(); i++) {
            if (!gotKeys.contains(goldKeys.get(i))) {
                t.misses.add(where + ": missed stated " + gold.get(i).from() + " → " + gold.get(i).to());
            }
        }
    }

    /** A citation's identity: its ký hiệu's key, or its folded name. */
    static String key(String numberSymbol, String name) {
        NumberSymbol ns = NumberSymbol.parse(numberSymbol);
        if (ns != null) {
            return ns.key();
        }
        String n = name != null ? name : numberSymbol;
        return "name:" + (n == null ? "" : VietnameseText.fold(n).replaceAll("\\s+", " ").trim());
    }

    private static String label(String numberSymbol, String name) {
        return numberSymbol != null ? numberSymbol : "«" + name + "»";
    }
}
