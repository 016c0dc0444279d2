package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.search.Filters;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SortOrder;

/**
 * GET /api/search: keyword search, diacritics optional, with filters (type, issuer, level,
 * province, from, to), order (relevance | date), page and size or a cursor, facets and highlights.
 */
final class SearchHandler implements Handler {

    private final Library library;
    private final ServerMetrics metrics;

    SearchHandler(Library library, ServerMetrics metrics) {
        this.library = library;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        int page = Params.integer(ctx, "page", 1, 1, Params.MAX_PAGE);
        int size = Params.integer(ctx, "size", 10, 1, Params.MAX_SIZE);
        SearchRequest request = request(ctx, page, size, Params.text(ctx, "cursor", 2000), Params.bool(ctx, "facets", true));
        SearchResults r = search(library, request);
        if (r.partial()) {
            metrics.searchTimedOut();
        }
        ctx.json(new Views.SearchPage(r.total(), page, size, r.hits().stream().map(h -> {
            OfficialDocument d = h.reading();
            return new Views.Hit(h.id(), d.numberSymbol(), d.type(), d.issuer(), d.province(), d.date(),
                    d.subject(), h.score(), h.highlights());
        }).toList(), r.facets(), r.nextCursor(), r.partial(), r.totalExact()));
    }

    /** The request's words, filters and order (its parameters), for this page (the export's too). */
    static SearchRequest request(Context ctx, int page, int size, String cursor, boolean facets) {
        String q = Params.text(ctx, "q", Params.MAX_QUERY_LENGTH);
        var level = Params.level(ctx);
        SortOrder sort = Params.choice(ctx, "sort", SortOrder.class, SortOrder.RELEVANCE);
        DocDate from = Params.date(ctx, "from");
        DocDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")",
                    "Ngày bắt đầu (" + from + ") sau ngày kết thúc (" + to + ").");
        }
        Filters filters = new Filters(Params.text(ctx, "type", 200), Params.text(ctx, "issuer", 300),
                level == null ? null : level.json(),
                Params.text(ctx, "province", 100), from, to);
        try {
            return new SearchRequest(q == null ? "" : q, filters, sort, page, size, blankToNull(cursor), facets);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "Trang này nằm quá sâu trong kết quả (quá " + SearchRequest.MAX_WINDOW
                    + " kết quả): hãy đi tiếp bằng nút trang sau.");
        }
    }

    static SearchResults search(Library library, SearchRequest request) throws java.io.IOException {
        try {
            return library.search().search(request);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), // a cursor this server did not make
                    "Con trỏ trang (cursor) không phải do máy chủ này tạo ra; hãy tìm lại từ trang đầu.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
