package vn.vanban.corpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.text.LineWrap;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * The same document in every layout it comes in reads the same. Each seed (and each labelled
 * gazette document, when ../shared is there) is taken apart into its header's parts and its body,
 * rendered plainly, and rendered again as a Markdown table, as a portal's table debris (pipes,
 * emphasis around wrapped fragments, "Số:" and its value apart, a ký hiệu broken at its hyphen,
 * place and date over two lines, the motto split), with OCR's spaced-out letters, inside a portal
 * page's chrome and metadata block, as an HTML page and as a Word file with the header in a table.
 * Every rendering must give the plain rendering's reading, warnings included.
 */
class LayoutMetamorphicTest {

    private static final Path SEEDS = Path.of("documents");
    private static final Path SHARED = Path.of("..", "..", "shared", "corpus");
    private static final Path GAZETTE_LABELS = Path.of("eval", "gazette-labels.jsonl");
    private final DocumentReader reader = new DocumentReader();
    private final HeaderParser headers = new HeaderParser(Vocabulary.standard());

    /** A document's header, in parts, and its body. */
    record Parts(List<String> issuerLines, List<String> motto, String number, String placeDate, String type,
            String subject, List<String> recipients, String body, OfficialDocument reading) {

        boolean isLetter() {
            return "Công văn".equals(type);
        }

        String typeTitle() {
            return VietnameseText.upper(type);
        }
    }

    /** A rendering: the file's name (its extension tells the reader its kind) and its bytes. */
    record Rendered(String name, byte[] bytes) {}

