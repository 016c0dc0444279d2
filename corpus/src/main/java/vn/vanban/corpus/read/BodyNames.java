package vn.vanban.corpus.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Names of bodies as a reader writes them: "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN" → "Ủy ban nhân dân
 * tỉnh Điện Biên", "BAN CÁNSỰ ĐẢNG UBND TỈNH" → "Ban cán sự đảng Ủy ban nhân dân tỉnh"; and what a
 * name tells: its level and its province.
 */
final class BodyNames {

    /** Heads of a department's name, after which its field is capitalised ("Sở Y tế"). */
    private static final java.util.Set<String> FIELD_HEADS = java.util.Set.of("Sở", "Bộ", "Cục", "Tổng cục", "Phòng");
    /** Words that end a department's field: the place follows. */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("tỉnh", "thành", "huyện", "quận", "thị",
            "xã", "phường", "đặc", "khu", "vực");

    private final Vocabulary vocabulary;
    /** {compact folded opening words, canonical spelling}, longest first. */
    private final List<String[]> heads = new ArrayList<>();

    BodyNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String[] row : vocabulary.headerBodies()) {
            heads.add(new String[] {compact(row[0]), row[1]});
        }
        heads.sort(Comparator.comparingInt((String[] h) -> h[0].length()).reversed());
    }

    private static String compact(String s) {
        return VietnameseText.fold(s).replaceAll("\\s+", "");
    }

    /** The canonical opening words this line starts with, and where they end in it; or null. */
    String[] head(String line) {
        String compactLine = compact(line);
        for (String[] h : heads) {
            if (compactLine.startsWith(h[0])) {
                int seen = 0;
                int pos = 0;
                while (pos < line.length() && seen < h[0].length()) {
                    if (!Character.isWhitespace(line.charAt(pos))) {
                        seen++;
                    }
                    pos++;
                }
                // The opening words must end a word: "BAN" is not the start of "BANG".
                if (pos < line.length() && Character.isLetterOrDigit(line.charAt(pos))) {
                    continue;
                }
                return new String[] {h[1], Integer.toString(pos)};
            }
        }
        return null;
    }

    /** A name written in capitals (or not), spelled as in running text. */
    String spell(String raw) {
        String name = raw.replaceAll("\\s+", " ").trim();
        StringBuilder out = new StringBuilder();
        String[] head = head(name);
        String rest = name;
        if (head != null) {
            out.append(head[0]);
            rest = name.substring(Integer.parseInt(head[1]));
        }
        boolean placeName = false;
        String previous = "";
        // "SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO": the field a department is named for is capitalised.
        boolean field = head != null && FIELD_HEADS.contains(head[0]);
        boolean capitalizeNext = field;
        for (String word : rest.trim().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = VietnameseText.lower(word);
            PhraseIndex.Match<String> abbr = vocabulary.abbreviations().matchAt(VietnameseText.foldAligned(word), 0);
            if (abbr != null && abbr.end() == word.length()) {
                out.append(abbr.value());
            } else if (placeName && VietnameseText.isUpperCase(word) && !lower.equals("ủy")) {
                // The name of a district ("HUYỆN MƯỜNG ẢNG"): a place the vocabulary does not list.
                out.append(VietnameseText.capitalize(VietnameseText.lower(word)));
            } else if (VietnameseText.isUpperCase(word) && capitalizeNext && !PLACE_WORDS.contains(lower)) {
                out.append(VietnameseText.capitalize(lower));
            } else if (VietnameseText.isUpperCase(word)) {
                out.append(VietnameseText.lower(word));
            } else {
                out.append(word);
            }
            // Not "quân" (BỘ CHỈ HUY QUÂN SỰ) nor "xã" alone (XÃ HỘI): compared with their diacritics.
            field = field && !PLACE_WORDS.contains(lower);
            capitalizeNext = field && (lower.equals("và") || lower.equals("-"));
            placeName = placeName || lower.equals("huyện") || lower.equals("quận")
                    || lower.equals("xã") && previous.equals("thị");
            previous = lower;
        }
        String spelled = VietnameseText.capitalize(restoreProvinces(out.toString()));
        Issuer known = vocabulary.centralIssuerNamed(spelled);
        return known != null ? known.name() : spelled;
    }

    /** Province names in their own spelling: "tỉnh điện biên" → "tỉnh Điện Biên". */
    String restoreProvinces(String s) {
        String folded = VietnameseText.foldAligned(s);
        List<PhraseIndex.Match<Province>> found = vocabulary.provinceNames().findAll(folded);
        StringBuilder b = new StringBuilder(s);
        for (int i = found.size() - 1; i >= 0; i--) {
            PhraseIndex.Match<Province> m = found.get(i);
            String written = s.substring(m.start(), m.end());
            if (VietnameseText.isUpperCase(written) || written.equals(VietnameseText.lower(written))) {
                // An alias that starts with the kind ("THÀNH PHỐ HỒ CHÍ MINH") keeps it: "thành phố Hồ Chí Minh".
                String kind = m.value().kind();
                boolean withKind = folded.startsWith(VietnameseText.fold(kind) + " ", m.start());
                // A former name is kept as it was written ("THỪA THIÊN HUẾ" in 2024): the date decides the name.
                String former = vocabulary.formerName(VietnameseText.fold(written));
                String name = former != null ? former : m.value().name();
                b.replace(m.start(), m.end(), withKind ? kind + " " + name : name);
            }
        }
        return b.toString();
    }

    /** The first province a name mentions, or null. */
    Province provinceIn(String name) {
        if (name == null) {
            return null;
        }
        PhraseIndex.Match<Province> m = vocabulary.provinceNames().findFirst(VietnameseText.foldAligned(name));
        return m == null ? null : m.value();
    }

    /** Whether a name is complete: it names a place, or it is a known central body. */
    boolean isComplete(String spelledName) {
        return provinceIn(spelledName) != null || vocabulary.centralIssuerNamed(spelledName) != null;
    }

    /** A name that ends with its level word but no place ("… tỉnh"), completed with the province. */
    String completeWithProvince(String name, String province) {
        if (name == null || province == null) {
            return name;
        }
        if (provinceIn(name) != null) {
            return name; // already complete: "… tỉnh Hà Tĩnh" ends with "tinh" when folded
        }
        String folded = VietnameseText.fold(name).trim();
        if (folded.endsWith(" tinh") || folded.equals("tinh") || folded.endsWith(" tinh uy")
                || folded.endsWith(" thanh pho")) {
            return name + " " + province;
        }
        return name;
    }

    /** The level a body's name tells; null when it tells none. */
    Level level(String name) {
        if (name == null) {
            return null;
        }
        if (vocabulary.centralIssuerNamed(name) != null) {
            return Level.CENTRAL;
        }
        String folded = VietnameseText.foldAligned(name);
        PhraseIndex.Match<Issuer> issuer = vocabulary.issuerNames().matchAt(folded, 0);
        if (issuer != null && issuer.value().level() == Level.CENTRAL && provinceIn(name) == null) {
            return Level.CENTRAL;
        }
        if (folded.startsWith("bo ") && provinceIn(name) == null) {
            return Level.CENTRAL;
        }
        Level level = null;
        int at = -1;
        for (PhraseIndex.Match<Level> m : vocabulary.levelWords().findAll(folded)) {
            if (m.start() >= at) {
                at = m.start();
                level = m.value();
                if (level == Level.DISTRICT && folded.startsWith("thanh pho", m.start())) {
                    // A city: province level when it is one of the centrally-run ones.
                    Province p = provinceIn(name.substring(m.end()));
                    if (p != null && "thành phố".equals(p.kind())) {
                        level = Level.PROVINCE;
                    }
                }
            }
        }
        if (level == null) {
            String lower = folded.toLowerCase(Locale.ROOT);
            if (lower.contains("tinh uy") || lower.contains("thanh uy")) {
                return Level.PROVINCE;
            }
            if (lower.contains("huyen uy") || lower.contains("quan uy") || lower.contains("thi uy")) {
                return Level.DISTRICT;
            }
        }
        return level;
    }
}
