package vn.vanban.api.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.api.http.DocumentStore;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import vn.vanban.solr.SolrConnection;
import vn.vanban.solr.SolrIndexer;

/**
 * The API's added texts indexed into a SolrCloud (serve --solr with a write token): the same run
 * as `index --solr` over the added folder, documents then graph. Nothing to reload after it:
 * searches and graph walks read the collection's last commit.
 */
public final class SolrAddedIndexing implements DocumentStore.Indexing {

    private final SolrIndexer indexer;

    public SolrAddedIndexing(SolrConnection solr) {
        this.indexer = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new SolrGraph());
    }

    @Override
    public IndexRun index(Path added, IndexProgress progress) throws IOException {
        return indexer.index(List.of(added), ReadOptions.DEFAULT, progress);
    }

    @Override
    public void refresh() {}
}
