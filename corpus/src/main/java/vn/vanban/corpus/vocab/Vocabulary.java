package vn.vanban.corpus.vocab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.text.VietnameseText;

/**
 * The vocabularies the reader works from, kept as data files beside this class: document types,
 * issuers and their codes, provinces, abbreviations, the bodies that open a header, levels, and
 * signers' titles.
 */
public final class Vocabulary {

    private static final String[] FILES = {"document-types.tsv", "issuers.tsv", "provinces.tsv", "abbreviations.tsv",
        "header-bodies.tsv", "levels.tsv", "signer-titles.tsv", "page-noise.tsv", "portal-pages.tsv", "province-names.tsv", "province-history.tsv", "signer-ranks.tsv",
        "tcvn3.tsv", "vni.tsv", "common-words.tsv", "metadata-columns.tsv", "relation-words.tsv", "numbering-periods.tsv", "permit-codes.tsv"};
    // After FILES: static fields initialise in order.
    private static final Vocabulary STANDARD = new Vocabulary();

    private final List<DocumentType> types = new ArrayList<>();
    private final Map<String, DocumentType> typeByAbbreviation = new LinkedHashMap<>();
    private final PhraseIndex<DocumentType> typeNames = new PhraseIndex<>();

    private final List<Issuer> issuers = new ArrayList<>();
    private final PhraseIndex<Issuer> issuerNames = new PhraseIndex<>();

    private final List<Province> provinces = new ArrayList<>();
    private final PhraseIndex<Province> provinceNames = new PhraseIndex<>();
    private final ProvinceLists provinceLists;

    private final PhraseIndex<String> abbreviations = new PhraseIndex<>();
    private final List<String[]> headerBodies = new ArrayList<>();
    private final PhraseIndex<Level> levelWords = new PhraseIndex<>();
    private final PhraseIndex<String> titles = new PhraseIndex<>();
    private final List<String[]> pageNoise = new ArrayList<>();
    private final List<String[]> portalPages = new ArrayList<>();
    /** Ranks written before a signer's name, folded. */
    private final List<String> ranks = new ArrayList<>();
    /** {province, former name, former kind, last day (ISO)}. */
    private final List<String[]> formerNames = new ArrayList<>();
    private final List<String> commonWords = new ArrayList<>();
    private final RelationWords relationWords;
    private final NumberingPeriods numberingPeriods;
    private final java.util.Set<String> permitCodes = new java.util.HashSet<>();
    /** "63|name" or "34|name" → its tile on the coverage map. */
    private final Map<String, Tile> tiles = new java.util.HashMap<>();


    private final String fingerprint;

    private Vocabulary() {
        fingerprint = Tsv.fingerprint(FILES);
        for (String[] r : Tsv.read("document-types.tsv", 4)) {
            DocumentType t = new DocumentType(r[0], Tsv.list(r[1]), r[2], Tsv.list(r[3]));
            types.add(t);
            for (String a : t.abbreviations()) {
                typeByAbbreviation.putIfAbsent(codeKey(a), t);
            }
            typeNames.add(t.name(), t);
            t.aliases().forEach(a -> typeNames.add(a, t));
        }
        for (String[] r : Tsv.read("issuers.tsv", 5)) {
            List<Pattern> codes = Tsv.list(r[2]).stream()
                    // Folded, not upper-cased: "\\d" must stay a digit class.
                    .map(c -> Pattern.compile(VietnameseText.fold(c), Pattern.CASE_INSENSITIVE)).toList();
            Issuer i = new Issuer(r[0], Tsv.list(r[1]), Tsv.list(r[2]), codes, Level.fromJson(r[3]), "local".equals(r[4]));
            issuers.add(i);
            issuerNames.add(i.name(), i);
            i.aliases().forEach(a -> issuerNames.add(a, i));
        }
        for (String[] r : Tsv.read("provinces.tsv", 4)) {
            Province p = new Province(r[0], r[1], r[2], Tsv.list(r[3]));
            provinces.add(p);
            provinceNames.add(p.name(), p);
            p.aliases().forEach(a -> provinceNames.add(a, p));
        }
        provinceLists = readProvinceHistory();
        for (String[] r : Tsv.read("abbreviations.tsv", 2)) {
            abbreviations.add(r[0], r[1]);
        }
        headerBodies.addAll(Tsv.read("header-bodies.tsv", 2));
        for (String[] r : Tsv.read("levels.tsv", 2)) {
            levelWords.add(r[0], Level.fromJson(r[1]));
        }
        for (String[] r : Tsv.read("signer-titles.tsv", 1)) {
            titles.add(r[0], r[0]);
        }
        pageNoise.addAll(Tsv.read("page-noise.tsv", 2));
        portalPages.addAll(Tsv.read("portal-pages.tsv", 2));
        formerNames.addAll(Tsv.read("province-names.tsv", 4));
        // Not in FILES: the map's layout changes no reading, so no index need be rebuilt for it.
        for (String[] r : Tsv.read("province-tiles.tsv", 5)) {
            tiles.put(r[0] + "|" + r[1], new Tile(Integer.parseInt(r[2]), Integer.parseInt(r[3]), r[4]));
        }
        for (String[] r : Tsv.read("signer-ranks.tsv", 1)) {
            ranks.add(VietnameseText.fold(r[0]));
        }
        for (String[] r : Tsv.read("common-words.tsv", 1)) {
            commonWords.add(r[0]);
        }
        relationWords = new RelationWords(Tsv.read("relation-words.tsv", 4));
        numberingPeriods = new NumberingPeriods(Tsv.read("numbering-periods.tsv", 5));
        for (String[] r : Tsv.read("permit-codes.tsv", 2)) {
            permitCodes.add(codeKey(r[0]));
        }
    }

