package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date as documents give it: full, or with the day left blank for the signer to fill in
 * ("ngày   tháng 5 năm 2021"). Written as ISO {@code 2021-08-25} or {@code 2021-05}.
 */
public record DocDate(int year, int month, Integer day) implements Comparable<DocDate> {

    public DocDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates the day of month
        }
    }

    public static DocDate of(int year, int month, int day) {
        return new DocDate(year, month, day);
    }

    public static DocDate ofMonth(int year, int month) {
        return new DocDate(year, month, null);
    }

    /** Parses {@code 2021-08-25} or {@code 2021-05}. */
    @JsonCreator
    public static DocDate parse(String iso) {
        String[] parts = iso.trim().split("-");
        if (parts.length == 2) {
            return ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        if (parts.length == 3) {
            return of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
        throw new IllegalArgumentException("not a date (YYYY-MM-DD or YYYY-MM): " + iso);
    }

    public boolean isComplete() {
        return day != null;
    }

    /** The day, or the first of the month when the day is blank: the earliest the date can be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month, day == null ? 1 : day);
    }

    /** Days from this date to a later one; partial dates count from their first day. */
    public long daysUntil(DocDate later) {
        return ChronoUnit.DAYS.between(earliest(), later.earliest());
    }

    @JsonValue
    @Override
    public String toString() {
        return day == null
                ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(DocDate o) {
        // As earliest() would, without making dates: queries sort many of these.
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 1 : day, o.day == null ? 1 : o.day);
        }
        return c != 0 ? c : Boolean.compare(isComplete(), o.isComplete());
    }
}
