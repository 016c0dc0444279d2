package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Signer;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Vocabulary;

/** The end of a document: the signature block and the list under "Nơi nhận". */
final class ClosingReader {

    /** TM., KT., TL., TUQ., Q. (party documents write T/M, K/T); "KT.TRƯỞNG BAN" without its space too. */
    private static final Pattern CAPACITY = Pattern.compile(
            "^\\s*(t\\s*/\\s*m|k\\s*/\\s*t|t\\s*/\\s*l|tm|kt|tl|tuq|q)(?:\\s*[.:]\\s*(?=\\p{L}|$)|\\s+(?=\\p{L}))");
    /** Between the items of a list run together on one line: "; - ", "; -". */
    private static final Pattern MERGED_ITEMS = Pattern.compile("[;.]\\s*-\\s*(?=\\S)");
    /** A person's name at the end of a line: two to six capitalised words. */
    private static final Pattern TRAILING_NAME = Pattern.compile(
            "(?<!\\p{L})(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,5})\\s*$");
    private static final Pattern CAPACITY_ANYWHERE = Pattern.compile("(?:^|\\s)(t\\s*/\\s*m|k\\s*/\\s*t|tm|kt|tl|tuq|q)\\s*[.:]");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-+•–]\\s*");
    private static final Pattern DECORATION = Pattern.compile("^[\\s_\\-–—=*.]*$");
    private static final Pattern STRAY_TAIL = Pattern.compile("(?<=\\p{Lu})[\\p{Ll}\\p{P}]{1,3}$");

    private final Vocabulary vocabulary;

    ClosingReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The list under the first "Nơi nhận:": one entry per "- " line ("Như trên", "Lưu: VT, KGVX"). */
    List<String> noiNhan(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String f = lines.get(i).folded().stripLeading();
            if (!f.startsWith("noi nhan")) {
                continue;
            }
            int colon = lines.get(i).text().indexOf(':');
            if (colon >= 0 && !lines.get(i).text().substring(colon + 1).isBlank()) {
                // A table cell a converter put on one line: "Nơi nhận: - Như Điều 2; - Bộ Y tế; - Lưu: VT."
                for (String item : MERGED_ITEMS.split(lines.get(i).text().substring(colon + 1).strip())) {
                    out.add(recipient(item.replaceFirst("^\\s*[-+•]\\s*", "")));
                }
            }
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.isBlank()) {
                    continue;
                }
                Matcher item = LIST_ITEM.matcher(l.text());
                if (!item.find()) {
                    break;
                }
                out.add(recipient(l.text().substring(item.end())));
            }
            break;
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /**
     * The signature block: a title line ("PHÓ CHỦ TỊCH"), the name under it, the capacity above
     * ("KT. CHỦ TỊCH"). Looked for around "Nơi nhận" (the signature stands beside or above it),
     * else in the last lines, so that forms in the annexes are not taken for it.
     */
    Signer signer(List<Line> lines) {
        int received = -1;
        int tried = 0;
        for (int i = 6; i < lines.size() && tried < 5; i++) {
            String t = lines.get(i).text().stripTrailing();
            if (t.endsWith("./.") || t.endsWith("/.")) {
                tried++; // a body's last line; the signature follows (the first may close a quoted text)
                Signer found = signerIn(lines, i + 1, Math.min(lines.size(), i + 30), true);
                if (found != null) {
                    return found;
                }
            }
            if (received < 0 && lines.get(i).folded().stripLeading().startsWith("noi nhan")) {
                received = i;
            }
        }
        Signer found = null;
        if (received >= 0) {
            found = signerIn(lines, Math.max(0, received - 12), Math.min(lines.size(), received + 40), false);
        }
        if (found == null) {
            found = signerIn(lines, Math.max(0, lines.size() - 45), lines.size(), false);
        }
        if (found == null) {
            found = mergedCell(lines, received);
        }
        return found;
    }

    /**
     * A signature block that a converter ran together on one line, as Markdown tables of portal
     * pages have it: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Chí Cường". The title is
     * the one the capitals end with, the capacity the marker closest before it, the name what follows.
     */
    private Signer mergedCell(List<Line> lines, int received) {
        int from = received >= 0 ? Math.max(0, received - 12) : Math.max(0, lines.size() - 45);
        int to = received >= 0 ? Math.min(lines.size(), received + 40) : lines.size();
        for (int i = to - 1; i >= from; i--) {
            String t = lines.get(i).text().strip();
            if (t.length() > 200) {
                continue;
            }
            Matcher name = TRAILING_NAME.matcher(t);
            if (!name.find()) {
                continue;
            }
            String caps = t.substring(0, name.start()).strip();
            if (caps.isEmpty() || !VietnameseText.isUpperCase(caps)) {
                continue;
            }
            String folded = VietnameseText.foldAligned(caps);
            PhraseIndex.Match<String> last = null;
            for (PhraseIndex.Match<String> m : vocabulary.signerTitles().findAll(folded)) {
                if (m.end() == folded.length()) {
                    last = m;
                }
            }
            if (last == null) {
                continue;
            }
            String capacity = null;
            Matcher c = CAPACITY_ANYWHERE.matcher(folded.substring(0, last.start()));
            while (c.find()) {
                capacity = capacity(c.group(1));
            }
            return new Signer(name.group(1), last.value(), capacity);
        }
        return null;
    }

    /** The signature in lines [from, to): the first title line going down, or going up from the end. */
    private Signer signerIn(List<Line> lines, int from, int to, boolean downwards) {
        for (int step = 0; step < to - from; step++) {
            int i = downwards ? from + step : to - 1 - step;
            String title = titleOf(lines.get(i));
            if (title == null) {
                // "CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG" over the name: a title with its unit.
                title = unitTitleOf(lines.get(i));
                int below = nextNonBlank(lines, i);
                if (title == null || below < 0 || below - i > 2 || nameAt(lines, below) == null
                        || VietnameseText.isUpperCase(lines.get(below).text())) {
                    continue;
                }
            }
            // "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "TL. CỤC TRƯỞNG / KT. TRƯỞNG BAN CHÍNH SÁCH / PHÓ TRƯỞNG BAN":
            // the title is the last of the chain; a capacity line naming a body may stand in it.
            int last = i;
            for (int next = nextNonBlank(lines, last); next >= 0 && next < lines.size() && next - last <= 3
                    && (titleOf(lines.get(next)) != null || isCapacityLine(lines.get(next)));
                    next = nextNonBlank(lines, next)) {
                last = next;
                if (titleOf(lines.get(next)) != null) {
                    i = next;
                    title = titleOf(lines.get(i));
                }
            }
            if (last != i) {
                continue; // the chain ends on a capacity line, not a title: not a signature
            }
            int unit = nextNonBlank(lines, i);
            if (unit >= 0 && unit - i <= 2 && unitTitleOf(lines.get(unit)) != null) {
                int below = nextNonBlank(lines, unit);
                if (below >= 0 && below - unit <= 2 && nameAt(lines, below) != null
                        && !VietnameseText.isUpperCase(lines.get(below).text())) {
                    i = unit; // "TL. CỤC TRƯỞNG" / "TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ" / the name
                    title = unitTitleOf(lines.get(unit));
                }
            }
            String capacity = null;
            for (int k = i; k >= Math.max(0, i - 4) && capacity == null; k--) {
                Line above = lines.get(k);
                if (above.isBlank()) {
                    continue;
                }
                Matcher c = CAPACITY.matcher(above.folded().stripLeading());
                if (c.find()) {
                    capacity = capacity(c.group(1));
                } else if (k < i) {
                    break;
                }
            }
            String name = null;
            for (int k = i + 1; k < Math.min(lines.size(), i + 8); k++) {
                String n = lines.get(k).text().trim();
                if (n.isEmpty() || DECORATION.matcher(n).matches() || n.startsWith("(")) {
                    continue; // "(Đã ký)", "(Ký, ghi rõ họ tên)"
                }
                name = nameAt(lines, k);
                break;
            }
            return new Signer(name, title, capacity);
        }
        return withoutTitle(lines, from, to, downwards);
    }

    /**
     * A signature without a title line: a capacity naming a body, then the name ("T/M BỘ CHÍNH TRỊ"
     * / "Trần Cẩm Tú", as party documents sign), the body's name maybe wrapped over two lines.
     */
    private Signer withoutTitle(List<Line> lines, int from, int to, boolean downwards) {
        for (int step = 0; step < to - from; step++) {
            int i = downwards ? from + step : to - 1 - step;
            if (!isCapacityLine(lines.get(i))) {
                continue;
            }
            Matcher c = CAPACITY.matcher(lines.get(i).folded().stripLeading());
            c.find();
            int k = nextNonBlank(lines, i);
            if (k >= 0 && k == i + 1 && VietnameseText.isUpperCase(lines.get(k).text()) && !looksLikeName(lines.get(k).text().trim())) {
                k = nextNonBlank(lines, k); // the body's name, wrapped
            }
            if (k < 0 || k - i > 3) {
                continue;
            }
            String n = lines.get(k).text().trim();
            String name = VietnameseText.isUpperCase(n) ? null : nameAt(lines, k);
            if (name != null) {
                return new Signer(name, null, capacity(c.group(1)));
            }
        }
        return null;
    }

    /**
     * The person's name at line k, with the rest of it when a converter wrapped it onto the next
     * line ("Nguyễn Quỳnh" / "Thiện", "Vũ" / "Chiến Thắng"); null when line k is not a name.
     */
    private String nameAt(List<Line> lines, int k) {
        String n = lines.get(k).text().trim();
        if (titleOf(lines.get(k)) != null || unitTitleOf(lines.get(k)) != null) {
            return null;
        }
        if (k > 0 && lines.get(k - 1).text().stripTrailing().matches(".*[,\\-–]$")) {
            return null; // the rest of a line above ("KT. TRƯỞNG BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ")
        }
        String next = k + 1 < lines.size() && !lines.get(k + 1).isBlank() ? lines.get(k + 1).text().trim() : null;
        boolean continues = next != null && next.matches("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3}")
                && (n + " " + next).split("\\s+").length <= 6 && !VietnameseText.isUpperCase(next);
        String name;
        if (looksLikeName(n)) {
            name = continues && next.split("\\s+").length <= 2 && !VietnameseText.isUpperCase(n) ? n + " " + next : n;
        } else if (continues && n.matches("\\p{Lu}\\p{Ll}+")) {
            name = n + " " + next;
        } else {
            return null;
        }
        return withoutRank(VietnameseText.isUpperCase(name) ? VietnameseText.titleCase(name) : name);
    }

    /** "Thượng tướng Võ Minh Lương" → "Võ Minh Lương": a rank is not part of the name. */
    private String withoutRank(String name) {
        String folded = VietnameseText.foldAligned(name);
        for (String rank : vocabulary.signerRanks()) {
            if (folded.startsWith(rank + " ") && name.substring(rank.length() + 1).trim().split("\\s+").length >= 2) {
                return name.substring(rank.length() + 1).trim();
            }
        }
        return name;
    }

    /** A title followed by its unit, all in capitals ("TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ" → Trưởng ban), or null. */
    private String unitTitleOf(Line l) {
        String t = l.text().trim();
        if (t.isEmpty() || t.length() > 70 || !VietnameseText.isUpperCase(t)) {
            return null;
        }
        String folded = VietnameseText.foldAligned(t);
        Matcher cap = CAPACITY.matcher(folded);
        int titleFrom = cap.find() ? cap.end() : 0;
        PhraseIndex.Match<String> title = vocabulary.signerTitles().matchAt(folded, titleFrom);
        if (title == null || folded.substring(title.end()).isBlank() || Character.isLetterOrDigit(folded.charAt(title.end()))) {
            return null;
        }
        return title.value();
    }

    /** "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ", "TM. ỦY BAN NHÂN DÂN": a capacity marker, in capitals. */
    private static boolean isCapacityLine(Line l) {
        String t = l.text().trim();
        return t.length() <= 90 && CAPACITY.matcher(l.folded().stripLeading()).find() && VietnameseText.isUpperCase(t);
    }

    /** The title a signature line gives ("KT. CHỦ TỊCH" → Chủ tịch), or null. */
    private String titleOf(Line l) {
        // PDF conversion leaves a few stray characters after some titles ("PHÓ THỦ TƯỚNGy]").
        String t = STRAY_TAIL.matcher(l.text().trim()).replaceFirst("");
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        String folded = VietnameseText.foldAligned(t);
        Matcher cap = CAPACITY.matcher(folded);
        int titleFrom = cap.find() ? cap.end() : 0;
        PhraseIndex.Match<String> title = vocabulary.signerTitles().matchAt(folded, titleFrom);
        if (title == null || !folded.substring(title.end()).isBlank()
                || !VietnameseText.isUpperCase(t.substring(0, title.end()))) {
            return null;
        }
        return title.value();
    }

    private static int nextNonBlank(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static String capacity(String foldedMarker) {
        return foldedMarker.replaceAll("[\\s/]", "").toUpperCase(Locale.ROOT) + ".";
    }

    private static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    private static String recipient(String s) {
        return s.replaceAll("\\s+", " ").trim().replaceAll("[;,.]+$", "").trim();
    }
}