    private ProvinceLists readProvinceHistory() {
        Map<String, Province> byName = new java.util.HashMap<>();
        provinces.forEach(p -> byName.put(p.name(), p));
        List<ProvinceLists.Change> changes = new ArrayList<>();
        for (String[] r : Tsv.read("province-history.tsv", 7)) {
            Province p = byName.get(r[0]);
            String after = dash(r[5]);
            if (p == null) {
                // A province of older lists only: from 1 July 2025 it counts where the one it joined does.
                Province joined = after == null ? null : byName.get(after);
                if (joined == null) {
                    throw new IllegalStateException("province-history.tsv: " + r[0] + " is not in provinces.tsv and joins no province that is");
                }
                Province former = new Province(r[0], r[1], joined.since2025(), Tsv.list(r[6]));
                provinceNames.add(former.name(), former);
                former.aliases().forEach(a -> provinceNames.add(a, former));
                p = former;
            }
            changes.add(new ProvinceLists.Change(p, day(r[2]), day(r[3]), dash(r[4]), after));
        }
        return new ProvinceLists(provinces, changes);
    }

    private static String dash(String cell) {
        return cell.isEmpty() || cell.equals("-") ? null : cell;
    }

    private static java.time.LocalDate day(String cell) {
        return dash(cell) == null ? null : java.time.LocalDate.parse(cell);
    }

    /** The provinces as listed on a day, and where a province's documents count on it. */
    public ProvinceLists provinceLists() {
        return provinceLists;
    }

    /** A hash of the vocabulary files: when it changes, documents read with the old ones are read again. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The vocabulary shipped with vanban. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /** A part of a ký hiệu as compared: upper case, without diacritics, Đ as D. */
    public static String codeKey(String part) {
        return VietnameseText.fold(part).toUpperCase(Locale.ROOT);
    }

    public List<DocumentType> documentTypes() {
        return List.copyOf(types);
    }

    /** The type a ký hiệu part stands for (NQ, CĐ, KH …), or null. */
    public DocumentType typeByAbbreviation(String symbolPart) {
        return typeByAbbreviation.get(codeKey(symbolPart));
    }

    public PhraseIndex<DocumentType> typeNames() {
        return typeNames;
    }

    public List<Issuer> issuers() {
        return List.copyOf(issuers);
    }

    public PhraseIndex<Issuer> issuerNames() {
        return issuerNames;
    }

    /** The issuer whose code is this ký hiệu part (TTg, VPCP, UBND …), or null. */
    public Issuer issuerByCode(String symbolPart) {
        String key = codeKey(symbolPart);
        for (Issuer i : issuers) {
            if (i.hasCode(key)) {
                return i;
            }
        }
        return null;
    }

    /** The level of a body named as citations name issuers ("Chính phủ", "Tỉnh ủy Bình Dương"); null if unknown. */
    public Level levelOfIssuer(String name) {
        if (name == null) {
            return null;
        }
        PhraseIndex.Match<Issuer> m = issuerNames.matchAt(VietnameseText.fold(name).trim(), 0);
        return m == null ? null : m.value().level();
    }

    /** The central issuer with exactly this name (folded comparison), or null. */
    public Issuer centralIssuerNamed(String name) {
        String folded = VietnameseText.fold(name).trim();
        PhraseIndex.Match<Issuer> m = issuerNames.matchAt(folded, 0);
        if (m != null && m.end() == folded.length() && m.value().level() == Level.CENTRAL) {
            return m.value();
        }
        return null;
    }

    public List<Province> provinces() {
        return List.copyOf(provinces);
    }

    public PhraseIndex<Province> provinceNames() {
        return provinceNames;
    }

    /**
     * The name of a body that exists in every province, in a given one: "Ủy ban nhân dân tỉnh" +
     * Bình Dương → "Ủy ban nhân dân tỉnh Bình Dương", "Tỉnh ủy" → "Tỉnh ủy Bình Dương", "Sở Y tế" →
     * "Sở Y tế tỉnh Bình Dương" ("thành phố" for a centrally-run city).
     */
    public String localName(String body, String provinceName) {
        Province p = province(provinceName);
        String name = p == null ? provinceName : p.name();
        String folded = VietnameseText.fold(body);
        if (folded.endsWith(" tinh") || folded.endsWith(" thanh pho") || folded.endsWith(" uy")) {
            return body + " " + name;
        }
        return body + " " + (p == null ? "tỉnh" : p.kind()) + " " + name;
    }

