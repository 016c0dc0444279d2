package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.CorpusIndexer;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.search.LuceneSearchBackend;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;

/**
 * One indexing run, two stores: the same runs over the same files into embedded Lucene and into
 * SolrCloud say the same (files read, unchanged, failed, removed, documents) and leave the same
 * documents, from each file's. The runs: a first one (with a file that cannot be read and a copy
 * of a seed under another name, whose document of the same id the later file gives); one with
 * nothing changed; one after a file was changed, one removed, and over a path the index was not
 * built from.
 */
class SameRunParityTest {

    @Test
    void embeddedAndSolrRunsSayTheSameAndHoldTheSame(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "corpus", "documents"))) {
            for (Path p : seeds.sorted().toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        Files.copy(corpus.resolve("000_a01debc89b18572e.txt"), corpus.resolve("zz_copy.txt"));
        Files.write(corpus.resolve("broken.pdf"), new byte[] {1, 2, 3});
        Path other = Files.createDirectories(dir.resolve("other"));

        CorpusIndexer embedded = new CorpusIndexer(new IndexLayout(dir.resolve("index")), new DocumentReader(), Vocabulary.standard());
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 2, true);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrIndexer overSolr = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new EmbeddedGraphBuilding());
            List<String> saidEmbedded = new ArrayList<>();
            List<String> saidSolr = new ArrayList<>();
            List<Runnable> changes = List.of(() -> {}, () -> {}, () -> {
                try {
                    Files.writeString(corpus.resolve("001_794841c1d5532eea.txt"), "\nNơi nhận: như trên.\n",
                            java.nio.file.StandardOpenOption.APPEND);
                    Files.setLastModifiedTime(corpus.resolve("001_794841c1d5532eea.txt"),
                            java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
                    Files.delete(corpus.resolve("003_1daa43e088c804bd.txt"));
                    Files.copy(Path.of("..", "corpus", "documents", "003_1daa43e088c804bd.txt"), other.resolve("moved.txt"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int run = 0; run < changes.size(); run++) {
                changes.get(run).run();
                List<Path> roots = run < 2 ? List.of(corpus) : List.of(corpus, other);
                saidEmbedded.add(run + ": " + said(embedded.index(roots, ReadOptions.DEFAULT, IndexProgress.SILENT)));
                saidSolr.add(run + ": " + said(overSolr.index(roots, ReadOptions.DEFAULT, IndexProgress.SILENT)));
            }
            assertEquals(saidEmbedded, saidSolr);
            assertEquals(List.of("0: files 7, read 6, documents 6, unchanged 0, removed 0, failed 1, holds 5",
                    // The seed whose document the copy's replaced holds nothing of its own, so it has
                    // no stamp and is read again (and its document then replaces the copy's): in
                    // both stores alike.
                    "1: files 7, read 1, documents 1, unchanged 5, removed 0, failed 1, holds 5",
                    "2: files 7, read 3, documents 3, unchanged 3, removed 1, failed 1, holds 5"), saidEmbedded);

            try (FSDirectory d = FSDirectory.open(dir.resolve("index").resolve("lucene"));
                    LuceneSearchBackend lucene = new LuceneSearchBackend(d)) {
                assertEquals(held(lucene), held(new SolrSearchBackend(solr, 5_000)));
            }
        }
    }

    private static String said(IndexRun r) {
        return "files " + r.files() + ", read " + r.filesRead() + ", documents " + r.indexed() + ", unchanged " + r.unchanged()
                + ", removed " + r.removed() + ", failed " + r.failures().size() + ", holds " + r.documents();
    }

    /** Each document held, with the file it came from. */
    private static TreeSet<String> held(SearchBackend b) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        for (var hit : b.search(new SearchRequest("", 1, 100)).hits()) {
            out.add(hit.id() + " from " + Path.of(b.document(hit.id()).orElseThrow().source()).getFileName());
        }
        return out;
    }
}
