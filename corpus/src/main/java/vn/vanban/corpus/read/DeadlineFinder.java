package vn.vanban.corpus.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Deadline;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.Tsv;

/**
 * The deadlines a document sets: a date after a word of time limit ("trước ngày 30/9/2021",
 * "chậm nhất là 15/10", "hoàn thành trong tháng 10/2021", "trước quý IV/2025") in a clause that
 * says what is due ("báo cáo UBND tỉnh"). Matched on the folded text, so case and marks as typed
 * do not matter. What is not a deadline is left out by the general form, not by lists of
 * documents: a clause without a task is a date, not a deadline; a task said done ("đã", "được")
 * is past; a day before the document's own date is history (transitional provisions of laws,
 * "công tác trước ngày 01/01/1995"). A day written without a year takes the document's year
 * (the next one if that falls before the document). A time limit counted from the document itself
 * ("trong 05 ngày làm việc kể từ ngày nhận được văn bản này", "trong 30 ngày kể từ ngày ký") is a
 * deadline too, dated when the event's day is known; one counted from anything else ("kể từ ngày
 * nhận đủ hồ sơ hợp lệ") is a procedure's rule, not a deadline the document sets, and is left out.
 * The words are data: deadline-words.tsv, with the document types' names from the vocabulary.
 */
public final class DeadlineFinder {

