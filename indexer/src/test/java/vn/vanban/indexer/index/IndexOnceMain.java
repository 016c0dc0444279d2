package vn.vanban.indexer.index;

import vn.vanban.search.index.IndexProgress;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * One indexing run in a process of its own, for {@link KillNineTest} to kill. Args: CORPUS INDEX
 * [PHASE]. With a phase (reading, committing, storingGraph), the run says on stdout "paused PHASE"
 * when it gets there and waits, so that a kill lands in that phase exactly, with no clock involved.
 */
public final class IndexOnceMain {

    private IndexOnceMain() {}

    public static void main(String[] args) throws Exception {
        String pauseAt = args.length > 2 ? args[2] : "";
        IndexProgress progress = new IndexProgress() {
            @Override
            public void fileDone(int done, int total) {
                if (done == total / 2) {
                    pause("reading");
                }
            }

            @Override
            public void committing() {
                pause("committing");
            }

            @Override
            public void storingGraph() {
                pause("storingGraph");
            }

            private void pause(String phase) {
                if (phase.equals(pauseAt)) {
                    System.out.println("paused " + phase);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE); // until killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        new CorpusIndexer(new IndexLayout(Path.of(args[1])), new DocumentReader(), Vocabulary.standard())
                .index(List.of(Path.of(args[0])), progress);
    }
}
