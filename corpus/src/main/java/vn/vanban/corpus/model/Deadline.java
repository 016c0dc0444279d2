package vn.vanban.corpus.model;

/**
 * A deadline a document sets: by {@code date} (a day; or a month: by its end, "hoàn thành trong
 * tháng 10/2021" is by 31 October), {@code due} is to be done (the words of the text: "báo cáo
 * UBND tỉnh"); {@code sentence} is where it is said, {@code start} and {@code end} the offsets of
 * the deadline's words ("trước ngày 30/9/2021") in the document's text.
 */
public record Deadline(DocDate date, String due, String sentence, int start, int end) {

    /** The last day allowed: the day, or a month's last day. */
    public java.time.LocalDate lastDay() {
        return date.isComplete() ? date.earliest() : date.earliest().withDayOfMonth(date.earliest().lengthOfMonth());
    }
}
