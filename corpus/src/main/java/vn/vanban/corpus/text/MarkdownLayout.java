package vn.vanban.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes the layout a Markdown (or HTML-to-text) converter gives an official document, before its
 * markup is removed: the header is read by lines, and converters break those lines where the
 * document had none and join cells that the document kept apart.
 * <ul>
 *   <li>A line that ends inside an emphasis span ({@code **ỦY BAN NHÂN} / {@code DÂN **},
 *       {@code *Bắc Ninh, ngày 20} / {@code tháng 11 năm 2025*}) was wrapped by the converter:
 *       it is joined to the lines up to the span's end (when that comes within a few lines).</li>
 *   <li>A table row ({@code | Số: 49/2012/QĐ-UBND | Hà Nội, ngày … |}) becomes one line per
 *       cell, with a blank line between cells; the {@code |---|---|} rule row goes.</li>
 *   <li>A line of pipes only (a cell boundary, as crawlers write the header's table) becomes a
 *       blank line; pipes at the start or end of a line go.</li>
 *   <li>A rule written after a name in the same cell ({@code ỦY BAN NHÂN DÂN TỈNH X --------})
 *       goes on a line of its own, as the document draws it under the name.</li>
 * </ul>
 * Everything else is left as it is, including emphasis markers (TextCleaner removes them).
 */
public final class MarkdownLayout {

    /** A span not closed within this many lines is not a wrapped line: nothing is joined. */
    private static final int MAX_SPAN_LINES = 6;
    /** The header (with a portal's chrome above it) stands within this many lines. */
    private static final int MAX_TOP_LINES = 200;
    private static final Pattern PIPES_ONLY = Pattern.compile("^[\\s|]*\\|[\\s|]*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern ABOUT_IN_CELL = Pattern.compile("(?<=\\S)\\s+(?=\\*{0,2}V/[vV]\\b)");
    private static final Pattern INLINE_RULE = Pattern.compile("\\s+([-_=]{4,})\\s*(?=\\S|$)");

    private MarkdownLayout() {}

    /** Whether the text can hold anything this class changes. */
    static boolean applies(String s) {
        return s.indexOf('|') >= 0 || s.indexOf('*') >= 0;
    }

    public static String apply(String text) {
        if (!applies(text) || text.indexOf('|') < 0 && !hasInlineRule(text) && !hasOpenSpanAtTop(text)) {
            return text; // most files: emphasis closed on its line, no table
        }
        String[] lines = text.split("\n", -1);
        List<String> joined = joinWrappedSpans(lines);
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : joined) {
            for (String l : cells(line)) {
                out.append(l).append('\n');
            }
        }
        out.setLength(Math.max(0, out.length() - 1));
        return out.toString();
    }

    private static boolean hasInlineRule(String text) {
        return text.contains(" ----") || text.contains(" ____") || text.contains(" ====");
    }

    /** Whether a line at the top (where spans are joined) ends inside a span; without splitting the text. */
    private static boolean hasOpenSpanAtTop(String text) {
        int start = 0;
        for (int n = 0; n < MAX_TOP_LINES && start <= text.length(); n++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (text.lastIndexOf('*', end - 1) >= start && isOpen(text.substring(start, end))) {
                return true;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return false;
    }

    /**
     * Joins each line of the top of the page (the header, and a portal's chrome above it) that ends
     * inside an emphasis span to the lines that close it. Not further down: there a span over a
     * line break is as often a real break ("**TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH**" in a signature).
     */
    private static List<String> joinWrappedSpans(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        int top = topEnd(lines);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (i < top && isOpen(line)) {
                StringBuilder acc = new StringBuilder(line.stripTrailing());
                int j = i + 1;
                for (; j < lines.length && j <= i + MAX_SPAN_LINES; j++) {
                    if (lines[j].isBlank() || isTableRow(lines[j]) || PIPES_ONLY.matcher(lines[j]).matches()) {
                        break; // a span does not cross a paragraph or a cell
                    }
                    acc.append(' ').append(lines[j].strip());
                    if (!isOpen(acc.toString())) {
                        break;
                    }
                }
                if (j < lines.length && j <= i + MAX_SPAN_LINES && !isOpen(acc.toString())) {
                    out.add(acc.toString());
                    i = j + 1;
                    continue;
                }
            }
            out.add(line);
            i++;
        }
        return out;
    }

    /**
     * The first line of the body: the first "Căn cứ" or "Kính gửi" below the header's motto or
     * "Số:" (a portal's summary above the document may have its own), or a bound.
     */
    private static int topEnd(String[] lines) {
        int n = Math.min(lines.length, MAX_TOP_LINES);
        boolean header = false;
        for (int i = 0; i < n; i++) {
            String f = opening(lines[i]);
            header = header || f.startsWith("cong") || f.startsWith("so:") || f.startsWith("so :") || f.startsWith("doc lap");
            if (header && (f.startsWith("can cu") || f.startsWith("kinh gui"))) {
                return i;
            }
        }
        return n;
    }

    /** The first few letters of a line, folded, past its markup ("**Kính gửi:**" → "kinh gui"). */
    private static String opening(String line) {
        int k = 0;
        while (k < line.length() && "*_|# \t".indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        return VietnameseText.foldAligned(line.substring(k, Math.min(line.length(), k + 12)));
    }

    /** Whether a strong ({@code **}) or an emphasis ({@code *}) span is open at the end of the line. */
    static boolean isOpen(String line) {
        if (line.indexOf('*') < 0) {
            return false;
        }
        int strong = 0;
        int single = 0;
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) != '*') {
                continue;
            }
            if (k + 1 < line.length() && line.charAt(k + 1) == '*') {
                strong++;
                k++;
            } else if (!isBullet(line, k)) {
                single++;
            }
        }
        return strong % 2 == 1 || single % 2 == 1;
    }

    /** "* item" at the start of a line is a bullet, not emphasis. */
    private static boolean isBullet(String line, int k) {
        return line.substring(0, k).isBlank() && k + 1 < line.length() && line.charAt(k + 1) == ' ';
    }

    private static boolean isTableRow(String line) {
        String t = line.strip();
        return t.length() > 2 && t.charAt(0) == '|' && t.indexOf('|', 1) > 0;
    }

    /** A line as the lines of its cells. */
    private static List<String> cells(String line) {
        if (line.indexOf('|') < 0) {
            return ruleApart(line);
        }
        if (PIPES_ONLY.matcher(line).matches()) {
            return List.of("");
        }
        if (TABLE_RULE.matcher(line).matches()) {
            return List.of();
        }
        String t = line.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        String[] parts = t.split("(?<!\\\\)\\|", -1);
        boolean row = parts.length > 1;
        for (String p : parts) {
            String cell = p.strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (row && !out.isEmpty()) {
                out.add("");
            }
            // A cell holds lines the converter ran together: "Số: 12/UBND-VX V/v …" is two.
            for (String part : row ? ABOUT_IN_CELL.split(cell) : new String[] {cell}) {
                out.addAll(ruleApart(part));
            }
        }
        if (row) {
            out.add(0, "");
            out.add("");
        }
        return out.isEmpty() ? List.of("") : out;
    }

    /** "NAME --------" as "NAME" and "--------". */
    private static List<String> ruleApart(String line) {
        if (line.indexOf("----") < 0 && line.indexOf("____") < 0 && line.indexOf("====") < 0) {
            return List.of(line);
        }
        var m = INLINE_RULE.matcher(line);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String before = line.substring(from, m.start());
            if (before.isBlank()) {
                continue;
            }
            out.add(before.strip());
            out.add(m.group(1));
            from = m.end();
        }
        if (out.isEmpty()) {
            return List.of(line);
        }
        String rest = line.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
