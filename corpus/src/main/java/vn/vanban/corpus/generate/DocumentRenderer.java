package vn.vanban.corpus.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.vanban.corpus.vocab.Province;

/**
 * Writes the text of a planned document in the layout of Nghị định 30/2020/NĐ-CP, as text
 * converted from PDF or Word comes: bold markers, the two header columns one after the other,
 * lines broken where the page was narrow, page numbers in the middle of the text, a misspelt
 * "Nơi nhận" now and then. The body's sentences come from {@link BodyText}.
 */
final class DocumentRenderer {

    /** How often a section opens with a stock sentence of the subject (topics.tsv), as real bodies restate their subject. */
    static final double STOCK = 0.3;

    private final GeneratorVocabulary words;
    private final BodyText body;

    DocumentRenderer(GeneratorVocabulary words, BodyText body) {
        this.words = words;
        this.body = body;
    }

    String render(PlannedDocument d, SplittableRandom rnd) {
        GeneratorVocabulary.Topic topic = words.topics.get(d.topic());
        Office o = d.office();
        StringBuilder t = new StringBuilder(8_000);
        t.append(rnd.nextBoolean() ? "\n\n" : "\n");
        boolean bold = rnd.nextDouble() < 0.4;
        List<String> header = o.header().stream().map(h -> fill(h, d)).toList();
        t.append(bold ? "**" : "").append(String.join("\n", header)).append(bold ? "**" : "").append("\n\n");
        t.append(bold ? "**" : "").append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
                .append(bold ? "**" : "").append("\n\n");
        t.append("Số: ").append(d.numberSymbol()).append('\n');
        boolean congVan = o.type().equals("Công văn");
        String subject = subject(d, topic);
        if (congVan) {
            t.append(wrap("V/v " + subject, 34)).append("\n\n");
        }
        t.append(place(d)).append(", ngày ").append(d.date().getDayOfMonth()).append(" tháng ")
                .append(d.date().getMonthValue()).append(" năm ").append(d.date().getYear()).append("\n\n");
        if (!congVan) {
            t.append(o.type().toUpperCase(Locale.ROOT)).append('\n').append("Về ").append(subject).append("\n\n");
        }
        for (PlannedDocument b : d.basedOn()) {
            t.append(fillRef(pick(words.phrases("basis"), rnd), b, d, topic)).append('\n');
        }
        if (!d.basedOn().isEmpty()) {
            t.append('\n');
        }
        if (congVan || o.type().equals("Công điện")) {
            t.append("Kính gửi:\n\n");
            List<String> to = words.phrases("recipients." + o.level().name().toLowerCase(Locale.ROOT));
            int first = rnd.nextInt(to.size());
            for (int i = 0; i < 2 + rnd.nextInt(2); i++) {
                t.append("- ").append(to.get((first + i) % to.size())).append('\n');
            }
            t.append('\n');
        }
        if (d.implemented() != null) {
            t.append(fillRef(pick(words.phrases("implements"), rnd), d.implemented(), d, topic)).append("\n\n");
        } else {
            t.append(fill(pick(words.phrases("opening"), rnd), d).replace("{SUBJECT}", topic.subject())).append("\n\n");
        }
        int section = 1;
        int citeAt = d.cited().isEmpty() ? -1 : 2;
        int sentences = body.sentences(d);
        BodyText.Body own = body.of(d);
        int k = 0;
        while (k < sentences) {
            t.append(section).append(". ").append(capitalise(sectionHead(d, section, rnd))).append("\n\n");
            // A paragraph or a few, the first of them sometimes a stock sentence of the document's subject.
            int paragraphs = 1 + rnd.nextInt(3);
            for (int p = 0; p < paragraphs && k < sentences; p++) {
                if (p == 0 && rnd.nextDouble() < STOCK) {
                    t.append(pick(topic.tasks(), rnd)).append(' ');
                }
                int n = 1 + rnd.nextInt(6);
                for (int s = 0; s < n && k < sentences; s++, k++) {
                    t.append(own.sentence(k)).append(s + 1 < n ? " " : "");
                }
                t.append("\n\n");
            }
            if (section == citeAt) {
                for (PlannedDocument c : d.cited()) {
                    t.append(fillRef(pick(words.phrases("cites"), rnd), c, d, topic)).append("\n\n");
                }
            }
            if (rnd.nextDouble() < 0.3) {
                t.append(rnd.nextInt(2, 9)).append("\n\n"); // a page number left by the conversion
            }
            section++;
        }
        if (citeAt >= section) {
            for (PlannedDocument c : d.cited()) {
                t.append(fillRef(pick(words.phrases("cites"), rnd), c, d, topic)).append("\n\n");
            }
        }
        t.append(fill(pick(words.phrases("closing"), rnd), d)
                .replace("{DEADLINE}", date(d.date().plusDays(15 + rnd.nextInt(30))))).append("\n\n");
        t.append(rnd.nextDouble() < 0.1 ? "Noi nhận:\n" : "Nơi nhận:\n").append("- Như trên;\n");
        List<String> copies = words.phrases("noinhan");
        int first = rnd.nextInt(copies.size());
        for (int i = 0; i < 3 + rnd.nextInt(3); i++) {
            t.append("- ").append(copies.get((first + i) % copies.size())).append('\n');
        }
        t.append("\n\n").append(bold ? "**" : "").append(String.join("\n", o.signer())).append(bold ? "**" : "")
                .append("\n\n").append(signerName(rnd)).append('\n');
        String text = t.toString();
        // Some files come from PDFs with narrow pages: long lines broken where the page ended.
        return rnd.nextDouble() < 0.25 ? breakLongLines(text, 70 + rnd.nextInt(30)) : text;
    }

