package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.vanban.indexer.graph.ReferenceResolver;

/** GET /api/resolve?ref=&date=: a ký hiệu as typed, to the documents that carry it. */
final class ResolveHandler implements Handler {

    private final ReferenceResolver resolver;

    ResolveHandler(Library library) {
        this.resolver = new ReferenceResolver(library.graph());
    }

    @Override
    public void handle(Context ctx) {
        String ref = Params.required(ctx, "ref", 200);
        var date = Params.date(ctx, "date");
        ctx.json(new Views.Matches(ref, resolver.resolve(ref, date).stream()
                .map(n -> new Views.Match(n.id(), n.numberSymbol(), n.type(), n.date(), n.issuer(), n.inCorpus()))
                .toList()));
    }
}
