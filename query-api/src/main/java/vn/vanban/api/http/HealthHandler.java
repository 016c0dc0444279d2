package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** GET /api/health: up, how many documents are indexed, and whether the citation graph has loaded. */
final class HealthHandler implements Handler {

    private final Library library;

    HealthHandler(Library library) {
        this.library = library;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        ctx.json(new Views.Health("ok", library.search().documentCount(), library.graphState()));
    }
}
