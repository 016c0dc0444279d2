package vn.vanban.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Removes what the page or the portal added to a converted document: the gazette's running
 * headers ("CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025") with the page numbers and section headings
 * beside them, and the portal's signature block ("Người ký: … Thời gian ký: …", "Ký bởi: … Ngày ký: …"). Patterns are
 * data (page-noise.tsv). Whole lines are removed; the others keep their order.
 */
public final class PageNoise {

    /** How far (in non-blank lines) a page number or heading may stand from a running header. */
    private static final int NEAR = 2;

    private final List<Pattern> running = new ArrayList<>();
    private final List<Pattern> heading = new ArrayList<>();
    private final List<Pattern> signature = new ArrayList<>();

    public PageNoise(Vocabulary vocabulary) {
        for (String[] row : vocabulary.pageNoise()) {
            Pattern p = Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (row[1]) {
                case "running" -> running.add(p);
                case "heading" -> heading.add(p);
                case "signature" -> signature.add(p);
                default -> throw new IllegalStateException("page-noise.tsv: unknown kind " + row[1]);
            }
        }
    }

    public String strip(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                nonBlank.add(i);
            }
        }
        boolean any = false;
        for (int k = 0; k < nonBlank.size(); k++) {
            int i = nonBlank.get(k);
            String t = lines[i].trim();
            if (matches(running, t)) {
                drop[i] = true;
                any = true;
                for (int d = -NEAR; d <= NEAR; d++) {
                    int j = k + d;
                    if (d != 0 && j >= 0 && j < nonBlank.size()) {
                        int line = nonBlank.get(j);
                        if (matches(heading, lines[line].trim())) {
                            drop[line] = true;
                        }
                    }
                }
            } else if (matches(signature, t) && (t.toLowerCase(java.util.Locale.ROOT).startsWith("người ký")
                    || t.toLowerCase(java.util.Locale.ROOT).startsWith("ký bởi"))) {
                // The block: "Người ký:" (or "Ký bởi:") and, close below, "Thời gian ký:" (or "Ngày ký:").
                int end = -1;
                for (int j = k; j < Math.min(nonBlank.size(), k + 5); j++) {
                    String s = lines[nonBlank.get(j)].trim().toLowerCase(java.util.Locale.ROOT);
                    if (s.startsWith("thời gian ký") || s.startsWith("ngày ký")) {
                        end = j;
                        break;
                    }
                }
                if (end >= 0) {
                    for (int j = k; j <= end; j++) {
                        if (matches(signature, lines[nonBlank.get(j)].trim())) {
                            drop[nonBlank.get(j)] = true;
                        }
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (!drop[i]) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(lines[i]);
            }
        }
        return out.toString();
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
