package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Finds every ký hiệu in a text and reads the phrase around it: "Công điện số 1102/CĐ-TTg ngày
 * 23/8/2021 của Thủ tướng Chính phủ". Works on the text with line breaks read as spaces (PDF
 * conversions break lines inside a citation); offsets are those of the text.
 */
final class MentionFinder {

    /** A number, an optional year, then symbol parts separated by - or / ("131-TB/TU", "30/2021/QH15"). */
    private static final Pattern NUMBER_SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])(\\d{1,6}(?:\\.\\d{1,3})?)\\s?([-/])\\s?(?:(\\d{4})/)?"
                    + "((?:[\\p{L}\\p{N}]{1,12})(?:[-/][\\p{L}\\p{N}]{1,12}){0,4})(?![\\p{L}\\p{N}])");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^[\\s,]*(?:ban hanh\\s+)?ngay\\s*(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4}))");
    private static final Pattern OF = Pattern.compile("^[\\s,]*cua\\s+");
    private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile("\\s(?:so|so:|so hieu)\\s*$");

    private final Vocabulary vocabulary;

    MentionFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Mention> find(String text, String citingProvince) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        String folded = VietnameseText.foldAligned(flat);
        List<Mention> mentions = new ArrayList<>();
        Matcher m = NUMBER_SYMBOL.matcher(flat);
        while (m.find()) {
            String written = flat.substring(m.start(), m.end()).replaceAll("\\s+", "");
            NumberSymbol ns = NumberSymbol.parse(written);
            if (ns == null || !looksLikeSymbol(ns)) {
                continue;
            }
            int phraseStart = m.start();
            String type = null;
            int before = typeBefore(folded, m.start());
            if (before >= 0) {
                PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(folded, before);
                type = t.value().name();
                phraseStart = before;
            }
            if (type == null) {
                type = typeFromParts(ns);
            }
            int pos = m.end();
            DocDate date = null;
            Matcher d = DATE_AFTER.matcher(folded).region(pos, folded.length());
            d.useAnchoringBounds(true);
            if (d.lookingAt()) {
                date = d.group(1) != null ? date(d.group(3), d.group(2), d.group(1)) : date(d.group(6), d.group(5), d.group(4));
                pos = d.end();
            }
            String issuer = null;
            boolean local = false;
            Matcher of = OF.matcher(folded).region(pos, folded.length());
            if (of.lookingAt()) {
                PhraseIndex.Match<Issuer> im = vocabulary.issuerNames().matchAt(folded, of.end());
                if (im != null) {
                    issuer = im.value().name();
                    local = im.value().local();
                    pos = im.end();
                    if (local) {
                        // "của UBND tỉnh Lai Châu": the text names the province.
                        Matcher space = Pattern.compile("^\\s+").matcher(folded).region(pos, folded.length());
                        int at = space.lookingAt() ? space.end() : pos;
                        PhraseIndex.Match<Province> p = vocabulary.provinceNames().matchAt(folded, at);
                        String province = p != null ? p.value().name() : citingProvince;
                        if (p != null) {
                            pos = p.end();
                        }
                        issuer = province == null ? issuer : issuer + " " + province;
                    }
                }
            }
            if (issuer == null) {
                Issuer byCode = issuerFromParts(ns);
                if (byCode != null) {
                    local = byCode.local();
                    issuer = local && citingProvince != null ? byCode.name() + " " + citingProvince
                            : local ? null : byCode.name();
                }
            }
            mentions.add(new Mention(ns, type, date, issuer, local, m.start(), m.end(), phraseStart, pos));
        }
        return mentions;
    }

    /** Where a type's name starts before "số" ahead of a ký hiệu, allowing two words between; or -1. */
    private int typeBefore(String folded, int at) {
        int windowStart = Math.max(0, at - 60);
        String window = folded.substring(windowStart, at);
        Matcher so = NUMBER_WORD_BEFORE.matcher(window);
        int end = so.find() ? so.start() : window.length();
        // Try every word start in the window, nearest first, for a type name followed by at most
        // two more words up to 'end'.
        for (int i = end - 1; i >= 0; i--) {
            if (i > 0 && Character.isLetterOrDigit(window.charAt(i - 1))) {
                continue;
            }
            if (!Character.isLetter(window.charAt(i))) {
                continue;
            }
            PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(window, i);
            if (t != null) {
                String between = window.substring(t.end(), end).trim();
                int words = between.isEmpty() ? 0 : between.split("\\s+").length;
                if (words > 2 || between.contains(",") || between.contains(".")) {
                    return -1;
                }
                // A longer name may contain this one: "Thông báo kết luận" holds "Kết luận".
                for (int k = i - 1; k >= Math.max(0, i - 30); k--) {
                    PhraseIndex.Match<DocumentType> longer = vocabulary.typeNames().matchAt(window, k);
                    if (longer != null && longer.end() >= t.end() && (k == 0 || !Character.isLetterOrDigit(window.charAt(k - 1)))) {
                        return windowStart + k;
                    }
                }
                return windowStart + i;
            }
        }
        return -1;
    }

    /** A ký hiệu, not a fraction or a code: some part is a known abbreviation or code, or is in capitals. */
    private boolean looksLikeSymbol(NumberSymbol ns) {
        for (String part : ns.parts()) {
            if (vocabulary.typeByAbbreviation(part) != null || vocabulary.issuerByCode(part) != null) {
                return true;
            }
            long upper = part.chars().filter(Character::isUpperCase).count();
            if (upper >= 2) {
                return true;
            }
        }
        return false;
    }

    private String typeFromParts(NumberSymbol ns) {
        for (String part : ns.parts()) {
            DocumentType t = vocabulary.typeByAbbreviation(part);
            if (t != null) {
                return t.name();
            }
        }
        return null;
    }

    private Issuer issuerFromParts(NumberSymbol ns) {
        Issuer found = null;
        for (String part : ns.parts()) {
            Issuer i = vocabulary.issuerByCode(part);
            if (i != null && (found == null || (found.local() && !i.local()))) {
                found = i;
            }
        }
        return found;
    }

    private static DocDate date(String year, String month, String day) {
        try {
            return DocDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
