package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Signer;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Reads the administrative header laid down by Nghị định 30/2020/NĐ-CP: issuer (and the body
 * above it), số/ký hiệu, place and date, type and trích yếu, Kính gửi, and the signature at the
 * end. Works line by line on cleaned text; matching is done on folded lines so that capitals,
 * old tone placement and missing diacritics do not matter.
 */
final class HeaderParser {

    /** Between the parts of a date, a blank left for the day or month ("ngày ... tháng", "ngày ___"). */
    private static final String BLANK = "[\\s._…]*";

    /** How far down the header may reach, in lines. */
    private static final int HEADER_LINES = 40;
    static final Pattern NUMBER_LINE = Pattern.compile(
            "^\\s*(?:so\\s*(?:[:.]|(?=\\d))|(?:bo luat|luat|nghi quyet|phap lenh|lenh)\\s+so\\s*:)\\s*");
    private static final Pattern NUMBER_VALUE = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?)?\\s*([-/])?\\s*(?:(\\d{4})\\s*/\\s*)?(\\S.*)?$");
    /** "Điện Biên, ngày 25 tháng 8 năm 2021" at the start of a line or of a column of it. */
    static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\s{2,}|\\t)\\s*(?:[a-z][a-z .'-]{1,38}?\\s*,\\s*|\\.{2,}\\s*,?\\s*)ngay" + BLANK + "(\\d{1,2})?" + BLANK
            + "thang" + BLANK + "(\\d{1,2})?" + BLANK + "nam\\s*(\\d{4})");
    /** The same without the comma ("Hà Nội ngày 01 tháng 12 năm 2025"), only as a whole line. */
    private static final Pattern PLACE_DATE_NO_COMMA = Pattern.compile(
            "^\\s*(?:[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,4})\\s+ngay" + BLANK + "(\\d{1,2})?" + BLANK
            + "thang" + BLANK + "(\\d{1,2})?" + BLANK + "nam\\s*(\\d{4})\\s*[.]?\\s*$");
    /** A place and date broken after "ngày …": its first part. */
    private static final Pattern DATE_HEAD = Pattern.compile("ngay" + BLANK + "(\\d{1,2})?(?:" + BLANK + "thang" + BLANK
            + "(\\d{1,2})?)?\\s*$");
    private static final Pattern DATE_TAIL = Pattern.compile("^\\s*(?:thang|nam|\\d)");
    /** The date a law was passed, in its closing sentence: "… thông qua ngày 20 tháng 11 năm 2019". */
    private static final Pattern PASSED_ON = Pattern.compile(
            "thong qua\\s+ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    /** The motto, also when broken over two lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"). */
    private static final Pattern MOTTO = Pattern.compile(
            "cong hoa xa(?: hoi|\\s*$)|^\\s*hoi chu nghia viet nam|dang cong san viet nam|doc lap\\s*-");
    static final Pattern DECORATION = Pattern.compile("^[\\s_\\-–—=*.]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-+•–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The formula a telegram opens with, above its addressees: "THỦ TƯỚNG CHÍNH PHỦ điện:". */
    private static final Pattern TELEGRAM_TO = Pattern.compile("\\S\\s+dien\\s*:\\s*$");
    private static final Pattern TRAILING_RULE = Pattern.compile("\\s+[-_=*]{3,}\\s*$");
    /** A "Số:" value on the line below it: a number, or a blank number before the symbol ("/UBND-VX"). */
    private static final Pattern NUMBER_START = Pattern.compile("^(?:\\d+(?:\\.\\d+)?\\s*[-/]|[/-])\\s*\\S");
    /** The rest of a ký hiệu broken at a separator: symbol parts only ("UBND", "SYT", "UBND-VX"). */
    private static final Pattern SYMBOL_REST = Pattern.compile("^[\\p{Lu}\\d][\\p{L}\\d]*(?:[-/&][\\p{L}\\d]+)*$");
    private static final Pattern ABOUT = Pattern.compile("^\\s*(?:v/v|ve viec)\\s*[:.]?\\s*");

    private final Vocabulary vocabulary;
    private final BodyNames names;
    private final ClosingReader closing;
    private final ConsolidatedText consolidated;

    HeaderParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.names = new BodyNames(vocabulary);
        this.closing = new ClosingReader(vocabulary);
        this.consolidated = new ConsolidatedText(vocabulary, names);
    }

    Header parse(String text) {
        List<Line> lines = Line.split(text);
        String foldedText = null; // the whole text folded, once: a document is long, two checks read all of it
        int limit = Math.min(lines.size(), HEADER_LINES);

        Line numberLine = null;
        for (int i = 0; i < limit && numberLine == null; i++) {
            Matcher nm = NUMBER_LINE.matcher(lines.get(i).folded());
            // "Số 12/UBND" without its colon is the header's only in capitals: "số 31/2013/QH13 …"
            // starting a line is a citation wrapped in the body.
            if (nm.find() && (lines.get(i).folded().substring(0, nm.end()).matches(".*[:.].*")
                    || Character.isUpperCase(lines.get(i).text().stripLeading().charAt(0)))) {
                numberLine = lines.get(i);
            }
        }
        String number = null;
        String symbol = null;
        String numberSymbol = null;
        int numberEnd = numberLine == null ? -1 : numberLine.end();
        if (numberLine != null) {
            Matcher nm = NUMBER_LINE.matcher(numberLine.folded());
            nm.find();
            String value = numberValue(numberLine.text().substring(nm.end()));
            // Table debris: "Số:" and its value on lines of their own, or a ký hiệu broken at a
            // separator ("3783/QĐ-" / "UBND").
            Line next = nextNonBlank(lines, numberLine.index(), 3);
            if (next != null && value.isEmpty() && NUMBER_START.matcher(next.text().strip()).find()) {
                value = numberValue(next.text().strip());
                numberEnd = next.end();
                next = nextNonBlank(lines, next.index(), 1);
            }
            if (next != null && !value.isEmpty() && "-/".indexOf(value.charAt(value.length() - 1)) >= 0
                    && SYMBOL_REST.matcher(next.text().strip()).matches()) {
                value = value + next.text().strip();
                numberEnd = next.end();
            }
            String[] split = splitNumber(value);
            number = split[0];
            symbol = split[1];
            numberSymbol = split[2];
        }

        // Place and date.
        String place = null;
        DocDate date = null;
        Line dateLine = null;
        for (int i = 0; i < limit && dateLine == null; i++) {
            Line l = lines.get(i);
            String text1 = l.text();
            String folded1 = l.folded();
            Line next = nextNonBlank(lines, i, 2);
            if (next != null && DATE_HEAD.matcher(folded1).find() && DATE_TAIL.matcher(next.folded()).find()) {
                // "Bắc Ninh, ngày 20" / "tháng 11 năm 2025": read as one line.
                text1 = text1.stripTrailing() + " " + next.text().strip();
                folded1 = VietnameseText.foldAligned(text1);
            }
            Matcher m = PLACE_DATE.matcher(folded1);
            boolean found = m.find();
            if (!found) {
                m = PLACE_DATE_NO_COMMA.matcher(folded1);
                found = m.find() && capitalised(text1.substring(m.start(), folded1.indexOf("ngay", m.start())));
            }
            if (found) {
                int ngay = folded1.indexOf("ngay", m.start());
                String p = text1.substring(m.start(), ngay).replaceAll("[,.\\s]+$", "").trim();
                if (!p.isEmpty() && !Character.isUpperCase(p.charAt(0))) {
                    continue; // "hiệu lực kể từ ngày …" is not a place and date
                }
                dateLine = text1 == l.text() ? l : next;
                if (m.start() == 0 || folded1.substring(0, m.start()).isBlank()) {
                    Line before = i > 0 ? lines.get(i - 1) : null;
                    if (before != null && wrappedPlace(before)) {
                        p = before.text().strip() + " " + p; // "Thành phố Hồ" / "Chí Minh, ngày …"
                    }
                }
                // "ngày   tháng   năm 2026": a date left for the signer: only the place is known.
                date = m.group(2) == null ? null : date(m.group(3), m.group(2), m.group(1));
                place = p.isEmpty() ? null : p;
            }
        }

        if (date == null) {
            foldedText = VietnameseText.foldAligned(text);
            Matcher passed = PASSED_ON.matcher(foldedText);
            if (passed.find()) {
                date = date(passed.group(3), passed.group(2), passed.group(1));
            }
        }

        // Kính gửi and the recipients below it.
        List<String> recipients = new ArrayList<>();
        int afterRecipients = -1;
        for (int i = 0; i < limit; i++) {
            Line l = lines.get(i);
            String f = l.folded().stripLeading();
            // "Kính gửi:", or a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:" above its addressees.
            boolean telegram = isTelegramTo(l);
            if (f.startsWith("kinh gui") || telegram) {
                String inline = telegram ? "" : l.text().stripLeading().substring("kinh gui".length()).replaceFirst("^\\s*:?\\s*", "");
                if (!inline.isBlank()) {
                    recipients.add(recipient(inline));
                }
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    Line r = lines.get(j);
                    if (r.isBlank()) {
                        continue;
                    }
                    Matcher item = LIST_ITEM.matcher(r.text());
                    if (!item.find()) {
                        String t = r.text().strip();
                        if (!recipients.isEmpty() && !lines.get(j - 1).isBlank() && Character.isLowerCase(t.charAt(0))) {
                            // A recipient broken over two lines ("Kính gửi: Ủy" / "ban nhân dân các tỉnh").
                            int last = recipients.size() - 1;
                            recipients.set(last, recipient(recipients.get(last) + " " + t));
                            continue;
                        }
                        break;
                    }
                    recipients.add(recipient(r.text().substring(item.end())));
                }
                afterRecipients = j;
                break;
            }
        }
        recipients.removeIf(String::isBlank);

        // Type and trích yếu: "V/v …" under the number, or the line under the type's name.
        String type = null;
        String subject = null;
        int subjectStart = -1;
        int subjectEnd = -1;
        int subjectLastLine = -1;
        int stop = afterRecipients > 0 ? afterRecipients : limit;
        for (int i = 0; i < stop && subject == null; i++) {
            Line l = lines.get(i);
            Matcher about = ABOUT.matcher(l.folded());
            if (l.folded().stripLeading().startsWith("v/v") && about.find()) {
                int[] range = subjectRange(lines, i, about.end(), dateLine, true);
                subjectStart = range[0];
                subjectEnd = range[1];
                subjectLastLine = range[2];
                subject = tidySubject(text.substring(subjectStart, subjectEnd));
                type = "Công văn";
                // A telegram or a notice may carry a "V/v" line under its type's name ("CÔNG ĐIỆN" / "V/V …").
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    DocumentType titled = typeTitle(lines.get(k));
                    if (titled != null) {
                        type = titled.name();
                    }
                }
            }
        }
        if (subject == null) {
            for (int i = 0; i < stop && type == null; i++) {
                Line l = lines.get(i);
                DocumentType t = typeTitle(l);
                if (t != null) {
                    type = t.name();
                    int next = i + 1;
                    while (next < lines.size() && lines.get(next).isBlank()) {
                        next++;
                    }
                    if (next < lines.size() && next < stop && !lines.get(next).folded().stripLeading().startsWith("kinh gui")) {
                        // The line under the type's name is the trích yếu as written ("Về việc …" kept).
                        int[] range = subjectRange(lines, next, 0, dateLine, false);
                        subjectStart = range[0];
                        subjectEnd = range[1];
                        subjectLastLine = range[2];
                        subject = tidySubject(text.substring(subjectStart, subjectEnd));
                    }
                }
            }
        }
        if (type == null && numberLine != null) {
            // "Luật số: 80/2025/QH15", "Nghị quyết số: 190/2025/QH15": the label names the type.
            PhraseIndex.Match<DocumentType> labelled = vocabulary.typeNames().matchAt(numberLine.folded().stripLeading(), 0);
            if (labelled != null && numberLine.folded().stripLeading().startsWith(" so", labelled.end())) {
                type = labelled.value().name();
            }
        }
        if (type == null && symbol != null) {
            type = typeFromSymbol(symbol);
        }

        // Issuer, and the body above it.
        List<String> bodies = issuerBodies(lines);
        if (!bodies.isEmpty() && numberLine == null && !hasMotto(lines, limit) && names.head(bodies.get(0)) == null
                && vocabulary.centralIssuerNamed(bodies.get(bodies.size() - 1)) == null) {
            // Capitals at the top of a page that has neither the motto nor a "Số:" line, and that
            // name no known kind of body, are a heading, not an issuer ("CN T2 T3" of a calendar).
            bodies = List.of();
        }
        String issuer = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
        String parent = bodies.size() > 1 ? bodies.get(bodies.size() - 2) : null;
        if (issuer == null && symbol != null) {
            // The top-left block lost (a crawl that kept only the "Số:" line): a national body's code
            // in the ký hiệu names it ("NQ-UBTVQH15", "TT-BGDĐT"); a local code ("UBND") names no province.
            issuer = nationalIssuerOf(symbol);
        }
        Province province = names.provinceIn(issuer);
        if (province == null) {
            province = names.provinceIn(parent);
        }
        if (province == null && place != null) {
            province = vocabulary.province(place);
        }
        String provinceName = vocabulary.provinceNameAt(province, date);
        issuer = names.completeWithProvince(issuer, provinceName);
        parent = names.completeWithProvince(parent, provinceName);
        Level level = names.level(issuer);
        if (level == null) {
            level = names.level(parent);
        }
        if (level == Level.CENTRAL) {
            provinceName = null; // a ministry in Hà Nội is not a document of Hà Nội
        }

        int lastHeaderLine = Math.max(afterRecipients - 1, Math.max(subjectLastLine,
                Math.max(dateLine == null ? -1 : dateLine.index(), numberLine == null ? -1 : numberLine.index())));
        int bodyStart = lastHeaderLine + 1 < lines.size() ? lines.get(lastHeaderLine + 1).start() : text.length();

        Signer signer = closing.signer(lines);
        if (numberSymbol != null && numberSymbol.toUpperCase(java.util.Locale.ROOT).contains("/VBHN-")) {
            // A consolidated text with its own header on top ("Số: 94/VBHN-BQP"), as they are issued since 2025.
            type = "Văn bản hợp nhất";
        } else if (ConsolidatedText.is(foldedText != null ? foldedText : VietnameseText.foldAligned(text))) {
            // A consolidated text (văn bản hợp nhất) opens with the text it consolidates and gives its
            // own number, date and issuer in its xác thực block: at its end, or before its annexes.
            ConsolidatedText.Block b = consolidated.read(lines);
            type = "Văn bản hợp nhất";
            number = b.number();
            symbol = b.symbol();
            numberSymbol = b.numberSymbol();
            issuer = b.issuer();
            parent = null;
            date = b.date();
            place = b.place();
            provinceName = null;
            level = b.level();
            if (b.numberLine() != null) {
                numberLine = b.numberLine();
                numberEnd = numberLine.end();
            }
        }
        return new Header(type, number, symbol, numberSymbol, issuer, parent, level, provinceName, place, date,
                subject, recipients, signer, closing.noiNhan(lines),
                numberLine == null ? -1 : numberLine.start(), numberEnd,
                subjectStart, subjectEnd, bodyStart);
    }

    /** The first words of a place wrapped onto the line above its date: short, capitalised, no punctuation. */
    private static boolean wrappedPlace(Line l) {
        String t = l.text().strip();
        return !t.isEmpty() && t.split("\\s+").length <= 3 && capitalised(t) && !VietnameseText.isUpperCase(t)
                && t.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
    }

    /** "THỦ TƯỚNG CHÍNH PHỦ điện:": the authority in capitals, then the telegram's formula. */
    private static boolean isTelegramTo(Line l) {
        Matcher m = TELEGRAM_TO.matcher(l.folded());
        return m.find() && VietnameseText.isUpperCase(l.text().substring(0, m.start() + 1));
    }

    /** Every word starts with a capital: a place's name ("Hà Nội", "Thành phố Hồ Chí Minh"). */
    private static boolean capitalised(String words) {
        for (String w : words.trim().split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals("phố")) {
                return false;
            }
        }
        return true;
    }

    private static Line nextNonBlank(List<Line> lines, int index, int within) {
        for (int j = index + 1; j < Math.min(lines.size(), index + 1 + within); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** The ký hiệu after "Số:": up to a double space, a tab, or a word in small letters ("… ngày 30 tháng"). */
    static String numberValue(String rest) {
        String v = rest.split("\\s{2,}|\\t")[0];
        Matcher word = Pattern.compile("\\s+(?=\\p{Ll})").matcher(v);
        return (word.find() ? v.substring(0, word.start()) : v).trim();
    }

    /**
     * A "Số:" value as {number, symbol, number/symbol}: "2763/UBND-KGVX", "131-TB/TU",
     * "30/2021/QH15" (symbol QH15), "/UBND-VX" (no number: number/symbol is null).
     */
    static String[] splitNumber(String value) {
        Matcher v = NUMBER_VALUE.matcher(value.trim());
        if (!v.matches() || v.group(4) == null || value.indexOf(',') >= 0 || !v.group(4).chars().anyMatch(Character::isLetter)) {
            return new String[3]; // "Số 47, Phạm Văn Đồng" is an address, not a number: none rather than a wrong one
        }
        String number = v.group(1);
        String symbol = v.group(4).replaceAll("\\s+", ""); // "QĐ - U B ND" as OCR spaced it
        return new String[] {number, symbol, number == null ? null : value.trim().replaceAll("\\s+", "")};
    }

    static DocDate date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            int m = Integer.parseInt(month);
            return day == null ? DocDate.ofMonth(y, m) : DocDate.of(y, m, Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null; // "ngày 31 tháng 2": no date rather than a wrong one
        }
    }

    /**
     * [start, end) of a trích yếu starting at lines[i] + skip, and its last line index. It goes on
     * over the next lines, and over a blank line when what follows continues the sentence (Word
     * files put every line in a paragraph of its own).
     */
    private static int[] subjectRange(List<Line> lines, int i, int skip, Line dateLine, boolean acrossBlankLines) {
        int start = lines.get(i).start() + skip;
        int end = lines.get(i).end();
        int last = i;
        for (int j = i + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                int next = j + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && (acrossBlankLines ? continues(lines.get(last), lines.get(next))
                        : startsSmall(lines.get(next)))) {
                    j = next - 1;
                    continue;
                }
                break;
            }
            if (l == dateLine || l.folded().stripLeading().startsWith("kinh gui") || isTelegramTo(l)
                    || l.folded().stripLeading().startsWith("can cu")
                    || PLACE_DATE.matcher(l.folded()).find() || isMotto(l) || DECORATION.matcher(l.text()).matches()) {
                break;
            }
            // The enacting authority in capitals ("BỘ TRƯỞNG BỘ TÀI CHÍNH") ends a trích yếu written in small letters.
            if (VietnameseText.isUpperCase(l.text()) && !VietnameseText.isUpperCase(lines.get(last).text())) {
                break;
            }
            end = l.end();
            last = j;
        }
        return new int[] {start, end, last};
    }

    private static boolean hasMotto(List<Line> lines, int limit) {
        for (int i = 0; i < limit; i++) {
            if (isMotto(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The national motto line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), not a mention of it. */
    static boolean isMotto(Line l) {
        Matcher m = MOTTO.matcher(l.folded());
        return m.find() && (VietnameseText.isUpperCase(l.text().substring(m.start(), m.end())) || m.group().startsWith("doc lap"));
    }

    private static boolean startsSmall(Line l) {
        String t = l.text().strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && !PLACE_DATE.matcher(l.folded()).find();
    }

    /**
     * Whether {@code next} carries on the sentence of {@code previous} across a blank line: it
     * starts with a small letter or a digit; or the previous line ends without punctuation and
     * the next is a short line that is none of the header's other parts.
     */
    private static boolean continues(Line previous, Line next) {
        String t = next.text().strip();
        String f = next.folded().strip();
        if (t.isEmpty() || PLACE_DATE.matcher(f).find() || MOTTO.matcher(f).find() || f.startsWith("kinh gui")
                || f.startsWith("can cu") || NUMBER_LINE.matcher(f).find()) {
            return false;
        }
        if (Character.isLowerCase(t.charAt(0)) || Character.isDigit(t.charAt(0))) {
            return true;
        }
        String p = previous.text().strip();
        return !p.isEmpty() && ".;:!?".indexOf(p.charAt(p.length() - 1)) < 0 && t.length() <= 100
                && !VietnameseText.isUpperCase(t);
    }

    private static String tidySubject(String s) {
        return s.replaceAll("\\s+", " ").trim().replaceAll("[.;,]+$", "").trim();
    }

    private static String recipient(String s) {
        return s.replaceAll("\\s+", " ").trim().replaceAll("[;,.]+$", "").trim();
    }

    /** A line that is only a type's name in capitals: "QUYẾT ĐỊNH", "KẾ HOẠCH". */
    private DocumentType typeTitle(Line l) {
        String t = l.text().trim();
        if (t.isEmpty() || !VietnameseText.isUpperCase(t)) {
            return null;
        }
        String folded = VietnameseText.foldAligned(t);
        PhraseIndex.Match<DocumentType> m = vocabulary.typeNames().matchAt(folded, 0);
        if (m == null) {
            return null;
        }
        String rest = folded.substring(m.end()).trim();
        // "CÔNG ĐIỆN", "CÔNG ĐIỆN KHẨN", "THÔNG BÁO KẾT LUẬN"; not "KẾ HOẠCH VÀ ĐẦU TƯ".
        return rest.isEmpty() || rest.equals("khan") || rest.startsWith("ket luan") ? m.value() : null;
    }

    /**
     * The national body a ký hiệu names by its conventional shape, or null: type then issuer
     * ("NQ-UBTVQH15", "TT-BGDĐT"), or issuer then its unit, as letters are numbered ("BTC-CTK").
     */
    private String nationalIssuerOf(String symbol) {
        NumberSymbol ns = NumberSymbol.parse("0/" + symbol);
        if (ns == null || ns.parts().isEmpty()) {
            return null;
        }
        List<String> parts = ns.parts();
        boolean typed = vocabulary.typeByAbbreviation(parts.get(0)) != null;
        String code = typed ? (parts.size() == 2 ? parts.get(1) : null) : parts.get(0);
        var issuer = code == null ? null : vocabulary.issuerByCode(code);
        return issuer == null || issuer.local() ? null : issuer.name();
    }

    /** The type a ký hiệu names (KH-UBND → Kế hoạch); Công văn when it names only the issuer. */
    String typeFromSymbol(String symbol) {
        NumberSymbol ns = NumberSymbol.parse("0/" + symbol);
        if (ns == null) {
            return null;
        }
        for (String part : ns.parts()) {
            DocumentType t = vocabulary.typeByAbbreviation(part);
            if (t != null) {
                return t.name();
            }
        }
        return vocabulary.issuerByCode(ns.parts().get(0)) != null ? "Công văn" : null;
    }

    /** The bodies named at the top left, outermost first. */
    private List<String> issuerBodies(List<Line> lines) {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), 12); i++) {
            Line l = lines.get(i);
            String f = l.folded();
            Matcher motto = MOTTO.matcher(f);
            String t = l.text();
            boolean stopAfter = false;
            if (motto.find()) {
                t = t.substring(0, motto.start());
                stopAfter = true;
            }
            if (NUMBER_LINE.matcher(f).find() || PLACE_DATE.matcher(f).find()) {
                break;
            }
            t = TRAILING_RULE.matcher(t).replaceFirst("").trim(); // "CHÍNH PHỦ -------": the rule under the name
            if (!t.isEmpty() && !DECORATION.matcher(t).matches() && VietnameseText.isUpperCase(t) && typeTitle(l) == null) {
                // Word by word: a converter may have put the whole block on one line ("BỘ TÀI CHÍNH CỤC THUẾ").
                String[] words = SPACES.split(t);
                int headEnd = 0; // no break inside the opening words of a body ("THỦ TƯỚNG CHÍNH PHỦ")
                for (int w = 0; w < words.length; w++) {
                    String[] head = null;
                    if (w == 0 || w >= headEnd) {
                        String rest = w == 0 ? t : String.join(" ", java.util.Arrays.copyOfRange(words, w, words.length));
                        head = names.head(rest);
                        if (head != null) {
                            headEnd = w + SPACES.split(rest.substring(0, Integer.parseInt(head[1])).trim()).length;
                        }
                    }
                    boolean opens = w == 0 || head != null;
                    if (opens && (raw.isEmpty() || head != null && names.isComplete(names.spell(raw.get(raw.size() - 1))))) {
                        raw.add(words[w]);
                    } else {
                        raw.set(raw.size() - 1, raw.get(raw.size() - 1) + " " + words[w]);
                    }
                }
            }
            if (stopAfter && !raw.isEmpty()) {
                break; // the motto stands beside the issuer block: it ends there
            }
        }
        List<String> spelled = new ArrayList<>();
        for (String r : raw) {
            String name = names.spell(r);
            // The gazette repeats the issuer above the header as a section heading.
            if (spelled.isEmpty() || !spelled.get(spelled.size() - 1).equals(name)) {
                spelled.add(name);
            }
        }
        return spelled;
    }
}
