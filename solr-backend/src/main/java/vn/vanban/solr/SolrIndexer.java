package vn.vanban.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import vn.vanban.search.graph.GraphBuilding;
import vn.vanban.search.index.IndexTransaction;

/** Indexing into a SolrCloud collection: the same run as embedded ({@link IndexTransaction}) over {@link SolrIndexStore}. */
public final class SolrIndexer {

    private final IndexTransaction transaction;
    private final SolrIndexStore store;

    public SolrIndexer(SolrConnection solr, DocumentReader reader, Vocabulary vocabulary, GraphBuilding graph) {
        this.transaction = new IndexTransaction(new FileReading(reader, vocabulary));
        this.store = new SolrIndexStore(solr, graph);
    }

    public IndexRun index(List<Path> roots, ReadOptions options, IndexProgress progress) throws IOException {
        return transaction.run(store, roots, options, progress);
    }
}
