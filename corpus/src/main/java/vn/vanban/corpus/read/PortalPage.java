package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Takes a page saved from a legal portal apart: the portal's chrome before and after the document
 * (copyright notices, "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN", "Đang tải văn bản...", menus,
 * related documents, login notices), the portal's metadata block ("Số hiệu: | 5348/CT-CS |
 * Loại văn bản: | Công văn …"), and the document proper, which is all the reader reads. A text
 * that is only a document passes through unchanged. Patterns are data (portal-pages.tsv).
 */
final class PortalPage {

    /** The fields of the portal's metadata block. */
    enum Field { NUMBER_SYMBOL, TYPE, ISSUER, SIGNER, DATE, OTHER }

    /** What the portal's metadata block says; a field is null when the block does not give it. */
    record Metadata(String numberSymbol, String type, String issuer, String signer, String date) {
        static final Metadata NONE = new Metadata(null, null, null, null, null);

        boolean isEmpty() {
            return numberSymbol == null && type == null && issuer == null && signer == null && date == null;
        }
    }

    /** The document proper, and what the portal said of it. */
    record Split(String document, Metadata metadata) {}

    /** Chrome and the metadata block stand in this many lines at the top of a page. */
    private static final int TOP_LINES = 250;
    /** A metadata block has labels of this many fields close together. */
    private static final int BLOCK_FIELDS = 3;
    private static final int BLOCK_SPAN = 60;
    /** Labels of the metadata block stand on short lines that open with one of these letters. */
    private static final int MAX_LABEL_LINE = 80;
    private static final String LABEL_STARTS = "slnct";
    /** The portal's chrome is in lines no longer than this. */
    private static final int MAX_CHROME_LINE = 300;
    /** A collector's title stands this close above the header of a page without chrome. */
    private static final int COLLECTOR_LINES = 30;
    private static final Pattern HEADER_MARK = Pattern.compile(
            "^\\s*(?:so\\s*:|cong hoa xa hoi|cong hoa xa\\s*$|dang cong san viet nam|doc lap\\s*-)");

