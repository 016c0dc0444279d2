package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.ref.KyHieuSpelling;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Finds the documents a text mentions and reads the phrase around each: "Công điện số
 * 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ", "khoản 3 Điều 122 của Luật Bảo hiểm xã
 * hội số 58/2014/QH13", "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025". Works on the text
 * with line breaks read as spaces (PDF conversions break lines inside a citation) and on its
 * folded form, so lower-cased text reads like any other; offsets are those of the text.
 */
final class MentionFinder {

    // Each scan pattern opens with a lookahead at its first character: a lookbehind first would be
    // tried at every position of a 12 KB text (profiled: the reader's largest cost).
    /**
     * A number, an optional year, then symbol parts separated by - or / ("131-TB/TU", "30/2021/QH15");
     * a part may join two codes with '&' (the departments formed in 2025: SNN&MT, SVHTT&DL).
     */
    private static final Pattern NUMBER_SYMBOL = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\p{N}./-])(\\d{1,6}(?:\\.\\d{1,3})?)\\s{0,2}([-/])\\s{0,2}(?:(\\d{4})\\s?/\\s?)?"
                    + "((?:[\\p{L}\\p{N}]{1,16}(?:&[\\p{L}\\p{N}]{1,12})?)(?:\\s?[-/]\\s?[\\p{L}\\p{N}]{1,16}(?:&[\\p{L}\\p{N}]{1,12})?){0,8})(?![\\p{L}\\p{N}&])");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^[\\s,]*(?:ban hanh\\s+)?(?:ngay|ngay ky)\\s*(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*(?:[/.-]\\s*)?(\\d{4})"
                    + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4}))");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[\\s,]*nam\\s+(\\d{4})(?![\\d/])");
    private static final Pattern OF = Pattern.compile("^[\\s,]*(?:cua|do)\\s+");
    /** "Mẫu số 01/PLV", "Phụ lục số 02/PL": a form or an annex, not a document. */
    private static final Pattern NOT_A_DOCUMENT_BEFORE = Pattern.compile("(?:mau|bieu|bieu mau|phu luc|to khai|chuong|muc)\\s+(?:so\\s*)?$");
    private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile("\\s(?:so|so:|so hieu)\\s*$");
    private static final Pattern PINPOINT_BEFORE = Pattern.compile(
            "((?:(?:diem|khoan|dieu|muc|chuong|phan|tiet|phu luc)\\s+(?:\\d{1,3}[a-z]?|[a-z]|[ivxl]{1,6})[,.]?\\s+(?:va\\s+)?)+)(?:cua|tai|theo)?\\s*$");
    /** A law cited by name: the type, then the name up to what ends it. */
    private static final Pattern NAMED_LAW = Pattern.compile(
            "(?=[hblp])(?<![\\p{L}])(?<!phap )(hien phap|bo luat|luat|phap lenh)\\s+(?=\\S)");
    /** Where a name ends when no date follows it. */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s+ngay\\s+\\d|\\s+so\\s+\\d|\\s+nam\\s+\\d{4}|[;:.(\\n]|,\\s|\\s+(?:da duoc|duoc|quy dinh|va luat|va bo luat"
                    + "|va phap lenh|va nghi dinh|va cac|ve viec|co hieu luc|thi hanh|huong dan|tren dia ban|trong|doi voi|cho)\\b|\\s*$");
    /** An amending law's name holds "sửa đổi, bổ sung" and may join two laws with "và Luật". */
    private static final Pattern AMENDING_NAME_END = Pattern.compile(
            "\\s+ngay\\s+\\d|\\s+so\\s+\\d|\\s+nam\\s+\\d{4}|[;:.(]|,\\s(?!bo sung)|\\s+(?:da duoc|duoc|co hieu luc|tren dia ban)\\b|\\s*$");
    /** A name followed by its date or number: everything before is the name, commas included. */
    private static final Pattern DATED_END = Pattern.compile("\\s+(?:ngay\\s+\\d|so\\s+\\d|nam\\s+\\d{4}\\b)");
    private static final Pattern TITLE_OF_BEFORE = Pattern.compile("(?:cua|thi hanh|chi tiet|huong dan)\\s+$");

    private final Vocabulary vocabulary;
    private final KyHieuSpelling spelling;

    MentionFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.spelling = new KyHieuSpelling(vocabulary);
    }

    List<Mention> find(String text, String citingProvince) {
        return find(text, VietnameseText.foldAligned(text), citingProvince);
    }

    /** The same, with the text already folded ({@link VietnameseText#foldAligned}: the reader folds it once for all). */
    List<Mention> find(String text, String foldedLines, String citingProvince) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        // All in small letters (a portal's subject line): names of laws start small too.
        boolean lowerText = flat.equals(VietnameseText.lower(flat));
        // Folding is a character at a time: the flat text folded is the folded text made flat.
        // (foldedLines keeps line breaks, at the same offsets: sentences and clauses are told by them.)
        String folded = foldedLines.replace('\n', ' ').replace('\t', ' ');
        List<Mention> mentions = new ArrayList<>(numbered(flat, folded, citingProvince));
        mentions.addAll(numberOnly(flat, folded, mentions, citingProvince));
        mentions.addAll(named(flat, folded, foldedLines, mentions, lowerText));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private List<Mention> numbered(String flat, String folded, String citingProvince) {
        List<Mention> mentions = new ArrayList<>();
        OpeningScan scan = new OpeningScan(NUMBER_SYMBOL, flat, c -> c >= '0' && c <= '9'); // its (?=\d)
        Matcher m = scan.matcher();
        while (scan.next() && mentions.size() < CitationMerger.MAX_MENTIONS) {
            String written = flat.substring(m.start(), m.end()).replaceAll("\\s+", "");
            NumberSymbol ns = NumberSymbol.parse(written);
            if (ns == null || !looksLikeSymbol(ns, flat.substring(m.start(), m.end())) || vocabulary.isPermitCode(ns.parts().get(0))
                    || NOT_A_DOCUMENT_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue;
            }
            int phraseStart = m.start();
            String type = null;
            String name = null;
            int before = typeBefore(folded, m.start());
            if (before >= 0) {
                PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(folded, before);
                type = t.value().name();
                phraseStart = before;
                if (isNamedType(type)) {
                    name = lawName(flat, folded, t.end(), m.start());
                }
            }
            if (type == null) {
                type = typeFromParts(ns);
            }
            Tail tail = tail(folded, m.end(), citingProvince);
            String issuer = tail.issuer != null ? tail.issuer : issuerFromSymbol(ns, citingProvince);
            mentions.add(new Mention(ns, spelling.spell(written), name, type, tail.date, issuer,
                    pinpoint(flat, folded, phraseStart), m.start(), m.end(), phraseStart, tail.end));
        }
        return mentions;
    }

    /** A law's name as written in small letters, in the usual case: the type's word and the name's first. */
    private String sentenceCase(String name) {
        String folded = VietnameseText.foldAligned(name);
        PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(folded, 0);
        int after = t == null ? 0 : t.end();
        while (after < name.length() && name.charAt(after) == ' ') {
            after++;
        }
        StringBuilder b = new StringBuilder(name);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        if (folded.startsWith("sua doi", after)) {
            // "Luật sửa đổi, bổ sung một số điều của luật đất đai": the laws it names take capitals.
            Matcher inner = INNER_LAW.matcher(folded);
            inner.region(after, folded.length());
            while (inner.find()) {
                b.setCharAt(inner.start(1), Character.toUpperCase(b.charAt(inner.start(1))));
                if (inner.start(2) < b.length()) {
                    b.setCharAt(inner.start(2), Character.toUpperCase(b.charAt(inner.start(2))));
                }
            }
        } else if (after < b.length()) {
            b.setCharAt(after, Character.toUpperCase(b.charAt(after)));
        }
        return b.toString().replace("cộng hòa xã hội chủ nghĩa việt nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")
                .replace("việt nam", "Việt Nam");
    }

    /** A law named inside an amending law's name: "… của (các) luật đất đai". */
    private static final Pattern INNER_LAW = Pattern.compile("(?:cua|va)\\s+((?:bo )?luat|phap lenh)\\s+(\\S)"); // not "của các luật thuế", a plural

    /** "Hiến pháp năm 2013": the Constitution named by its year alone. */
    private static final Pattern CONSTITUTION_YEAR = Pattern.compile("\\s*nam\\s+\\d{4}\\b");

    /** "số 1852 ngày 30/11/2020", "số 15 của Thủ tướng": a number without a symbol, with its date or issuer. */
    private static final Pattern NUMBER_ONLY = Pattern.compile("(?=s)(?<![\\p{L}])so\\s+(\\d{1,5})(?=\\s+(?:ngay\\s+\\d|cua\\s))");

    /**
     * A document cited by its type and number alone, with its date ("Công điện số 1852 ngày
     * 30/11/2020 của Ban Chỉ đạo quốc gia …"): written as its number; it has no ký hiệu to be a
     * node of the graph by, but it is a reference, with its relation.
     */
    private List<Mention> numberOnly(String flat, String folded, List<Mention> numbered, String citingProvince) {
        List<Mention> found = new ArrayList<>();
        OpeningScan scan = new OpeningScan(NUMBER_ONLY, folded, c -> c == 's'); // its (?=s)
        Matcher m = scan.matcher();
        while (scan.next()) {
            int number = m.start(1);
            if (insideAny(numbered, number)) {
                continue;
            }
            int before = typeBefore(folded, m.start(1));
            if (before < 0 || m.start() - before > 40) {
                continue; // "thửa đất số 12 ngày …" is not a document: a type must name it
            }
            DocumentType type = vocabulary.typeNames().matchAt(folded, before).value();
            if (isNamedType(type.name())) {
                continue;
            }
            Tail tail = tail(folded, m.end(1), citingProvince);
            if (tail.date == null && tail.issuer == null) {
                continue; // its date or its issuer makes the number a document's
            }
            found.add(new Mention(null, m.group(1), null, type.name(), tail.date, tail.issuer, pinpoint(flat, folded, before),
                    m.start(1), m.end(1), before, tail.end));
        }
        return found;
    }

    /** "…; luật công chứng", "… và luật …": a name joined to the law named before it. */
    private static final Pattern JOINED_NAMES = Pattern.compile("\\s*(?:[;,]|va)\\s*");

    /** Whether a relation verb ("thi hành", "sửa đổi") or a review of one ("tổng kết") stands right before {@code at}. */
    private boolean afterVerb(String folded, int at) {
        int from = Math.max(0, at - 40);
        vn.vanban.corpus.vocab.RelationWords words = vocabulary.relationWords();
        List<vn.vanban.corpus.vocab.RelationWords.Cue> cues = new ArrayList<>(words.find("verb", folded, from, at));
        cues.addAll(words.find("block", folded, from, at));
        int last = cues.stream().mapToInt(vn.vanban.corpus.vocab.RelationWords.Cue::end).max().orElse(-1);
        return last >= 0 && words.gapOnly(folded.substring(last, at));
    }

    /**
     * Laws cited by name ("Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025", "Hiến pháp nước Cộng
     * hòa xã hội chủ nghĩa Việt Nam"). A name may hold commas ("Luật Cán bộ, công chức") and, for an
     * amending law, "và Luật"; it ends at its date, its year, or, in a "Căn cứ" clause, at the
     * clause's end. A name inside another document's title ("… một số điều của Luật Bảo hiểm xã
     * hội") is not a citation of its own.
     */
    private List<Mention> named(String flat, String folded, String foldedLines, List<Mention> numbered, boolean lowerText) {
        List<Mention> found = new ArrayList<>();
        OpeningScan scan = new OpeningScan(NAMED_LAW, folded, c -> c == 'h' || c == 'b' || c == 'l' || c == 'p'); // its (?=[hblp])
        Matcher m = scan.matcher();
        int from = 0;
        while (scan.next(from)) {
            from = m.end();
            int start = m.start();
            if (insideAny(numbered, start) || insideAny(found, start) || insideTitle(foldedLines, start, numbered)) {
                continue;
            }
            boolean constitution = folded.startsWith("hien phap", start);
            boolean amending = folded.startsWith("sua doi", m.end());
            int limit = Math.min(folded.length(), m.end() + 220);
            Matcher dated = DATED_END.matcher(folded).region(m.end(), limit);
            int nameEnd = -1;
            if (constitution && CONSTITUTION_YEAR.matcher(folded).region(m.end(), limit).lookingAt()) {
                nameEnd = start + "hien phap".length(); // "Hiến pháp năm 2013": the name is the type's
            } else if (dated.find() && !folded.substring(m.end(), dated.start()).matches(".*(?:;|\\. |\\().*")
                    && (amending || !folded.substring(m.end(), dated.start()).contains(" va luat "))) {
                if (dated.group().trim().startsWith("so")) {
                    continue; // "Luật … số 64/2025/QH15": the numbered mention carries it
                }
                nameEnd = dated.start();
                int place = folded.indexOf(" tren dia ban", m.end());
                if (place > 0 && place < nameEnd) {
                    nameEnd = place; // "… trên địa bàn tỉnh … năm 2018": where it is carried out, not its name
                }
            } else {
                if (!constitution && !startsWithCapitalOrLowerText(flat, m.end(), lowerText)) {
                    continue; // undated, and not a name: "luật về …"
                }
                Matcher end = (amending ? AMENDING_NAME_END : NAME_END).matcher(folded);
                end.region(m.end(), limit);
                end.useAnchoringBounds(false); // "$" is the text's end, not the search limit's
                if (end.find()) {
                    nameEnd = end.start();
                }
            }
            if (nameEnd < 0) {
                continue;
            }
            String name = flat.substring(start, nameEnd).trim().replaceAll("\\s+", " ");
            if (lowerText) {
                name = sentenceCase(name); // "luật tiếp cận thông tin" → "Luật Tiếp cận thông tin"
            }
            int words = name.split(" ").length;
            if (words < 2 || words > 30) {
                continue;
            }
            Tail tail = tail(folded, nameEnd, null);
            int phraseEnd = tail.end;
            if (tail.date == null) {
                Matcher y = YEAR_AFTER.matcher(folded).region(nameEnd, folded.length());
                y.useAnchoringBounds(true);
                if (y.lookingAt()) {
                    phraseEnd = y.end();
                } else if (!inBasisClause(foldedLines, start) && !(lowerText && (afterVerb(folded, start)
                        || !found.isEmpty() && JOINED_NAMES.matcher(folded.substring(Math.min(start, found.get(found.size() - 1).phraseEnd()), start)).matches()))) {
                    // Without a date, only a "Căn cứ" clause or a verb acting on the law ("triển
                    // khai thi hành luật tiếp cận thông tin") delimits a name reliably.
                    continue;
                }
            }
            DocumentType type = vocabulary.typeNames().matchAt(folded, m.start(1)).value();
            String issuer = tail.issuer != null ? tail.issuer
                    : "Pháp lệnh".equals(type.name()) ? "Ủy ban Thường vụ Quốc hội" : "Quốc hội";
            found.add(new Mention(null, null, name, type.name(), tail.date, issuer, pinpoint(flat, folded, start),
                    start, nameEnd, start, phraseEnd));
            from = Math.max(from, nameEnd);
        }
        return found;
    }

    /** A law's name in the title of a document cited earlier in the same clause ("… của Luật X"). */
    private static boolean insideTitle(String folded, int at, List<Mention> numbered) {
        int clause = RelationRules.clauseStart(folded, at);
        boolean earlier = hasMentionBetween(numbered, clause, at);
        return earlier && TITLE_OF_BEFORE.matcher(folded.substring(Math.max(clause, at - 40), at)).find();
    }

    /** Whether {@code at} falls inside a mention's phrase; mentions are in order of start. */
    private static boolean insideAny(List<Mention> mentions, int at) {
        int lo = 0;
        int hi = mentions.size() - 1;
        while (lo <= hi) { // the last mention whose phrase starts at or before 'at'
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).phraseStart() <= at) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = hi; k >= 0 && k >= hi - 3; k--) { // phrases overlap little: a few back suffice
            if (at < mentions.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention starts in [from, to); mentions are in order of start. */
    private static boolean hasMentionBetween(List<Mention> mentions, int from, int to) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) { // the first mention starting at or after 'from'
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < mentions.size() && mentions.get(lo).end() <= to;
    }

    /** A name starts with a capital ("Luật Đất đai"), or the whole text is lower case (portal subjects). */
    private static boolean startsWithCapitalOrLowerText(String flat, int at, boolean lowerText) {
        char c = flat.charAt(at);
        return Character.isUpperCase(c) || lowerText || flat.startsWith("sửa đổi", at);
    }

    private static boolean inBasisClause(String folded, int at) {
        int s = RelationRules.sentenceStart(folded, at);
        // A "Căn cứ" clause opens its line, also where the line above ends without punctuation (a title).
        int line = RelationRules.lastBefore(folded, '\n', at) + 1;
        return folded.substring(s, at).stripLeading().startsWith("can cu")
                || folded.substring(line, at).stripLeading().startsWith("can cu");
    }

    private record Tail(DocDate date, String issuer, int end) {}

    /** The date and the issuer after a ký hiệu or a name: "ngày 23/8/2021 của Thủ tướng Chính phủ". */
    private Tail tail(String folded, int pos, String citingProvince) {
        DocDate date = null;
        Matcher d = DATE_AFTER.matcher(folded).region(pos, folded.length());
        d.useAnchoringBounds(true);
        if (d.lookingAt()) {
            date = d.group(1) != null ? date(d.group(3), d.group(2), d.group(1)) : date(d.group(6), d.group(5), d.group(4));
            pos = d.end();
        }
        String issuer = null;
        Matcher of = OF.matcher(folded).region(pos, folded.length());
        of.useAnchoringBounds(true);
        if (of.lookingAt()) {
            PhraseIndex.Match<Issuer> im = vocabulary.issuerNames().matchAt(folded, of.end());
            if (im != null) {
                issuer = im.value().name();
                pos = im.end();
                if (im.value().local()) {
                    // "của UBND tỉnh Lai Châu": the text names the province; else the citing one's.
                    int at = pos;
                    while (at < folded.length() && folded.charAt(at) == ' ') {
                        at++;
                    }
                    PhraseIndex.Match<Province> p = vocabulary.provinceNames().matchAt(folded, at);
                    String province = p != null ? p.value().name() : citingProvince;
                    if (p != null) {
                        pos = p.end();
                    }
                    issuer = province == null ? issuer : vocabulary.localName(issuer, province);
                }
            }
        }
        return new Tail(date, issuer, pos);
    }

    /** The part cited, written just before the phrase: "khoản 3 Điều 122 của". */
    private static String pinpoint(String flat, String folded, int phraseStart) {
        int from = Math.max(0, phraseStart - 80);
        Matcher p = PINPOINT_BEFORE.matcher(folded.substring(from, phraseStart));
        if (!p.find()) {
            return null;
        }
        String part = flat.substring(from + p.start(1), from + p.end(1)).trim().replaceAll("[,.]$", "").trim();
        return part.isEmpty() ? null : part.replaceAll("\\s+", " ");
    }

    /** The name of a law cited with its number: from its type to "số" ("Luật Bảo hiểm xã hội"). */
    private static String lawName(String flat, String folded, int typeEnd, int numberStart) {
        int from = Math.max(0, numberStart - 20);
        Matcher so = NUMBER_WORD_BEFORE.matcher(folded.substring(from, numberStart));
        int end = so.find() ? from + so.start() : numberStart;
        String name = flat.substring(typeEnd, end).trim();
        if (name.isEmpty()) {
            return null;
        }
        int typeStart = typeEnd;
        while (typeStart > 0 && !Character.isWhitespace(flat.charAt(typeStart - 1)) || typeStart > 0
                && Character.isLetter(flat.charAt(typeStart - 1))) {
            typeStart--;
        }
        return (flat.substring(typeStart, typeEnd).trim() + " " + name).replaceAll("\\s+", " ").trim();
    }

    private static boolean isNamedType(String type) {
        return "Luật".equals(type) || "Bộ luật".equals(type) || "Pháp lệnh".equals(type);
    }

    /**
     * Where a type's name starts before a ký hiệu: right before it, or before "số", allowing two
     * words between ("Thông báo kết luận số"), or a law's name ("Luật Bảo hiểm xã hội số"); or -1.
     */
    private int typeBefore(String folded, int at) {
        int windowStart = Math.max(0, at - 120);
        String window = folded.substring(windowStart, at);
        Matcher so = NUMBER_WORD_BEFORE.matcher(window);
        int end = so.find() ? so.start() : window.length();
        for (int i = end - 1; i >= 0; i--) {
            if (i > 0 && Character.isLetterOrDigit(window.charAt(i - 1)) || !Character.isLetter(window.charAt(i))) {
                continue;
            }
            PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(window, i);
            if (t == null || window.startsWith("luat", i) && window.substring(0, i).endsWith("phap ")) {
                continue; // "pháp luật" is not a law
            }
            String between = window.substring(t.end(), end).trim();
            int words = between.isEmpty() ? 0 : between.split("\\s+").length;
            boolean named = isNamedType(t.value().name()) && so.find(0) && words <= 14 && !between.contains(";");
            if (!named && (words > 2 || between.contains(",") || between.contains("."))) {
                if (end - i > 100) {
                    return -1;
                }
                continue; // a law's name may hold other words; look further back for "Luật"
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
        return -1;
    }

    /**
     * A ký hiệu, not a fraction or a code: some part is a known abbreviation or code, or is in
     * capitals. A lone part after a hyphen ("tháng 01/2021 - UBND tỉnh", "kỳ họp thứ 12 - HĐND")
     * is a body named after a number, not a ký hiệu, which has a type and an issuer or a year.
     */
    private boolean looksLikeSymbol(NumberSymbol ns, String written) {
        if (ns.parts().size() == 1 && written.replaceAll("\\s+", "").matches(".*\\d-[\\p{L}\\p{N}]+$")) {
            return false;
        }
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

    /** The issuer a ký hiệu names (TTg, VPCP, UBND …): a national one first, a local one with the province. */
    private String issuerFromSymbol(NumberSymbol ns, String citingProvince) {
        Issuer found = null;
        for (String part : ns.parts()) {
            Issuer i = vocabulary.issuerByCode(part);
            if (i != null && (found == null || (found.local() && !i.local()))) {
                found = i;
            }
        }
        if (found == null) {
            return null;
        }
        if (!found.local()) {
            return found.name();
        }
        return citingProvince == null ? null : vocabulary.localName(found.name(), citingProvince);
    }

    private static DocDate date(String year, String month, String day) {
        try {
            return DocDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