    @TestFactory
    Stream<DynamicNode> everyLayoutReadsAsThePlainOne() throws Exception {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            s.sorted().forEach(sources::add);
        }
        if (Files.isDirectory(SHARED.resolve("gazette")) && Files.exists(GAZETTE_LABELS)) {
            for (String line : Files.readAllLines(GAZETTE_LABELS)) {
                if (!line.isBlank()) {
                    sources.add(SHARED.resolve("gazette").resolve(Json.mapper().readTree(line).get("file").asText()));
                }
            }
        } else {
            System.out.println("LayoutMetamorphicTest: the labelled gazette documents skipped: "
                    + SHARED.toAbsolutePath().normalize() + " not found");
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path source : sources) {
            ReadDocument original = reader.read(source);
            Parts parts = parts(original);
            if (parts == null) {
                // A consolidated text gives its number at its end: its header has no parts to move.
                System.out.println("LayoutMetamorphicTest: " + source.getFileName() + " has no \"Số:\" line in its header");
                continue;
            }
            Rendered plain = new Rendered("plain.txt", plain(parts).getBytes(StandardCharsets.UTF_8));
            String want = comparable(reader.read(plain.name(), plain.name(), plain.bytes()).document());
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("plain rendering reads as the original", () -> assertEquals(
                    header(original.document()), header(reader.read(plain.name(), plain.name(), plain.bytes()).document()))));
            for (Function<Parts, Rendered> layout : List.<Function<Parts, Rendered>>of(
                    LayoutMetamorphicTest::markdownTable, LayoutMetamorphicTest::tableDebris,
                    LayoutMetamorphicTest::spacedLetters, LayoutMetamorphicTest::portalPage,
                    LayoutMetamorphicTest::html, LayoutMetamorphicTest::word)) {
                Rendered r = layout.apply(parts);
                String dump = System.getProperty("layouts.dump"); // -Dlayouts.dump=DIR writes every rendering
                if (dump != null) {
                    Path dir = Path.of(dump, source.getFileName().toString());
                    Files.createDirectories(dir);
                    Files.write(dir.resolve(r.name()), r.bytes());
                    Files.write(dir.resolve(plain.name()), plain.bytes());
                }
                tests.add(DynamicTest.dynamicTest(r.name(), () -> assertEquals(want,
                        comparable(reader.read(r.name(), r.name(), r.bytes()).document()), r.name())));
            }
            nodes.add(DynamicContainer.dynamicContainer(source.getFileName().toString(), tests));
        }
        assertEquals(true, nodes.size() >= 5, "the five seeds at least");
        return nodes.stream();
    }

    private Parts parts(ReadDocument read) {
        String text = read.text();
        OfficialDocument d = read.document();
        Header h = headers.parse(text);
        if (h.numberStart() < 0 || h.numberStart() > h.bodyStart()) {
            return null;
        }
        List<String> issuerLines = new ArrayList<>();
        String[] lines = text.substring(0, Math.max(0, h.numberStart())).split("\n");
        for (String l : lines) {
            String t = l.strip();
            String f = VietnameseText.fold(t);
            if (t.isEmpty() || !VietnameseText.isUpperCase(t) || f.startsWith("cong hoa") || f.startsWith("dang cong san")
                    || f.startsWith("doc lap") || t.matches("[-_=*. ]+")) {
                continue;
            }
            if (!issuerLines.contains(t)) {
                issuerLines.add(t);
            }
        }
        List<String> motto = VietnameseText.fold(text.substring(0, Math.min(text.length(), 600))).contains("dang cong san viet nam")
                ? List.of("ĐẢNG CỘNG SẢN VIỆT NAM")
                : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        // "Số: 2763/UBND-KGVX", "Bộ luật số: 45/2019/QH14", "Số: /UBND-VX" (a blank number as written).
        String raw = text.substring(h.numberStart(), h.numberEnd());
        int colon = raw.indexOf(':');
        String label = colon < 0 ? "Số:" : raw.substring(0, colon + 1).strip();
        String value = d.numberSymbol() != null ? d.numberSymbol()
                : (colon < 0 ? raw : raw.substring(colon + 1)).strip().split("\\s{2,}|\\t")[0].replaceAll("\\s+", "");
        String numberLine = label + " " + value;
        DocDate date = d.date();
        String placeDate = date == null || d.place() == null ? null : d.place() + ", ngày "
                + (date.day() == null ? "   " : date.day()) + " tháng " + date.month() + " năm " + date.year();
        if (date == null && d.place() != null) {
            // "Hà Nội, ngày    tháng    năm 2026": the date left for the signer, as written.
            placeDate = text.lines().limit(40).filter(l -> l.strip().startsWith(d.place() + ", ngày")).findFirst()
                    .map(String::strip).orElse(null);
        }
        return new Parts(issuerLines, motto, numberLine, placeDate, d.type(), d.subject(), d.recipients(),
                text.substring(h.bodyStart()).strip(), d);
    }

    // --- layouts -------------------------------------------------------------------------------

    private static String plain(Parts p) {
        StringBuilder s = new StringBuilder();
        p.issuerLines().forEach(l -> s.append(l).append('\n'));
        s.append("-------\n\n");
        p.motto().forEach(l -> s.append(l).append('\n'));
        s.append("---------------\n\n").append(p.number()).append('\n');
        if (p.isLetter()) {
            s.append("V/v ").append(p.subject()).append('\n');
        }
        s.append('\n');
        if (p.placeDate() != null) {
            s.append(p.placeDate()).append("\n\n");
        }
        titleAndRecipients(p, s);
        return s.append(p.body()).append('\n').toString();
    }

    private static void titleAndRecipients(Parts p, StringBuilder s) {
        if (!p.isLetter()) {
            s.append(p.typeTitle()).append('\n').append(p.subject()).append("\n\n");
        }
        if (!p.recipients().isEmpty()) {
            s.append("Kính gửi:\n");
            p.recipients().forEach(r -> s.append("- ").append(r).append(";\n"));
            s.append('\n');
        }
    }

    /** A Markdown conversion: the header as a two-column table, cells run together on one line. */
    static Rendered markdownTable(Parts p) {
        // The collector's title is in sentence case, as collectors write it.
        String title = VietnameseText.capitalize(VietnameseText.lower(p.subject()));
        StringBuilder s = new StringBuilder("*Source: https://thuvienphapluat.vn/van-ban/x-123.aspx*\n\n# ")
                .append(title).append("\n\n| ").append(String.join(" ", p.issuerLines())).append(" -------- | ")
                .append(String.join(" ", p.motto())).append(" --------------- |\n|---|---|\n| ").append(p.number());
        if (p.isLetter()) {
            s.append(" V/v ").append(p.subject());
        }
        s.append(" | ").append(p.placeDate() == null ? "" : p.placeDate()).append(" |\n\n");
        titleAndRecipients(p, s);
        s.append(p.body()).append('\n');
        return new Rendered("table.md", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A portal's crawl: cells between pipe lines, fragments wrapped inside their emphasis. */
    static Rendered tableDebris(Parts p) {
        return new Rendered("debris.md", debris(p).getBytes(StandardCharsets.UTF_8));
    }

    private static String debris(Parts p) {
        StringBuilder s = new StringBuilder("|\n");
        for (String l : p.issuerLines()) {
            s.append("**").append(LineWrap.wrap(l, 14)).append("**\n");
        }
        s.append("-------\n|\n");
        s.append("**").append(LineWrap.wrap(p.motto().get(0), 12)).append("**\n");
        p.motto().stream().skip(1).forEach(l -> s.append(l).append('\n'));
        s.append("---------------\n|\n|\n");
        String number = p.number();
        int colon = number.indexOf(':');
        String value = colon < 0 ? number : number.substring(colon + 1).strip();
        s.append(colon < 0 ? "" : number.substring(0, colon + 1)).append('\n');
        int dash = value.lastIndexOf('-');
        s.append(dash > 0 && dash < value.length() - 1 ? value.substring(0, dash + 1) + "\n" + value.substring(dash + 1) : value)
                .append('\n');
        if (p.isLetter()) {
            s.append("*V/v ").append(LineWrap.wrap(p.subject(), 40)).append("*\n");
        }
        s.append("|\n");
        if (p.placeDate() != null) {
            int month = p.placeDate().indexOf(" tháng ");
            s.append('*').append(p.placeDate(), 0, month).append('\n').append(p.placeDate().substring(month + 1)).append("*\n");
        }
        s.append("|\n");
        if (!p.isLetter()) {
            s.append("**").append(p.typeTitle()).append("**\n").append(LineWrap.wrap(p.subject(), 60)).append('\n');
        }
        if (!p.recipients().isEmpty()) {
            s.append("**Kính gửi:**\n|\n");
            p.recipients().forEach(r -> s.append("- ").append(r).append(";\n"));
            s.append("|\n");
        }
        return s.append(p.body()).append('\n').toString();
    }

    /** OCR: the issuer's words and the type's name spaced out, the ký hiệu with spaces in it. */
    static Rendered spacedLetters(Parts p) {
        List<String> issuer = p.issuerLines().stream().map(LayoutMetamorphicTest::spaceOut).toList();
        String number = p.number().replaceFirst("-", " - ");
        Parts spaced = new Parts(issuer, p.motto(), number, p.placeDate(), p.type(), p.subject(), p.recipients(),
                p.body(), p.reading());
        String text = plain(spaced);
        if (!p.isLetter()) {
            text = text.replace("\n" + p.typeTitle() + "\n", "\n" + String.join(" ", p.typeTitle().split("")).replace("   ", "  ") + "\n");
        }
        return new Rendered("ocr.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** "ỦY BAN NHÂN DÂN" → "ỦY B AN NHÂN D Â N": words of three letters or more broken after their first. */
    static String spaceOut(String line) {
        StringBuilder s = new StringBuilder();
        String[] words = line.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                s.append(' ');
            }
            boolean letters = w.chars().allMatch(Character::isLetter);
            if (letters && w.length() >= 3 && i % 2 == 1) {
                s.append(String.join(" ", w.split("")));
            } else if (letters && w.length() >= 3) {
                s.append(w.charAt(0)).append(' ').append(w.substring(1));
            } else {
                s.append(w);
            }
        }
        return s.toString();
    }

    /** A portal page: copyright, the metadata block (agreeing with the header), summary, document, trailer. */
    static Rendered portalPage(Parts p) {
        OfficialDocument d = p.reading();
        String where = d.province() != null ? "Tỉnh " + d.province() : String.valueOf(d.issuer());
        StringBuilder s = new StringBuilder("|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**. Mọi hành vi"
                + " sao chép, đăng tải lại mà không có sự đồng ý của **\nTHƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở"
                + " hữu trí tuệ.\nX\n**\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nClick vào phần bôi vàng để xem chi"
                + " tiết.\n|\n|\nĐang tải văn bản...\n#\n");
        block(s, "Số hiệu", d.numberSymbol());
        block(s, "Loại văn bản", d.type());
        block(s, "Nơi ban hành", where);
        block(s, "Người ký", d.signer() == null ? null : d.signer().name());
        block(s, "Ngày ban hành", d.date() == null || !d.date().isComplete() ? null
                : String.format(Locale.ROOT, "%02d/%02d/%d", d.date().day(), d.date().month(), d.date().year()));
        block(s, "Tình trạng", "Đã biết");
        s.append("## ").append(p.subject()).append("\n**Theo Công văn 999/UBND-VP và Nghị định 13/2023/NĐ-CP, văn bản"
                + " này được đăng tải.**\n");
        s.append(debris(p));
        s.append("|\n").append(d.type()).append(' ').append(d.numberSymbol() == null ? "" : d.numberSymbol())
                .append(" năm ").append(d.date() == null ? "" : d.date().year()).append(' ').append(p.subject())
                .append("\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n23/10/2025\n"
                        + "**Kính gửi:** Quý Thành viên,\nNghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân.\n"
                        + "Cảm ơn đã dùng ThuVienPhapLuat.vn\n- Bạn vừa bị Đăng xuất khỏi Tài khoản .\n|\n|\n");
        return new Rendered("portal.md", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void block(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append("**").append(label).append(":**\n|\n").append(value).append("\n|\n|\n");
        }
    }

    /** An HTML page: navigation and footer around a header table, the body in paragraphs. */
    static Rendered html(Parts p) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(p.subject())).append("</title></head><body><nav><ul><li>Trang chủ</li><li>Văn bản"
                        + " 13/2023/NĐ-CP</li></ul></nav><table><tr><td><p>");
        s.append(String.join("<br>", p.issuerLines().stream().map(LayoutMetamorphicTest::escape).toList()))
                .append("</p><p>-------</p></td><td><p><b>").append(String.join("<br>", p.motto())).append("</b></p>"
                        + "<p>---------------</p></td></tr><tr><td><p>").append(escape(p.number()));
        if (p.isLetter()) {
            s.append("<br><i>V/v ").append(escape(p.subject())).append("</i>");
        }
        s.append("</p></td><td><p><i>").append(p.placeDate() == null ? "" : escape(p.placeDate())).append("</i></p></td></tr></table>");
        if (!p.isLetter()) {
            s.append("<p><b>").append(escape(p.typeTitle())).append("</b></p><p>").append(escape(p.subject())).append("</p>");
        }
        if (!p.recipients().isEmpty()) {
            s.append("<p>Kính gửi:</p>");
            p.recipients().forEach(r -> s.append("<p>- ").append(escape(r)).append(";</p>"));
        }
        // A paragraph per paragraph of the text, its lines kept apart by <br> (as a page saved from Word has them).
        for (String para : p.body().split("\n\\s*\n")) {
            if (!para.isBlank()) {
                s.append("<p>").append(String.join("<br>\n", para.strip().lines().map(LayoutMetamorphicTest::escape).toList()))
                        .append("</p>\n");
            }
        }
        s.append("<footer><p>Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân</p></footer></body></html>");
        return new Rendered("page.html", s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A Word file from the usual template: the header in a two-by-two table. */
    static Rendered word(Parts p) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(2, 2);
            List<String> left = new ArrayList<>(p.issuerLines());
            left.add("-------");
            cell(t.getRow(0).getCell(0), left);
            List<String> right = new ArrayList<>(p.motto());
            right.add("---------------");
            cell(t.getRow(0).getCell(1), right);
            cell(t.getRow(1).getCell(0), p.isLetter() ? List.of(p.number(), "V/v " + p.subject()) : List.of(p.number()));
            cell(t.getRow(1).getCell(1), List.of(p.placeDate() == null ? "" : p.placeDate()));
            StringBuilder rest = new StringBuilder();
            titleAndRecipients(p, rest);
            rest.append(p.body());
            for (String line : rest.toString().split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return new Rendered("document.docx", out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            (i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(lines.get(i));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // --- comparison ----------------------------------------------------------------------------

    /** The header fields and the citations: what must not depend on the layout. */
    private static String header(OfficialDocument d) {
        return String.join("\n", d.type(), d.numberSymbol(), d.issuer(), d.parentIssuer(), String.valueOf(d.level()),
                d.province(), d.place(), String.valueOf(d.date()), d.subject(), String.valueOf(d.recipients()),
                String.valueOf(d.signer()));
    }

    private static String comparable(OfficialDocument d) {
        return FormatsTest.comparable(d) + "\n" + d.warnings();
    }
}