    private static final Pattern MOTTO = Pattern.compile(
            "^\\s*(?:cong hoa xa hoi chu nghia|cong hoa xa\\s*$|dang cong san viet nam\\s*$)");
    /** Lines of the header's left column that a PDF's text puts above the motto: "Số:", place and date. */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "^(?:so\\s*[:.]|(?:bo luat|luat|nghi quyet|phap lenh|lenh)\\s+so\\s*:)|, ngay .*nam \\d{4}");
    private static final Pattern NUMBER_LINE = Pattern.compile("^(?:so\\s*[:.]|(?:bo luat|luat|nghi quyet|phap lenh|lenh)\\s+so\\s*:)");
    private static final Pattern DECORATION = Pattern.compile("^[\\s_\\-–—=*.]*$");

    private final List<Pattern> start = new ArrayList<>();
    private final List<Pattern> end = new ArrayList<>();
    private final List<Pattern> chrome = new ArrayList<>();
    /** Per field, its labels alone on a line and followed by a value ("Số hiệu: 5348/CT-CS"). */
    private final Map<Field, List<Pattern>> labels = new EnumMap<>(Field.class);
    private final Map<Field, List<Pattern>> inlineLabels = new EnumMap<>(Field.class);
    private final Vocabulary vocabulary;

    PortalPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String[] row : vocabulary.portalPages()) {
            Pattern p = Pattern.compile(row[0]);
            switch (row[1]) {
                case "start" -> start.add(p);
                case "end" -> end.add(p);
                case "chrome" -> chrome.add(p);
                default -> {
                    if (!row[1].startsWith("label:")) {
                        throw new IllegalStateException("portal-pages.tsv: unknown kind " + row[1]);
                    }
                    Field f = field(row[1].substring(6));
                    labels.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                    inlineLabels.computeIfAbsent(f, k -> new ArrayList<>())
                            .add(Pattern.compile("(?:" + row[0] + ")\\s*:\\s*\\S.*"));
                }
            }
        }
    }

    private static Field field(String name) {
        return switch (name) {
            case "numberSymbol" -> Field.NUMBER_SYMBOL;
            case "type" -> Field.TYPE;
            case "issuer" -> Field.ISSUER;
            case "signer" -> Field.SIGNER;
            case "date" -> Field.DATE;
            case "other" -> Field.OTHER;
            default -> throw new IllegalStateException("portal-pages.tsv: unknown field " + name);
        };
    }

    Split split(String text) {
        Lines lines = new Lines(text);
        // Folded as needed: most pages are documents only, and only their top is looked at.
        Folded folded = new Folded(lines);
        // The portal's chrome and metadata block stand above the document's header: the scan for
        // them stops at the header's "Số:" or motto (a few lines down on a page that is a document only).
        int top = lines.countUpTo(TOP_LINES);
        for (int i = 0; i < top; i++) {
            if (HEADER_MARK.matcher(folded.get(i)).find()) {
                top = Math.min(top, i + 1);
                break;
            }
        }

        // The metadata block: labels of several fields close together, each followed by its value.
        Map<Field, String> values = new EnumMap<>(Field.class);
        int blockEnd = -1;
        int blockStart = -1;
        int fields = 0;
        for (int i = 0; i < top; i++) {
            Field f = label(folded.get(i));
            if (f == null) {
                continue;
            }
            if (blockStart >= 0 && i - blockStart > BLOCK_SPAN) {
                if (fields >= BLOCK_FIELDS) {
                    break;
                }
                values.clear();
                fields = 0;
                blockStart = -1;
            }
            int[] at = new int[1];
            String value = value(lines, folded, i, at);
            if (blockStart < 0) {
                blockStart = i;
            }
            if (f != Field.OTHER && !values.containsKey(f)) {
                fields++;
            }
            if (value != null) {
                values.putIfAbsent(f, value);
            }
            blockEnd = Math.max(blockEnd, at[0]);
        }
        boolean block = fields >= BLOCK_FIELDS;

        int from = 0;
        boolean portal = block;
        for (int i = 0; i < top; i++) {
            if (i > blockEnd && HEADER_MARK.matcher(folded.get(i)).find()) {
                break; // the document has begun: what looks like chrome below is its own
            }
            if (matchesAny(start, folded.get(i)) || matchesAny(chrome, folded.get(i))) {
                // "X" (a close button) and the like count only on a page that has chrome.
                if (folded.get(i).length() > 2 || portal) {
                    from = i + 1;
                    portal = true;
                }
            }
        }
        if (block) {
            from = Math.max(from, blockEnd + 1);
        }
        // The header begins at the issuer's block above the motto: a portal's summary, or a title a
        // collector added (which may name another document), stands above it.
        from = headerStart(lines, folded, from, portal ? TOP_LINES : COLLECTOR_LINES);
        int to = Integer.MAX_VALUE;
        if (portal) {
            to = lines.size();
            for (int i = from; i < to; i++) {
                if (matchesAny(end, folded.get(i))) {
                    to = i;
                    break;
                }
            }
            // The portal's own title of the document stands just above its trailer.
            int k = to - 1;
            int seen = 0;
            while (k >= from && seen < 3) {
                if (folded.get(k).isEmpty()) {
                    k--;
                    continue;
                }
                if (!isPortalTitle(folded.get(k))) {
                    break;
                }
                to = k;
                seen++;
                k--;
            }
        }
        if (from == 0 && to == Integer.MAX_VALUE) {
            return new Split(text, Metadata.NONE);
        }
        int end = to == Integer.MAX_VALUE ? text.length() : lines.start(to);
        String doc = text.substring(Math.min(lines.start(from), end), end);
        Metadata m = block ? new Metadata(values.get(Field.NUMBER_SYMBOL), values.get(Field.TYPE),
                values.get(Field.ISSUER), values.get(Field.SIGNER), values.get(Field.DATE)) : Metadata.NONE;
        return new Split(doc.strip(), m);
    }

    /**
     * Where the header begins on a portal page: the issuer's block above the national motto, when
     * the motto comes a little below {@code from} (the portal's summary of the document, its
     * news-like introduction, stands between the metadata block and the document).
     */
    private static int headerStart(Lines lines, Folded folded, int from, int within) {
        for (int i = from; i < lines.countUpTo(from + within); i++) {
            if (!MOTTO.matcher(folded.get(i)).find()) {
                continue;
            }
            int k = i - 1;
            while (k >= from) {
                if (folded.get(k).isEmpty() || VietnameseText.isUpperCase(lines.get(k).strip())
                        || DECORATION.matcher(lines.get(k)).matches() || HEADER_LINE.matcher(folded.get(k)).find()) {
                    k--;
                    continue;
                }
                // The trích yếu of a letter ("V/v …", over a few lines) under its "Số:", left of the motto.
                int number = -1;
                for (int j = k - 1; j >= Math.max(from, k - 6) && number < 0; j--) {
                    if (NUMBER_LINE.matcher(folded.get(j)).find()) {
                        number = j;
                    }
                }
                if (number < 0) {
                    break;
                }
                k = number - 1;
            }
            return k + 1;
        }
        return from;
    }

    /** Lines folded (no diacritics, lower case, trimmed) when first asked for. */
    private static final class Folded {
        private final Lines lines;
        private final java.util.HashMap<Integer, String> folded = new java.util.HashMap<>();

        Folded(Lines lines) {
            this.lines = lines;
        }

        String get(int i) {
            return folded.computeIfAbsent(i, k -> VietnameseText.foldAligned(lines.get(k)).strip());
        }
    }

    /** The lines of a text, found as they are asked for: a document's top is all most pages need. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>(List.of(0));
        private boolean complete;

        Lines(String text) {
            this.text = text;
        }

        /** Finds line starts up to line n; false when the text has fewer lines. */
        private boolean reach(int n) {
            while (starts.size() <= n && !complete) {
                int nl = text.indexOf('\n', starts.get(starts.size() - 1));
                if (nl < 0) {
                    complete = true;
                } else {
                    starts.add(nl + 1);
                }
            }
            return starts.size() > n;
        }

        /** Where line i starts; the text's end past its last line. */
        int start(int i) {
            return reach(i) ? starts.get(i) : text.length();
        }

        String get(int i) {
            reach(i + 1);
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : text.length();
            return text.substring(from, to);
        }

        /** The number of lines, or n when the text has more. */
        int countUpTo(int n) {
            reach(n - 1);
            return Math.min(n, starts.size());
        }

        int size() {
            reach(Integer.MAX_VALUE - 1);
            return starts.size();
        }
    }

    private Field label(String foldedLine) {
        if (foldedLine.isEmpty() || foldedLine.length() > MAX_LABEL_LINE || LABEL_STARTS.indexOf(foldedLine.charAt(0)) < 0) {
            return null;
        }
        for (Field f : labels.keySet()) {
            if (matchesAny(labels.get(f), foldedLine) || matchesAny(inlineLabels.get(f), foldedLine)) {
                return f;
            }
        }
        return null;
    }

    /** The value of the label at line i: after its colon, or the next non-blank line. at[0] is the value's line. */
    private String value(Lines lines, Folded folded, int i, int[] at) {
        int colon = lines.get(i).indexOf(':');
        if (colon >= 0 && !lines.get(i).substring(colon + 1).isBlank()) {
            at[0] = i;
            return tidy(lines.get(i).substring(colon + 1));
        }
        for (int j = i + 1; j < lines.countUpTo(i + 4); j++) {
            if (folded.get(j).isEmpty()) {
                continue;
            }
            if (label(folded.get(j)) != null) {
                break;
            }
            at[0] = j;
            return tidy(lines.get(j));
        }
        at[0] = i;
        return null;
    }

    private static String tidy(String v) {
        String t = v.replaceAll("\\s+", " ").strip();
        return t.isEmpty() || VietnameseText.fold(t).equals("da biet") ? null : t;
    }

    private static boolean matchesAny(List<Pattern> patterns, String foldedLine) {
        if (foldedLine.isEmpty() || foldedLine.length() > MAX_CHROME_LINE) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(foldedLine).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "Công văn 5348/CT-CS năm 2025 hướng dẫn …": a type's name, then a ký hiệu. */
    private boolean isPortalTitle(String foldedLine) {
        PhraseIndex.Match<?> m = vocabulary.typeNames().matchAt(foldedLine, 0);
        if (m == null) {
            return false;
        }
        String rest = foldedLine.substring(m.end()).stripLeading();
        int space = rest.indexOf(' ');
        String token = space < 0 ? rest : rest.substring(0, space);
        // "Công văn 5348/CT-CS năm 2025 …"; a document without a number: "Công văn năm 2021 …".
        return token.chars().anyMatch(Character::isDigit) && (token.contains("/") || token.contains("-"))
                || rest.matches("(?:nam|ngay) \\d.*");
    }

}