    /** The province of this name or alias (case and diacritics aside), or null. */
    public Province province(String name) {
        String folded = VietnameseText.fold(name).trim();
        PhraseIndex.Match<Province> m = provinceNames.matchAt(folded, 0);
        return m != null && m.end() == folded.length() ? m.value() : null;
    }

    public PhraseIndex<String> abbreviations() {
        return abbreviations;
    }

    /** Rows of {opening words in capitals, canonical spelling}. */
    public List<String[]> headerBodies() {
        return List.copyOf(headerBodies);
    }

    public PhraseIndex<Level> levelWords() {
        return levelWords;
    }

    /** Rows of {regular expression over a trimmed line, kind}. */
    public List<String[]> pageNoise() {
        return List.copyOf(pageNoise);
    }

    /**
     * A province's name as it was on a date: "Thừa Thiên Huế" until 31 December 2024, "Huế" from
     * then. Without a date, its present name.
     */
    public String provinceNameAt(Province p, vn.vanban.corpus.model.DocDate date) {
        if (p == null) {
            return null;
        }
        return provinceAt(p, date == null ? null : date.earliest()).name();
    }

    /** The province as it was named on a day (name and kind): "tỉnh Thừa Thiên Huế" in 2024. */
    public Province provinceAt(Province p, java.time.LocalDate day) {
        if (p == null || day == null) {
            return p;
        }
        String iso = day.toString();
        for (String[] r : formerNames) {
            if (r[0].equals(p.name()) && iso.compareTo(r[3]) <= 0) {
                return new Province(r[1], r[2], p.since2025(), p.aliases());
            }
        }
        return p;
    }

    /** A province's place on a tile grid map (row 0 is the north, column 0 the west) and the label on its tile. */
    public record Tile(int row, int column, String label) {}

    /**
     * The tile of a province (its name in provinces.tsv, or since 1 July 2025 the name of one of
     * the 34) on the map of the 63 provinces or of the 34; null for a name not on that map.
     */
    public Tile tile(String province, boolean since2025) {
        return tiles.get((since2025 ? "34|" : "63|") + province);
    }

    /** The former name a folded text is, or null ("thua thien hue" → "Thừa Thiên Huế"). */
    public String formerName(String folded) {
        for (String[] r : formerNames) {
            if (VietnameseText.fold(r[1]).equals(folded.trim())) {
                return r[1];
            }
        }
        return null;
    }

    /** Rows of {regular expression over a trimmed folded line, kind} of what portals add around a document. */
    public List<String[]> portalPages() {
        return List.copyOf(portalPages);
    }

    /** Rows of {field, '|'-separated column names} for metadata files. */
    public List<String[]> metadataColumns() {
        return Tsv.read("metadata-columns.tsv", 2);
    }

    /** The words that tell a relation, compiled (relation-words.tsv). */
    public RelationWords relationWords() {
        return relationWords;
    }

    /** Whether a symbol's type part numbers permits or certificates, not documents (permit-codes.tsv). */
    public boolean isPermitCode(String part) {
        return permitCodes.contains(codeKey(part));
    }

    /** Over which period a ký hiệu's number runs (numbering-periods.tsv). */
    public NumberingPeriods numberingPeriods() {
        return numberingPeriods;
    }

    /** Frequent Vietnamese words (NFC, canonical tone placement, lower case). */
    public List<String> commonWords() {
        return List.copyOf(commonWords);
    }

    /** A legacy encoding's table: sequence of Windows-1252 characters → Unicode letter. */
    public Map<String, String> legacyTable(String file) {
        Map<String, String> table = new java.util.HashMap<>();
        for (String[] r : Tsv.readRaw(file, 2)) {
            table.put(r[0], r[1]);
        }
        return table;
    }

    public PhraseIndex<String> signerTitles() {
        return titles;
    }

    /** Ranks written before a signer's name ("thuong tuong"), folded, longest first. */
    public List<String> signerRanks() {
        return ranks.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The syllables a header is made of, folded: those of the types, issuers, provinces, bodies,
     * titles and level words the vocabularies name (to tell words from spaced-out letters).
     */
    public java.util.Set<String> headerSyllables() {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<String> names = new ArrayList<>(commonWords);
        for (DocumentType t : types) {
            names.add(t.name());
            names.addAll(t.aliases());
        }
        for (Issuer i : issuers) {
            names.add(i.name());
            names.addAll(i.aliases());
        }
        for (Province p : provinces) {
            names.add(p.name());
            names.add(p.kind());
            names.addAll(p.aliases());
        }
        for (String[] h : headerBodies) {
            names.add(h[1]);
        }
        for (String[] r : Tsv.read("signer-titles.tsv", 1)) {
            names.add(r[0]);
        }
        for (String[] r : Tsv.read("levels.tsv", 2)) {
            names.add(r[0]);
        }
        names.addAll(List.of("Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập Tự do Hạnh phúc", "Đảng Cộng sản Việt Nam",
                "Số", "Kính gửi", "Về việc", "Nơi nhận", "Thay mặt", "Ký thay"));
        for (String n : names) {
            for (String w : VietnameseText.fold(n).split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
