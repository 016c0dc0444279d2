package vn.vanban.corpus.ref;

import java.util.Locale;
import vn.vanban.corpus.text.VietnameseText;
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
            id.append('-').append(slug(province));
        }
        return id.toString();
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

    /** Id of a document that has no number: from its file name, which is unique in the corpus. */
    public String idForUnnumbered(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return "f-" + slug(base);
    }

    public static String slug(String s) {
        String slug = VietnameseText.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
