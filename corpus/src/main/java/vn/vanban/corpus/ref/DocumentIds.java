package vn.vanban.corpus.ref;

import java.util.Locale;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Stable, URL-safe ids of documents, the same for a document read from its file and for a
 * reference to it in another's text, so that a referenced-only node becomes the real document
 * when that document is indexed.
 * <ul>
 *   <li>the ký hiệu's key, slugged: 30-2021-qh15;</li>
 *   <li>plus the year when the ký hiệu has none, since such a number repeats every year:
 *       1102-cd-ttg-2021;</li>
 *   <li>plus the province when the issuer is local (UBND, Tỉnh ủy): the same ký hiệu is used in
 *       every province: 2441-kh-ubnd-2021-dien-bien.</li>
 * </ul>
 * A document without a number (a draft, "Số: /UBND-VX") gets an id from its file name.
 */
public final class DocumentIds {

    private final Vocabulary vocabulary;

    public DocumentIds(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The id of the document with this ký hiệu, issued in {@code year} (used only when the ký hiệu
     * has no year; null if unknown) in {@code province} (used only when the issuer is local).
     */
    public String id(NumberSymbol ns, Integer year, String province) {
        StringBuilder id = new StringBuilder(ns.slug());
        if (ns.year() == null && year != null) {
            id.append('-').append(year);
        }
        if (isLocal(ns) && province != null) {
            // The province as it is named now: "Thừa Thiên Huế" (before 2025) and "Huế" are one province.
            Province p = vocabulary.province(province);
            id.append('-').append(slug(p != null ? p.name() : province));
        }
        return id.toString();
    }

    /**
     * The id of a document with a yearless ký hiệu known only by the period its number runs in (a
     * party committee's term): 36-nq-tw-khoa-xii.
     */
    public String idInPeriod(NumberSymbol ns, String periodSlug, String province) {
        String yearly = id(ns, null, province);
        String base = ns.slug();
        return base + "-" + periodSlug + yearly.substring(base.length());
    }

    /** The province a citation's document belongs to: the one its issuer names, or the citing document's. */
    public String provinceOf(Citation c, OfficialDocument citing) {
        String province = citing.province();
        if (c.issuer() != null) {
            PhraseIndex.Match<Province> p = vocabulary.provinceNames().findFirst(VietnameseText.foldAligned(c.issuer()));
            if (p != null) {
                province = p.value().name();
            }
        }
        return province;
    }

    /** Whether two names are of one province ("Thừa Thiên Huế" and "Huế"). */
    public boolean sameProvince(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        Province pa = vocabulary.province(a);
        Province pb = vocabulary.province(b);
        return pa != null && pb != null ? pa.name().equals(pb.name()) : a.equals(b);
    }

    /** Whether the ký hiệu belongs to a body that exists in every province (UBND, TU …). */
    public boolean isLocal(NumberSymbol ns) {
        boolean local = false;
        for (String part : ns.parts()) {
            Issuer i = vocabulary.issuerByCode(part);
            if (i != null) {
                if (!i.local()) {
                    return false; // a national code anywhere makes the ký hiệu national
                }
                local = true;
            }
        }
        return local;
    }

    /** The id of a document read from a file. */
    public String forDocument(OfficialDocument d) {
        NumberSymbol ns = NumberSymbol.parse(d.numberSymbol());
        if (ns == null) {
            // A row of a metadata file is named by its file and its row.
            return idForUnnumbered(d.row() == null ? d.file() : stem(d.file()) + "-r" + d.row());
        }
        return id(ns, d.date() == null ? null : d.date().year(), d.province());
    }

    /**
     * The id of the document a citation names. A ký hiệu without a year takes the year of the
     * citation's date, or else of the citing document (a reference rarely reaches back further
     * without a date); a local one takes the province its issuer names, or the citing document's.
     */
    public String forCitation(Citation c, OfficialDocument citing) {
        NumberSymbol ns = NumberSymbol.parse(c.numberSymbol());
        if (ns == null) {
            // A law cited by name: its name, and its year when the citation gives its date.
            return c.name() == null ? null : "n-" + slug(c.name()) + (c.date() == null ? "" : "-" + c.date().year());
        }
        Integer year = c.date() != null ? Integer.valueOf(c.date().year())
                : citing.date() != null ? Integer.valueOf(citing.date().year()) : null;
        return id(ns, year, provinceOf(c, citing));
    }

    /** Id of a document that has no number: from its file name, which is unique in the corpus. */
    public String idForUnnumbered(String fileName) {
        return "f-" + slug(stem(fileName));
    }

    private static String stem(String fileName) {
        return fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    }

    public static String slug(String s) {
        String slug = VietnameseText.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
