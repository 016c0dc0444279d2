package vn.vanban.api.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.vanban.corpus.model.DocDate;

/** Query parameters read and checked, with a clear 400 when one is wrong. */
final class Params {

    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1000;

    private Params() {}

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + raw + "'",
                    label(name) + " phải là một số nguyên, không phải «" + raw + "».");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + value,
                    label(name) + " phải từ " + min + " đến " + max + ", không phải " + value + ".");
        }
        return value;
    }

    static String text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw != null && raw.length() > maxLength) {
            throw ApiException.badRequest("'" + name + "' is longer than " + maxLength + " characters",
                    label(name) + " dài quá " + maxLength + " ký tự.");
        }
        return raw;
    }

    static String required(Context ctx, String name, int maxLength) {
        String raw = text(ctx, name, maxLength);
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required", "Cần có " + label(name) + ".");
        }
        return raw;
    }

    /**
     * One of an enum's constants, written in any case (sort=Date); {@code fallback} when absent; a
     * 400 naming the choices otherwise.
     */
    static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
        String raw = text(ctx, name, 40);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw.trim())) {
                return e;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw ApiException.badRequest("'" + name + "' must be " + choices + ", not '" + raw + "'",
                label(name) + " phải là " + choices.replace(" or ", " hoặc ") + ", không phải «" + raw + "».");
    }

    /** true or false (any case); {@code fallback} when absent; a 400 otherwise. */
    static boolean bool(Context ctx, String name, boolean fallback) {
        String raw = text(ctx, name, 10);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("'" + name + "' must be true or false, not '" + raw + "'",
                    label(name) + " phải là true hoặc false, không phải «" + raw + "».");
        };
    }

    /** The level parameter: central, province, district or commune; null when absent. */
    static vn.vanban.corpus.model.Level level(Context ctx) {
        String level = text(ctx, "level", 20);
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return vn.vanban.corpus.model.Level.fromJson(level.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'level' must be central, province, district or commune, not '" + level + "'",
                    label("level") + " phải là central, province, district hoặc commune (trung ương, tỉnh, huyện, xã), không phải «"
                            + level + "».");
        }
    }

    /** type, province, level, from, to: which documents a graph query reports. */
    static vn.vanban.search.graph.NodeFilter nodeFilter(Context ctx) {
        vn.vanban.corpus.model.Level l = level(ctx);
        DocDate from = date(ctx, "from");
        DocDate to = date(ctx, "to");
        return new vn.vanban.search.graph.NodeFilter(blank(text(ctx, "type", 200)), blank(text(ctx, "province", 100)), l,
                from, to);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static DocDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return DocDate.parse(raw);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ApiException.badRequest("'" + name + "' must be a date as YYYY-MM-DD or YYYY-MM, not '" + raw + "'",
                    label(name) + " phải là một ngày có thật, viết YYYY-MM-DD hoặc YYYY-MM, không phải «" + raw + "».");
        }
    }

    /** What each parameter is called on the page, for the Vietnamese detail of an error. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("q", "Từ khóa tìm kiếm (q)"), java.util.Map.entry("page", "Số trang (page)"),
            java.util.Map.entry("size", "Số kết quả mỗi trang (size)"), java.util.Map.entry("from", "Ngày bắt đầu (from)"),
            java.util.Map.entry("to", "Ngày kết thúc (to)"), java.util.Map.entry("date", "Ngày (date)"),
            java.util.Map.entry("ref", "Số, ký hiệu văn bản (ref)"), java.util.Map.entry("level", "Cấp (level)"),
            java.util.Map.entry("sort", "Thứ tự (sort)"), java.util.Map.entry("depth", "Độ sâu (depth)"),
            java.util.Map.entry("by", "Tiêu chí xếp hạng (by)"), java.util.Map.entry("format", "Định dạng (format)"),
            java.util.Map.entry("root", "Văn bản gốc (root)"), java.util.Map.entry("cursor", "Con trỏ trang (cursor)"),
            java.util.Map.entry("type", "Loại văn bản (type)"), java.util.Map.entry("province", "Tỉnh (province)"),
            java.util.Map.entry("issuer", "Cơ quan ban hành (issuer)"), java.util.Map.entry("facets", "Thống kê (facets)"));

    static String label(String name) {
        return LABELS.getOrDefault(name, "Tham số «" + name + "»");
    }
}
