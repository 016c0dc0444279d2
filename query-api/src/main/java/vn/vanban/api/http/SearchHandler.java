package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.indexer.search.SearchRequest;
import vn.vanban.indexer.search.SearchResults;

/** GET /api/search?q=&page=&size=: keyword search, diacritics optional. */
final class SearchHandler implements Handler {

    private final Library library;

    SearchHandler(Library library) {
        this.library = library;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String q = Params.text(ctx, "q", Params.MAX_QUERY_LENGTH);
        int page = Params.integer(ctx, "page", 1, 1, Params.MAX_PAGE);
        int size = Params.integer(ctx, "size", 10, 1, Params.MAX_SIZE);
        SearchResults r = library.search().search(new SearchRequest(q == null ? "" : q, page, size));
        ctx.json(new Views.SearchPage(r.total(), page, size, r.hits().stream().map(h -> {
            OfficialDocument d = h.reading();
            return new Views.Hit(h.id(), d.numberSymbol(), d.type(), d.issuer(), d.province(), d.date(),
                    d.subject(), h.score());
        }).toList()));
    }
}
