package vn.vanban.corpus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.TextCleaner;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Metadata-only rows from a portal's listing, as CSV (with a header line) or JSON Lines: a
 * number/symbol, a date, a trích yếu, and maybe an issuer, a type, a text, a link. Column names
 * are read as portals write them (so_ky_hieu, ngay_ban_hanh, trich_yeu …; metadata-columns.tsv).
 * Each row is a document whose text is its trích yếu (and its text, if any); its citations are
 * read from that text as from a trích yếu.
 */
final class MetadataRows {

    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?:\\s.*)?$");
    private static final Pattern YMD = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?:[T\\s].*)?$");
    private static final Pattern ABOUT = Pattern.compile("^\\s*(?:v/v|về việc)\\s*[:.]?\\s*", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;
    private final MentionFinder mentions;
    private final BodyNames names;
    private final HeaderParser headers;
    private final Map<String, String> fieldByColumn = new HashMap<>();

    MetadataRows(Vocabulary vocabulary, MentionFinder mentions, HeaderParser headers) {
        this.vocabulary = vocabulary;
        this.mentions = mentions;
        this.names = new BodyNames(vocabulary);
        this.headers = headers;
        for (String[] row : vocabulary.metadataColumns()) {
            for (String column : row[1].split("\\|")) {
                fieldByColumn.put(columnKey(column), row[0]);
            }
        }
    }

    static boolean handles(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    private static String columnKey(String column) {
        return VietnameseText.fold(column).replaceAll("[\\s_-]+", "").trim();
    }

    ReadResult read(String source, String fileName, String text, ReadOptions options) throws UnreadableDocumentException {
        List<Map<String, String>> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csv(source, text) : jsonLines(source, text);
        List<ReadDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!rows.isEmpty() && rows.get(0).keySet().stream().noneMatch(k -> "numberSymbol".equals(k) || "subject".equals(k))) {
            throw new UnreadableDocumentException(source, "no column for the number/symbol or the subject (looked for"
                    + " so_ky_hieu, trich_yeu and the other names in metadata-columns.tsv)");
        }
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            String where = source + ":" + row;
            Map<String, String> r = rows.get(i);
            ReadDocument d = row(fileName, row, r, where, options, problems);
            if (d != null) {
                docs.add(new ReadDocument(source + "#" + row, d.text(), d.document()));
            }
        }
        return new ReadResult(docs, problems);
    }

    private ReadDocument row(String fileName, int row, Map<String, String> r, String where, ReadOptions options,
            List<String> problems) {
        String numberSymbolRaw = blankToNull(r.get("numberSymbol"));
        String subject = blankToNull(r.get("subject"));
        if (numberSymbolRaw == null && subject == null) {
            problems.add(where + ": neither a number/symbol nor a subject; the row is skipped");
            return null;
        }
        if (subject != null) {
            subject = ABOUT.matcher(TextCleaner.clean(subject)).replaceFirst("").replaceAll("\\s+", " ").trim();
            subject = subject.replaceAll("[.;,]+$", "").trim();
        }
        String[] number = numberSymbolRaw == null ? new String[3] : HeaderParser.splitNumber(numberSymbolRaw);
        DocDate date = null;
        String dateRaw = blankToNull(r.get("date"));
        if (dateRaw != null) {
            date = date(dateRaw);
            if (date == null) {
                problems.add(where + ": field '" + r.getOrDefault("date#column", "date") + "': '" + dateRaw
                        + "' is not a date; the row is kept without a date");
            }
        }
        String issuer = blankToNull(r.get("issuer"));
        if (issuer == null) {
            issuer = options.defaultIssuer();
        }
        Province province = names.provinceIn(issuer);
        Level level = names.level(issuer);
        String provinceName = level == Level.CENTRAL || province == null ? null : province.name();
        String type = type(blankToNull(r.get("type")), number[1], subject);
        String body = blankToNull(r.get("text"));
        String text = subject == null ? "" : subject;
        if (body != null) {
            text = text + "\n\n" + TextCleaner.clean(body);
        }
        int subjectEnd = subject == null ? 0 : subject.length();
        Header h = new Header(type, number[0], number[1], number[2], issuer, null, level, provinceName, null, date,
                subject, List.of(), null, List.of(), -1, -1, subject == null ? -1 : 0, subjectEnd, Math.min(text.length(), subjectEnd + 2));
        NumberSymbol own = NumberSymbol.parse(number[2]);
        CitationMerger.Result cited = CitationMerger.merge(mentions.find(text, provinceName), text, h,
                own == null ? null : own.key(), vocabulary.relationWords());
        OfficialDocument d = new OfficialDocument(fileName, row, type, h.number(), h.symbol(), h.numberSymbol(), issuer,
                null, level, provinceName, null, date, subject, List.of(), null, List.of(), cited.citations(), cited.stated());
        return new ReadDocument(null, text, d);
    }

    private String type(String given, String symbol, String subject) {
        if (given != null) {
            PhraseIndex.Match<DocumentType> t = vocabulary.typeNames().matchAt(VietnameseText.foldAligned(given), 0);
            return t != null ? t.value().name() : given;
        }
        return symbol == null ? null : headers.typeFromSymbol(symbol);
    }

    static DocDate date(String raw) {
        String s = raw.trim();
        try {
            Matcher m = DMY.matcher(s);
            if (m.matches()) {
                return DocDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = YMD.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                return m.group(3) == null ? DocDate.ofMonth(y, mo) : DocDate.of(y, mo, Integer.parseInt(m.group(3)));
            }
        } catch (RuntimeException e) {
            return null; // 31/02/2021
        }
        return null;
    }

    private List<Map<String, String>> csv(String source, String text) throws UnreadableDocumentException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(fields(it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(source, "not a CSV file with a header line (" + firstLine(e.getMessage()) + ")");
        }
        return rows;
    }

    private List<Map<String, String>> jsonLines(String source, String text) throws UnreadableDocumentException {
        ObjectMapper mapper = Json.mapper();
        List<Map<String, String>> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(lines[i]);
                if (!node.isObject()) {
                    throw new UnreadableDocumentException(source, "line " + (i + 1) + ": not a JSON object");
                }
                Map<String, Object> raw = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> raw.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
                rows.add(fields(raw));
            } catch (IOException e) {
                throw new UnreadableDocumentException(source, "line " + (i + 1) + ": not JSON (" + firstLine(e.getMessage()) + ")");
            }
        }
        return rows;
    }

    /** A row keyed by our field names; "field#column" keeps the column's own name for messages. */
    private Map<String, String> fields(Map<String, ?> raw) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            String field = fieldByColumn.get(columnKey(e.getKey()));
            if (field != null && !out.containsKey(field) && e.getValue() != null) {
                out.put(field, String.valueOf(e.getValue()));
                out.put(field + "#column", e.getKey());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
