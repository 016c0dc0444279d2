package vn.vanban.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;
import vn.vanban.search.index.IndexTransaction;

/**
 * Indexing into the embedded store: the run ({@link IndexTransaction}) over a Lucene index and
 * its graph ({@link LuceneIndexStore}). Nothing is committed when the run fails, so the last good
 * index stays as it was.
 */
public final class CorpusIndexer {

    private final IndexTransaction transaction;
    private final LuceneIndexStore store;

    public CorpusIndexer(IndexLayout layout, DocumentReader reader, Vocabulary vocabulary) {
        this.transaction = new IndexTransaction(new FileReading(reader, vocabulary));
        this.store = new LuceneIndexStore(layout, vocabulary);
    }

    public IndexRun index(List<Path> roots, IndexProgress progress) throws IOException {
        return index(roots, ReadOptions.DEFAULT, progress);
    }

    public IndexRun index(List<Path> roots, ReadOptions options, IndexProgress progress) throws IOException {
        return transaction.run(store, roots, options, progress);
    }
}
