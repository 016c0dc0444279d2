package vn.vanban.api;

import java.nio.file.Path;

/** The bundled seed documents, as seen from this module's folder (where Maven runs its tests). */
final class SeedCorpus {

    private SeedCorpus() {}

    static Path documents() {
        return Path.of("..", "corpus", "documents").toAbsolutePath().normalize();
    }

    /** The seeds indexed into {@code dir}, opened (the caller closes it). */
    static vn.vanban.indexer.index.OpenIndex indexed(Path dir) throws Exception {
        var layout = new vn.vanban.indexer.index.IndexLayout(dir.resolve("index"));
        new vn.vanban.indexer.index.CorpusIndexer(layout, new vn.vanban.corpus.read.DocumentReader(), vn.vanban.corpus.vocab.Vocabulary.standard())
                .index(java.util.List.of(documents()), vn.vanban.search.index.IndexProgress.SILENT);
        return vn.vanban.indexer.index.OpenIndex.open(layout, vn.vanban.corpus.vocab.Vocabulary.standard());
    }

    /** The API over an open index, not started. */
    static io.javalin.Javalin app(vn.vanban.indexer.index.OpenIndex index) {
        return vn.vanban.api.http.ApiServer.create(new vn.vanban.api.http.Library(index.search(), index.graph(),
                vn.vanban.corpus.vocab.Vocabulary.standard()));
    }
}
