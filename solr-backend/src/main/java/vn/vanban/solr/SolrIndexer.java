package vn.vanban.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.index.IndexRun;

/**
 * An indexing run into a SolrCloud collection, with the reading step of the embedded one
 * ({@link FileReading}): the files under the paths, read when changed since indexed (the stamps
 * are in the collection), each file's documents replacing what it gave before, the documents of
 * files gone from a folder being indexed removed, and one hard commit at the end. Updates ask for
 * two replicas (min_rf=2) and a run in which a batch reached fewer fails, saying so: SolrCloud
 * only reports it, the client must act on it.
 *
 * <p>Not yet as embedded: the citation graph is not written (serve builds it from the readings),
 * and a run that fails halfway has written what it wrote (Solr has no rollback across batches;
 * the next run completes it, as the stamps of the files it did not reach are the old ones).
 */
public final class SolrIndexer {

    private static final int BATCH = 256;

    private final SolrConnection solr;
    private final FileReading reading;

    public SolrIndexer(SolrConnection solr, DocumentReader reader, Vocabulary vocabulary) {
        this.solr = solr;
        this.reading = new FileReading(reader, vocabulary);
    }

    public IndexRun index(List<Path> roots, ReadOptions options, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                failures.add(root + ": no such file or directory");
                progress.failed(root, "no such file or directory");
                continue;
            }
            files.addAll(FileReading.collect(root));
        }
        progress.started(files.size());
        try {
            Map<String, String> indexed = sourceStamps();
            int read = 0;
            int unchanged = 0;
            int documents = 0;
            int problems = 0;
            int removed = 0;
            AtomicInteger done = new AtomicInteger();
            for (int from = 0; from < files.size(); from += BATCH) {
                List<FileReading.Outcome> outcomes = files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                        .map(f -> {
                            FileReading.Outcome o = reading.read(f, indexed, options);
                            progress.fileDone(done.incrementAndGet(), files.size());
                            return o;
                        }).toList();
                // Deletes go first, in a request of their own: one request sends its additions before its deletions.
                UpdateRequest deletes = new UpdateRequest();
                Map<String, SolrInputDocument> docs = new LinkedHashMap<>();
                for (FileReading.Outcome o : outcomes) {
                    o.problems().forEach(progress::problem);
                    problems += o.problems().size();
                    if (o.failure() != null) {
                        failures.add(o.file() + ": " + o.failure());
                        progress.failed(o.file(), o.failure());
                    } else if (o.unchanged()) {
                        unchanged++;
                    } else {
                        deletes.deleteByQuery(SolrFields.SOURCE + ":" + SolrQueries.quoted(o.source()));
                        for (FileReading.Identified d : o.documents()) {
                            docs.put(d.id(), SolrDocuments.of(d.id(), d.read(), o.source(), o.stamp())); // a later one of an id wins
                        }
                        documents += o.documents().size();
                        read++;
                    }
                }
                if (deletes.getDeleteQuery() != null && !deletes.getDeleteQuery().isEmpty()) {
                    send(deletes);
                }
                if (!docs.isEmpty()) {
                    UpdateRequest adds = new UpdateRequest();
                    adds.add(docs.values());
                    send(adds);
                }
            }
            Set<String> seen = new HashSet<>();
            files.forEach(f -> seen.add(FileReading.source(f)));
            UpdateRequest gone = new UpdateRequest();
            for (String source : indexed.keySet()) {
                if (!seen.contains(source) && FileReading.underAny(source, roots)) {
                    gone.deleteByQuery(SolrFields.SOURCE + ":" + SolrQueries.quoted(source));
                    progress.removed(Path.of(source));
                    removed++;
                }
            }
            if (removed > 0) {
                send(gone);
            }
            progress.committing();
            solr.client().commit();
            long total = count();
            return new IndexRun(files.size(), read, documents, unchanged, removed, List.copyOf(failures), problems, total, 0, 0,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("the SolrCloud at " + String.join(",", solr.target().urls()) + ": " + e.getMessage(), e);
        }
    }

    /** Sends an update asking for two replicas; fewer is a failure of the run (SolrCloud only reports it). */
    private void send(UpdateRequest update) throws SolrServerException, IOException {
        update.setParam("min_rf", "2");
        var r = update.process(solr.client());
        Object rf = r.getResponseHeader() == null ? null : r.getResponseHeader().get("rf");
        if (rf instanceof Number n && n.intValue() < 2 && replicas() >= 2) {
            throw new IOException("an update reached " + n + " replica(s) of 2 asked for: a node is down; run again once it is back");
        }
    }

    private int replicas() throws IOException, SolrServerException {
        var state = solr.client().getClusterState().getCollectionOrNull(solr.target().collection());
        return state == null ? 1 : state.getReplicationFactor() == null ? 1 : state.getReplicationFactor();
    }

    /** source → stamp of every document indexed (all of a source's documents share it). */
    Map<String, String> sourceStamps() throws IOException, SolrServerException {
        Map<String, String> out = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.setFields(SolrFields.SOURCE, SolrFields.SOURCE_STAMP);
        SolrPages.forEach(solr, q, d -> out.put((String) d.getFieldValue(SolrFields.SOURCE), (String) d.getFieldValue(SolrFields.SOURCE_STAMP)));
        return out;
    }

    private long count() throws IOException, SolrServerException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return solr.client().query(q).getResults().getNumFound();
    }

}