    /** What the document is about, as written after "V/v" or "Về". */
    private static String subject(PlannedDocument d, GeneratorVocabulary.Topic topic) {
        if (d.implemented() != null && d.office().level() != vn.vanban.corpus.model.Level.CENTRAL) {
            PlannedDocument up = d.implemented();
            return "triển khai " + up.office().type() + " số " + up.numberSymbol() + " ngày " + date(up.date())
                    + " của " + up.issuer();
        }
        return topic.subject();
    }

    private static String sectionHead(PlannedDocument d, int section, SplittableRandom rnd) {
        String[] heads = d.province() == null
                ? new String[] {"các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                    "Bộ Y tế", "Bộ Công an", "Bộ Tài chính", "Bộ Thông tin và Truyền thông", "Văn phòng Chính phủ"}
                : d.district() == null
                ? new String[] {"các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Sở Y tế",
                    "Công an tỉnh", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"}
                : new String[] {"các phòng, ban, ngành huyện", "UBND các xã, thị trấn", "Trung tâm Y tế huyện",
                    "Công an huyện", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND huyện"};
        return heads[(section - 1 + rnd.nextInt(2)) % heads.length];
    }

    private String fillRef(String phrase, PlannedDocument target, PlannedDocument d, GeneratorVocabulary.Topic topic) {
        String ref = target.office().type() + " số " + target.numberSymbol() + " ngày " + date(target.date()) + " của "
                + target.issuer();
        return fill(phrase, d).replace("{REF}", ref).replace("{SUBJECT}", words.topics.get(target.topic()).subject());
    }

    /** Placeholders of headers and phrases that depend on the document. */
    private static String fill(String s, PlannedDocument d) {
        Province p = d.province();
        String place = d.district() != null ? "huyện " + d.district() : p != null ? p.kind() + " " + p.name() : "cả nước";
        String body = d.district() != null ? "UBND huyện" : p != null ? "UBND tỉnh" : d.office().issuer();
        return s.replace("{TINH}", p == null ? "" : (p.kind() + " " + p.name()).toUpperCase(Locale.ROOT))
                .replace("{HUYEN}", d.district() == null ? "" : ("huyện " + d.district()).toUpperCase(Locale.ROOT))
                .replace("{PLACE}", place)
                .replace("{BODY}", body);
    }

    private static String place(PlannedDocument d) {
        if (d.district() != null) {
            return d.district();
        }
        return d.province() == null ? "Hà Nội" : d.province().name();
    }

    static String date(LocalDate day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private String signerName(SplittableRandom rnd) {
        return pick(words.names.get("family"), rnd) + " " + pick(words.names.get("middle"), rnd) + " "
                + pick(words.names.get("given"), rnd);
    }

    /** Breaks a long line into lines of about {@code width}, at spaces: the subject lines under "Số:". */
    private static String wrap(String s, int width) {
        return vn.vanban.corpus.text.LineWrap.wrap(s, width);
    }

    private static String breakLongLines(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width);
        for (String line : text.split("\n", -1)) {
            out.append(line.length() > width ? wrap(line, width) : line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static <T> T pick(List<T> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
