package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.vanban.search.graph.ReferenceResolver;

/** GET /api/resolve?ref=&date=: a ký hiệu as typed, to the documents that carry it. */
final class ResolveHandler implements Handler {

    private final Library library;

    ResolveHandler(Library library) {
        this.library = library;
    }

    @Override
    public void handle(Context ctx) {
        String ref = Params.required(ctx, "ref", 200);
        var date = Params.date(ctx, "date");
        ctx.json(new Views.Matches(ref, library.derived(ReferenceResolver.class, ReferenceResolver::new).resolve(ref, date).stream()
                .map(n -> new Views.Match(n.id(), n.numberSymbol(), n.type(), n.date(), n.issuer(), n.inCorpus()))
                .toList()));
    }
}
