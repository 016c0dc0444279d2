package vn.vanban.corpus.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.UnreadableDocumentException;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * The header as the reader takes it apart, against what the portal's metadata block says of the
 * same page (../shared/corpus/tvpl/portal-metadata.tsv: số hiệu, loại văn bản, nơi ban hành,
 * người ký, ngày ban hành). The reader runs without the block as a second witness, so that what
 * is measured is the header's own reading. Files are split in two by the first hex digit of
 * their name: the rules were written looking at 0–7 only ({@code dev}), 8–f is held out.
 */
final class PortalEval {

    static final String DEV_DIGITS = "01234567";

    private final DocumentReader reader;

    PortalEval(Vocabulary vocabulary) {
        this.reader = new DocumentReader(vocabulary, false);
    }

    static boolean isDev(String fileName) {
        return !fileName.isEmpty() && DEV_DIGITS.indexOf(Character.toLowerCase(fileName.charAt(0))) >= 0;
    }

    /**
     * Tallies of the five fields: {dev, heldOut, dev pages with a header, held-out pages with a
     * header}. A page has a header when the portal's số hiệu stands near the top of the document
     * proper: some pages hold only the body (the portal dropped the header), and what the header
     * alone can read of them is nothing.
     */
    Tally[] run(Path tsv, Path docs) throws IOException {
        Tally[] all = run(tsv, docs, false);
        Tally[] withHeader = run(tsv, docs, true);
        return new Tally[] {all[0], all[1], withHeader[0], withHeader[1]};
    }

    private Tally[] run(Path tsv, Path docs, boolean onlyWithHeader) throws IOException {
        Tally dev = new Tally();
        Tally held = new Tally();
        List<String> lines = Files.readAllLines(tsv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] r = line.split("\t", -1);
            if (r.length < 6) {
                throw new IOException(tsv + ": a row of fewer than 6 fields: " + line);
            }
            String file = r[0];
            Tally t = isDev(file) ? dev : held;
            String where = "portal " + file + (isDev(file) ? " (dev)" : " (held out)") + (onlyWithHeader ? "*" : "");
            OfficialDocument d;
            try {
                var read = reader.read(docs.resolve(file));
                d = read.document();
                if (onlyWithHeader && !hasHeader(read.text(), r[1])) {
                    continue;
                }
                t.gold++;
            } catch (UnreadableDocumentException e) {
                t.gold++;
                t.misses.add(where + ": " + e.reason());
                for (String f : new String[] {"numberSymbol", "type", "date", "signer", "issuer"}) {
                    t.field(f, false);
                }
                continue;
            }
            field(t, where, "numberSymbol", r[1], d.numberSymbol());
            if (!r[2].equals("Văn bản khác")) { // the portal's "other": no type named
                field(t, where, "type", r[2], d.type());
            }
            field(t, where, "date", iso(r[5]), d.date() == null ? null : d.date().toString());
            field(t, where, "signer", r[4], d.signer() == null ? null : d.signer().name());
            boolean issuer = sameIssuer(r[3], d);
            t.field("issuer", issuer);
            if (!issuer && !onlyWithHeader) {
                t.misses.add(where + ": issuer is '" + d.issuer() + "' (province " + d.province() + "), the portal says '"
                        + r[3] + "'");
            }
        }
        return new Tally[] {dev, held};
    }

    static Map<String, Object> figures(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", t.gold);
        t.fieldAccuracy().forEach((k, v) -> m.put(k, Math.round(v * 1000) / 1000.0));
        return m;
    }

    /**
     * The portal names a local issuer by its province ("Tỉnh Bắc Ninh" for its People's Committee or
     * Council, and their departments), a central one by name, sometimes the first words of it ("Ban
     * Chấp hành Trung ương" for "… Trung ương Đảng").
     */
    static boolean sameIssuer(String portal, OfficialDocument d) {
        String p = fold(portal);
        String province = p.startsWith("tinh ") ? p.substring(5) : p.startsWith("thanh pho ") ? p.substring(10) : null;
        if (province != null && d.province() != null && d.level() != Level.CENTRAL && fold(d.province()).equals(province)) {
            return true;
        }
        for (String n : new String[] {d.issuer(), d.parentIssuer()}) {
            if (n != null && (fold(n).equals(p) || fold(n).startsWith(p + " "))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHeader(String text, String numberSymbol) {
        String top = text.substring(0, Math.min(text.length(), 3000)).replaceAll("\\s+", "");
        return top.contains(numberSymbol.replaceAll("\\s+", ""));
    }

    private static void field(Tally t, String where, String name, String gold, String got) {
        boolean right = gold.isBlank() ? got == null : got != null && fold(gold).equals(fold(got));
        t.field(name, right);
        if (!right && !where.endsWith("*")) {
            t.misses.add(where + ": " + name + " is " + (got == null ? "null" : "'" + got + "'") + ", the portal says '"
                    + gold + "'");
        }
    }

    private static String iso(String ddmmyyyy) {
        String[] p = ddmmyyyy.trim().split("/");
        return p.length == 3 ? p[2] + "-" + p[1] + "-" + p[0] : ddmmyyyy;
    }

    private static String fold(String s) {
        return VietnameseText.fold(s).replaceAll("\\s+", " ").trim();
    }
}
