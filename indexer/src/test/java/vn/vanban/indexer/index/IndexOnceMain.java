package vn.vanban.indexer.index;

import java.nio.file.Path;
import java.util.List;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;

/** One indexing run in a process of its own, for {@link KillNineTest} to kill. Args: CORPUS INDEX. */
public final class IndexOnceMain {

    private IndexOnceMain() {}

    public static void main(String[] args) throws Exception {
        new CorpusIndexer(new IndexLayout(Path.of(args[1])), new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of(args[0])), IndexProgress.SILENT);
    }
}