    /** How far a due task is looked for on each side of the deadline's words, within its clause. */
    private static final int DUE_CHARS = 160;
    // Not parentheses: "bàn giao mặt bằng (0,3 km …) trước ngày 30/11" is one clause. A line break
    // ends a clause only before a list mark, a capital or a blank line: documents come hard-wrapped.
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[;:]|[.?!](?=\\s|$)|\\n(?=[ \\t]*(?:\\n|[-+*•–]|\\d+[.)]\\s|[a-zđ]\\)\\s|\\p{Lu}))");
    private static final String DAY = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![\\d/])"
            + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?";
    private static final String PERIOD = "thang\\s+(\\d{1,2})\\s*(?:/|-|\\s+nam\\s+)\\s*(\\d{4})"
            + "|quy\\s+(iv|iii|ii|i|[1-4])\\s*(?:/|-|\\s+nam\\s+)\\s*(\\d{4})|nam\\s+(\\d{4})";

    /** Where byDay, byPeriod and relative can start: the first words of their phrases. */
    private final PhraseStarts starts;
    private final Pattern byDay;
    private final Pattern byPeriod;
    private final Pattern task;
    private final Pattern past;
    private final Pattern complete;
    /** A time limit counted from an event of this document: amount, unit, event; see {@link #relative}. */
    private final Pattern relative;
    /** Words of a transitional provision: what may go on, not what is due ("… thì được tiếp tục thực hiện trong thời hạn …"). */
    private final Pattern transition;
    /** The document's own words on when it takes effect: on signing, or on a day. */
    private static final Pattern EFFECT_ON_SIGNING = Pattern.compile(
            "co\\s+hieu\\s+luc(?:\\s+thi\\s+hanh)?\\s+(?:ke\\s+)?tu\\s+ngay\\s+(?:ky|ban\\s+hanh)(?![\\p{L}])");
    private static final Pattern EFFECT_AFTER_SIGNING = Pattern.compile(
            "co\\s+hieu\\s+luc(?:\\s+thi\\s+hanh)?\\s+sau\\s+(\\d{1,3})\\s+ngay\\s*,?\\s*(?:ke\\s+)?tu\\s+ngay\\s+(?:ky|ban\\s+hanh)(?![\\p{L}])");
    private static final Pattern EFFECT_ON_DAY = Pattern.compile(
            "co\\s+hieu\\s+luc(?:\\s+thi\\s+hanh)?\\s+(?:ke\\s+)?tu\\s+ngay\\s+(?:" + DAY + ")");
    /** The units of a time limit, as After.unit names them, in the groups of {@link #relative}. */
    private static final List<String> UNITS = List.of("working_days", "days", "weeks", "months");

    public DeadlineFinder() {
        this(vn.vanban.corpus.vocab.Vocabulary.standard());
    }

    public DeadlineFinder(vn.vanban.corpus.vocab.Vocabulary vocabulary) {
        List<String> by = new ArrayList<>();
        List<String> within = new ArrayList<>();
        List<String> before = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<String> pasts = new ArrayList<>();
        List<String> completes = new ArrayList<>();
        List<String> spans = new ArrayList<>();
        Map<String, List<String>> units = new LinkedHashMap<>();
        UNITS.forEach(u -> units.put(u, new ArrayList<>()));
        List<String> signing = new ArrayList<>();
        List<String> receipt = new ArrayList<>();
        List<String> effect = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<String> transitions = new ArrayList<>();
        vocabulary.documentTypes().forEach(t -> documents.add(VietnameseText.fold(t.name())));
        for (String[] r : Tsv.read("deadline-words.tsv", 2)) {
            String phrase = VietnameseText.fold(r[1]);
            if (units.containsKey(r[0])) {
                units.get(r[0]).add(phrase);
                continue;
            }
            switch (r[0]) {
                case "by" -> by.add(phrase);
                case "within" -> within.add(phrase);
                case "before" -> before.add(phrase);
                case "task" -> tasks.add(phrase);
                case "past" -> pasts.add(phrase);
                case "complete" -> completes.add(phrase);
                case "span" -> spans.add(phrase);
                case "signing" -> signing.add(phrase);
                case "receipt" -> receipt.add(phrase);
                case "effect" -> effect.add(phrase);
                case "document" -> documents.add(phrase);
                case "transition" -> transitions.add(phrase);
                default -> throw new IllegalStateException("deadline-words.tsv: unknown kind " + r[0]);
            }
        }
        // A "within" or "before" phrase ends with its period's word (tháng, quý, năm): the period
        // pattern starts with that word again, so it is taken off the phrase.
        List<String> openers = new ArrayList<>(by);
        openers.addAll(strip(within));
        openers.addAll(strip(before));
        openers.addAll(spans);
        starts = new PhraseStarts(openers);
        byDay = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation(by) + ")\\s+(?:ngay\\s+)?(?:" + DAY + ")");
        byPeriod = Pattern.compile("(?<![\\p{L}\\d])(?:(" + alternation(strip(within)) + ")|(" + alternation(strip(before)) + "))\\s*(?:" + PERIOD + ")");
        task = Pattern.compile("(?<![\\p{L}])(?:" + alternation(tasks) + ")(?![\\p{L}])");
        past = Pattern.compile("(?<![\\p{L}])(?:" + alternation(pasts) + ")\\s+$");
        complete = Pattern.compile("(?<![\\p{L}])(?:" + alternation(completes) + ")(?![\\p{L}])");
        // "trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận được Công điện này": the event
        // is this document ("… này"), or its signing said alone ("kể từ ngày ký", not "ký hợp đồng").
        String unit = UNITS.stream().map(u -> "(?<" + u.replace("_", "") + ">" + alternation(units.get(u)) + ")")
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        String self = "(?:" + alternation(documents) + ")";
        relative = Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation(spans) + ")\\s+(?<amount>\\d{1,3})\\s*(?:\\([\\p{L}\\s]{1,30}\\)\\s*)?"
                + "(?:" + unit + ")\\s*,?\\s*(?:ke\\s+)?tu\\s+(?:ngay\\s+|khi\\s+)?(?:"
                + "(?<signing>" + alternation(signing) + ")(?:\\s+(?<self1>" + self + ")\\s+nay)?(?!\\s*[\\p{L}\\d(])"
                + "|(?<receipt>" + alternation(receipt) + ")\\s+(?:duoc\\s+)?(?<self2>" + self + ")\\s+nay(?![\\p{L}])"
                + "|(?<self3>" + self + ")\\s+nay\\s+(?<effect>" + alternation(effect) + "))");
        transition = Pattern.compile("(?<![\\p{L}])(?:" + alternation(transitions) + ")(?![\\p{L}])");
    }

    /** The deadlines of {@code text} (NFC), a document dated {@code dated} (null when unknown), in text order. */
    public List<Deadline> find(String text, DocDate dated) {
        return find(text, VietnameseText.foldAligned(text), dated, null);
    }

    /**
     * The same, for a document of {@code type} (null when unknown): "… này" is then the document
     * itself only when it names that type or says "văn bản" (a form's "Thông báo này" inside a
     * consolidated text is the form's).
     */
    public List<Deadline> find(String text, DocDate dated, String type) {
        return find(text, VietnameseText.foldAligned(text), dated, type);
    }

    /** The same, with the text already folded ({@link VietnameseText#foldAligned}: the reader folds it once for all). */
    List<Deadline> find(String text, String folded, DocDate dated, String type) {
        String own = type == null ? null : VietnameseText.fold(type);
        Map<String, Deadline> found = new LinkedHashMap<>(); // date + due → the first saying of it
        int[] at = starts.in(folded);
        for (MatchResult m : PhraseStarts.matches(byDay, folded, at)) {
            int g = m.group(1) != null ? 1 : 4;
            DocDate date = day(m.group(g), m.group(g + 1), m.group(g + 2), dated);
            add(found, text, folded, m.start(), m.end(), date, dated);
        }
        for (MatchResult m : PhraseStarts.matches(byPeriod, folded, at)) {
            boolean before = m.group(2) != null;
            DocDate date = null;
            if (m.group(3) != null) {
                date = month(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), before ? 1 : 0);
            } else if (m.group(5) != null) {
                date = month(Integer.parseInt(m.group(6)), 3 * quarter(m.group(5)), before ? 3 : 0);
            } else if (m.group(7) != null && complete.matcher(folded.substring(Math.max(0, m.start() - 120), m.start())).find()) {
                // A year is a deadline only for what is to be finished in it ("hoàn thành trong năm
                // 2025"): "triển khai trong năm 2021" is a plan's span.
                date = month(Integer.parseInt(m.group(7)), 12, before ? 12 : 0);
            }
            add(found, text, folded, m.start(), m.end(), date, dated);
        }
        for (MatchResult r : PhraseStarts.matches(relative, folded, at)) {
            String unit = UNITS.stream().filter(u -> r.group(u.replace("_", "")) != null).findFirst().orElseThrow();
            String from = r.group("signing") != null ? "signing" : r.group("receipt") != null ? "receipt" : "effect";
            String noun = r.group("self1") != null ? r.group("self1") : r.group("self2") != null ? r.group("self2") : r.group("self3");
            if (own != null && noun != null && !noun.equals("van ban") && !noun.replaceAll("\\s+", " ").equals(own)) {
                continue; // another document's "này": a form or a quoted text inside this one
            }
            int amount = Integer.parseInt(r.group("amount"));
            LocalDate event = from.equals("signing") ? (dated == null || !dated.isComplete() ? null : dated.earliest())
                    : from.equals("effect") ? effectDay(folded, dated) : null;
            LocalDate last = event == null ? null : after(event, amount, unit);
            DocDate date = last == null ? null : DocDate.of(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
            if (last != null && dated != null && last.isBefore(dated.earliest())) {
                continue; // history: a consolidated text's limits of years ago
            }
            // From the amount on: the span's words ("trong thời hạn") are the data's, not the limit's.
            String words = text.substring(r.start("amount"), r.end()).replaceAll("\\s+", " ");
            addRelative(found, text, folded, r.start(), r.end(), date, new Deadline.After(amount, unit, from, words));
        }
        List<Deadline> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt(Deadline::start));
        return out;
    }

    private void add(Map<String, Deadline> found, String text, String folded, int start, int end, DocDate date, DocDate dated) {
        if (date == null || dated != null && date.earliest().isBefore(
                date.isComplete() ? dated.earliest() : dated.earliest().withDayOfMonth(1))) {
            return; // not a date, or history: before the document (a month: before its month)
        }
        if (dated != null && date.year() > dated.year() + 10) {
            return; // a plan's horizon, not a time limit
        }
        int from = clauseStart(text, start);
        int to = clauseEnd(text, end);
        String due = due(text, folded, from, start, end, to);
        if (due == null) {
            return;
        }
        String key = date + "|" + VietnameseText.fold(due);
        found.putIfAbsent(key, new Deadline(date, due, sentence(text, start, end), start, end));
    }

    private void addRelative(Map<String, Deadline> found, String text, String folded, int start, int end, DocDate date, Deadline.After after) {
        int from = clauseStart(text, start);
        if (transition.matcher(folded.substring(from, start)).find()) {
            return;
        }
        String due = due(text, folded, from, start, end, clauseEnd(text, end));
        if (due == null) {
            return;
        }
        String key = (date == null ? after.from() + " " + after.amount() + " " + after.unit() : date.toString()) + "|" + VietnameseText.fold(due);
        found.putIfAbsent(key, new Deadline(date, due, sentence(text, start, end), start, end, after));
    }

    /** The day the document takes effect, where it says so: its own date ("kể từ ngày ký"), days after it, or a day it names. */
    private static LocalDate effectDay(String folded, DocDate dated) {
        if (dated != null && dated.isComplete() && EFFECT_ON_SIGNING.matcher(folded).find()) {
            return dated.earliest();
        }
        Matcher a = EFFECT_AFTER_SIGNING.matcher(folded);
        if (dated != null && dated.isComplete() && a.find()) {
            return dated.earliest().plusDays(Integer.parseInt(a.group(1))); // "có hiệu lực sau 45 ngày kể từ ngày ký"
        }
        Matcher m = EFFECT_ON_DAY.matcher(folded);
        if (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            DocDate d = day(m.group(g), m.group(g + 1), m.group(g + 2), dated);
            return d == null ? null : d.earliest();
        }
        return null;
    }

    /**
     * The last day of {@code amount} units after {@code event}: the count starts the day after the
     * event (Bộ luật Dân sự 2015, Điều 147); a working day is Monday to Friday (public holidays,
     * which move with the lunar calendar, are not counted out: such a deadline may fall a day or
     * two early around Tết).
     */
    static LocalDate after(LocalDate event, int amount, String unit) {
        return switch (unit) {
            case "working_days" -> {
                LocalDate d = event;
                for (int left = amount; left > 0; ) {
                    d = d.plusDays(1);
                    if (d.getDayOfWeek().getValue() <= 5) {
                        left--;
                    }
                }
                yield d;
            }
            case "weeks" -> event.plusWeeks(amount);
            case "months" -> event.plusMonths(amount);
            default -> event.plusDays(amount);
        };
    }

    /** What is due: the clause's words before the deadline, else after it; null without a task, or with a task said done. */
    private String due(String text, String folded, int from, int start, int end, int to) {
        int before = Math.max(from, start - DUE_CHARS);
        String head = folded.substring(before, start);
        // The task nearest the deadline, from the first task of its comma-free run: "Các huyện
        // gửi báo cáo về Sở" is due as "gửi báo cáo về Sở"; a task said done makes it history.
        List<int[]> tasks = new ArrayList<>();
        Matcher t = task.matcher(head);
        while (t.find()) {
            tasks.add(new int[] {t.start(), t.end()});
        }
        for (int[] k : tasks) {
            if (past.matcher(head.substring(0, k[0])).find()) {
                return null;
            }
        }
        if (!tasks.isEmpty()) {
            int last = tasks.get(tasks.size() - 1)[0];
            int run = head.lastIndexOf(',', last) + 1;
            int first = tasks.stream().mapToInt(k -> k[0]).filter(k -> k >= run).min().orElse(last);
            return tidy(text.substring(before + first, start));
        }
        int after = Math.min(to, end + DUE_CHARS);
        String tail = folded.substring(end, after);
        t = task.matcher(tail);
        if (t.find()) {
            if (past.matcher(tail.substring(0, t.start())).find()) {
                return null;
            }
            return tidy(text.substring(end, after));
        }
        return null;
    }

    private static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ").strip().replaceAll("^[,\\-–+*•\\s]+|[,\\-–\\s]+$", "");
        t = t.replaceAll("(?i)^(và|đồng thời|trong đó|hằng năm|hàng năm|hằng tháng|hàng tháng)[,\\s]+", "");
        return t.length() > DUE_CHARS ? t.substring(0, DUE_CHARS).strip() + "…" : t;
    }

    private static int clauseStart(String text, int at) {
        int from = 0;
        Matcher m = CLAUSE_END.matcher(text);
        m.region(Math.max(0, at - 400), at);
        while (m.find()) {
            from = m.end();
        }
        return Math.max(from, at - 400);
    }

    private static int clauseEnd(String text, int at) {
        Matcher m = CLAUSE_END.matcher(text);
        m.region(at, Math.min(text.length(), at + 400));
        return m.find() ? m.start() : Math.min(text.length(), at + 400);
    }

    /** The sentence around the deadline: between the ends of sentences (or of list items) on each side. */
    private static String sentence(String text, int start, int end) {
        int from = Math.max(0, start - 300);
        Matcher m = SENTENCE_END.matcher(text);
        m.region(from, start);
        while (m.find()) {
            from = m.end();
        }
        m = SENTENCE_END.matcher(text);
        m.region(end, Math.min(text.length(), end + 300));
        int to = m.find() ? m.start() + 1 : Math.min(text.length(), end + 300);
        // Cut at a word, not in one, where no end of sentence was near.
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to)) && ".?!".indexOf(text.charAt(to - 1)) < 0) {
            to--;
        }
        return text.substring(from, Math.min(text.length(), to)).replaceAll("\\s+", " ").strip();
    }

    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.?!](?=\\s|$)|\\n(?=[ \\t]*(?:\\n|[-+*•–]|\\d+[.)]\\s|[a-zđ]\\)\\s|\\p{Lu}))");

    /** A day; without a year, the document's (the next one if that is before the document). */
    private static DocDate day(String d, String m, String y, DocDate dated) {
        try {
            int day = Integer.parseInt(d);
            int month = Integer.parseInt(m);
            if (y != null) {
                return DocDate.of(Integer.parseInt(y), month, day);
            }
            if (dated == null) {
                return null;
            }
            DocDate guess = DocDate.of(dated.year(), month, day);
            return guess.earliest().isBefore(dated.earliest()) ? DocDate.of(dated.year() + 1, month, day) : guess;
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // 31/2, 13/2021: not a day
        }
    }

    /** The month by whose end: {@code month}, or {@code back} months earlier ("trước tháng 10" is by September's end). */
    private static DocDate month(int year, int month, int back) {
        if (month < 1 || month > 12) {
            return null;
        }
        LocalDate d = LocalDate.of(year, month, 1).minusMonths(back);
        return DocDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    private static int quarter(String q) {
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** Phrases longest first, so that "chậm nhất là ngày" wins over "chậm nhất". */
    private static String alternation(List<String> phrases) {
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }

    /** "trong tháng" → "trong": the period's own word is matched by the period. */
    private static List<String> strip(List<String> phrases) {
        return phrases.stream().map(p -> p.replaceFirst("\\s+(thang|quy|nam)$", "")).toList();
    }
}
