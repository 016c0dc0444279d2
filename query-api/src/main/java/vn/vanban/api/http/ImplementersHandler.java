package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.ImplementersQuery;
import vn.vanban.search.graph.NodeFilter;

/** GET /api/documents/{id}/implementers?depth=&province=&level=&from=&to=: who implements it, directly and through others. */
final class ImplementersHandler implements Handler {

    private final Library library;

    ImplementersHandler(Library library) {
        this.library = library;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        DocNode root = library.graph().node(id)
                .orElseThrow(() -> ApiException.noDocument(id));
        int depth = Params.integer(ctx, "depth", 0, 0, 50);
        NodeFilter filter = Params.nodeFilter(ctx);
        ctx.json(new Views.Implementers(root.id(), root.numberSymbol(), root.date(),
                library.derived(ImplementersQuery.class, ImplementersQuery::new).implementers(id, depth, filter).stream().map(i -> {
                    DocNode n = i.document();
                    return new Views.ImplementerView(n.id(), n.numberSymbol(), n.type(), n.issuer(), n.province(),
                            n.date(), i.lagDays(), i.depth(), i.via(), n.inCorpus());
                }).toList()));
    }
}
