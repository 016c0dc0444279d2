package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A deadline a document sets: by {@code date} (a day; or a month: by its end, "hoàn thành trong
 * tháng 10/2021" is by 31 October), {@code due} is to be done (the words of the text: "báo cáo
 * UBND tỉnh"); {@code sentence} is where it is said, {@code start} and {@code end} the offsets of
 * the deadline's words ("trước ngày 30/9/2021") in the document's text. A deadline counted from
 * an event ("trong 05 ngày làm việc kể từ ngày nhận được văn bản này") has its {@code after};
 * its {@code date} is then the day it falls on when the event's day is known (the document's own
 * date for "kể từ ngày ký"), null when it is not (the day a recipient received the document).
 */
public record Deadline(DocDate date, String due, String sentence, int start, int end,
        @JsonInclude(JsonInclude.Include.NON_NULL) After after) {

    /** A dated deadline. */
    public Deadline(DocDate date, String due, String sentence, int start, int end) {
        this(date, due, sentence, start, end, null);
    }

    /**
     * A time limit counted from an event: {@code amount} {@code unit}s (days, working_days,
     * weeks, months) from {@code from}: signing (the document's date: "kể từ ngày ký", "ban
     * hành"), receipt ("kể từ ngày nhận được văn bản này"), effect ("kể từ ngày Quyết định này có
     * hiệu lực"); {@code words} as written ("05 ngày làm việc kể từ ngày nhận được văn bản này").
     */
    public record After(int amount, String unit, String from, String words) {}

    /** The last day allowed: the day, or a month's last day; null for a deadline whose day is not known. */
    public java.time.LocalDate lastDay() {
        if (date == null) {
            return null;
        }
        return date.isComplete() ? date.earliest() : date.earliest().withDayOfMonth(date.earliest().lengthOfMonth());
    }
}
