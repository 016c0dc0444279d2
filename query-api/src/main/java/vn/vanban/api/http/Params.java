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
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + raw + "'");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    static String text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw != null && raw.length() > maxLength) {
            throw ApiException.badRequest("'" + name + "' is longer than " + maxLength + " characters");
        }
        return raw;
    }

    static String required(Context ctx, String name, int maxLength) {
        String raw = text(ctx, name, maxLength);
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required");
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
        throw ApiException.badRequest("'" + name + "' must be " + choices + ", not '" + raw + "'");
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
            default -> throw ApiException.badRequest("'" + name + "' must be true or false, not '" + raw + "'");
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
            throw ApiException.badRequest("'level' must be central, province, district or commune, not '" + level + "'");
        }
    }

    /** type, province, level, from, to: which documents a graph query reports. */
    static vn.vanban.indexer.graph.NodeFilter nodeFilter(Context ctx) {
        vn.vanban.corpus.model.Level l = level(ctx);
        DocDate from = date(ctx, "from");
        DocDate to = date(ctx, "to");
        return new vn.vanban.indexer.graph.NodeFilter(blank(text(ctx, "type", 200)), blank(text(ctx, "province", 100)), l,
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
            throw ApiException.badRequest("'" + name + "' must be a date as YYYY-MM-DD or YYYY-MM, not '" + raw + "'");
        }
    }
}
