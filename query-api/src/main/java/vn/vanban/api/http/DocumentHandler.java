package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.StoredDocument;

/** GET /api/documents/{id}: fields, text, citations out and in; or what is known of a cited document. */
final class DocumentHandler implements Handler {

    private final Library library;

    DocumentHandler(Library library) {
        this.library = library;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        DocumentViews views = library.derived(DocumentViews.class, g -> new DocumentViews(g, library.vocabulary()));
        Optional<StoredDocument> stored = library.search().document(id);
        if (stored.isPresent()) {
            ctx.json(views.of(stored.get()));
            return;
        }
        DocNode node = library.graph().node(id)
                .orElseThrow(() -> ApiException.noDocument(id));
        ctx.json(views.of(node));
    }
}
