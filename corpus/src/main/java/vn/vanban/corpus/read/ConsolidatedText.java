package vn.vanban.corpus.read;

import java.util.List;
import java.util.regex.Matcher;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * A consolidated text (văn bản hợp nhất): it opens with the text it consolidates and gives its own
 * number, date and issuer in its xác thực block, at its end or before its annexes.
 */
final class ConsolidatedText {

    /** What the xác thực block says; fields are null when it does not. */
    record Block(String number, String symbol, String numberSymbol, String issuer, Level level, DocDate date,
            String place, Line numberLine) {}

    private final Vocabulary vocabulary;
    private final BodyNames names;

    ConsolidatedText(Vocabulary vocabulary, BodyNames names) {
        this.vocabulary = vocabulary;
        this.names = names;
    }

    /**
     * A consolidated text: authenticated as such at its end, or opening with the text it
     * consolidates and "được sửa đổi, bổ sung bởi:".
     */
    static boolean is(String folded) {
        if (folded.contains("xac thuc van ban hop nhat")) {
            return true;
        }
        int intro = folded.indexOf("duoc sua doi, bo sung boi:");
        return intro >= 0 && intro < 1500;
    }

    Block read(List<Line> lines) {
        Line l = numberLine(lines);
        if (l == null) {
            return new Block(null, null, null, null, null, null, null, null);
        }
        int i = l.index();
        Matcher nm = HeaderParser.NUMBER_LINE.matcher(l.folded());
        nm.find();
        String[] split = HeaderParser.splitNumber(HeaderParser.numberValue(l.text().substring(nm.end())));
        DocDate date = null;
        String place = null;
        for (int k = i + 1; k < Math.min(lines.size(), i + 6) && date == null; k++) {
            Matcher dm = HeaderParser.PLACE_DATE.matcher(lines.get(k).folded());
            if (dm.find()) {
                date = HeaderParser.date(dm.group(3), dm.group(2), dm.group(1));
                int ngay = lines.get(k).folded().indexOf("ngay", dm.start());
                String p = lines.get(k).text().substring(dm.start(), ngay).replaceAll("[,.\\s]+$", "").trim();
                place = p.isEmpty() ? null : p;
            }
        }
        int above = i - 1;
        while (above >= 0 && (lines.get(above).isBlank()
                || HeaderParser.DECORATION.matcher(lines.get(above).text()).matches())) {
            above--;
        }
        String issuer = null;
        String symbol = split[1];
        if (above >= 0 && VietnameseText.isUpperCase(lines.get(above).text()) && !HeaderParser.isMotto(lines.get(above))) {
            issuer = names.spell(lines.get(above).text());
        } else if (symbol != null) {
            var byCode = vocabulary.issuerByCode(symbol.substring(symbol.lastIndexOf('-') + 1));
            issuer = byCode == null ? null : byCode.name();
        }
        return new Block(split[0], symbol, split[2], issuer, names.level(issuer), date, place, l);
    }

    /**
     * The "Số: …/VBHN-…" line of the xác thực block: the one nearest the block's heading ("XÁC
     * THỰC VĂN BẢN HỢP NHẤT"), wherever it stands; without the heading, the last such line.
     */
    private static Line numberLine(List<Line> lines) {
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).folded().contains("xac thuc van ban")) {
                heading = i;
            }
        }
        Line best = null;
        for (Line l : lines) {
            Matcher nm = HeaderParser.NUMBER_LINE.matcher(l.folded());
            if (!nm.find() || !l.folded().contains("vbhn")) {
                continue;
            }
            if (best == null || heading < 0 || Math.abs(l.index() - heading) < Math.abs(best.index() - heading)) {
                best = l;
            }
        }
        return best;
    }
}
