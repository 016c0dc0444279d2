package vn.vanban.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import vn.vanban.search.index.FileReading;
import vn.vanban.search.index.IndexProgress;
import vn.vanban.search.graph.GraphBuilding;
import vn.vanban.search.index.IndexStore;

/**
 * A SolrCloud collection as the store of an indexing run: the stamps of what is indexed are in the
 * collection; each file's documents replace what it gave (its deletes sent before its additions,
 * as one request sends its additions first); one hard commit at the end. Updates ask for two
 * replicas (min_rf=2), and one that reached fewer fails the run, saying so: SolrCloud only
 * reports it, the client must act on it.
 *
 * <p>After the documents' commit, the citation graph of the whole collection is built from its
 * readings ({@link GraphBuilding}) and written to the edges collection ({@link SolrGraphWriter}),
 * where serve walks it. Not as embedded: a run that fails halfway has written what it sent (Solr has no rollback across requests; the
 * next run completes it, since the stamps of the files it did not reach are the old ones).
 */
public final class SolrIndexStore implements IndexStore {

    private final SolrConnection solr;
    private final GraphBuilding graph;

    /** {@code graph}: how the collection's citation graph is built after each commit (null: not written, as in store-only tests). */
    public SolrIndexStore(SolrConnection solr, GraphBuilding graph) {
        this.solr = solr;
        this.graph = graph;
    }

    @Override
    public Writing begin(String readerFingerprint, IndexProgress progress) throws IOException {
        return new SolrWriting(call(this::sourceStamps), progress);
    }

    private final class SolrWriting implements Writing {
        private final Map<String, String> indexed;
        private final UpdateRequest gone = new UpdateRequest();
        private final IndexProgress progress;

        SolrWriting(Map<String, String> indexed, IndexProgress progress) {
            this.indexed = indexed;
            this.progress = progress;
        }

        @Override
        public List<Path> alsoRead() {
            return List.of();
        }

        @Override
        public Map<String, String> unchangedIfStamped() {
            return indexed;
        }

        @Override
        public Set<String> indexedSources() {
            return indexed.keySet();
        }

        @Override
        public void write(List<SourceWrite> batch) throws IOException {
            // What the batch's sources gave before, in one delete by query: each is a blocking operation
            // on every replica (a leader forwarding to a replica just back held one a source past 60 s).
            UpdateRequest deletes = new UpdateRequest();
            if (!batch.isEmpty()) {
                deletes.deleteByQuery("{!terms f=" + SolrFields.SOURCE + " separator=\"\u001f\"}"
                        + String.join("\u001f", batch.stream().map(SourceWrite::source).toList()));
            }
            UpdateRequest adds = new UpdateRequest();
            for (SourceWrite w : batch) {
                for (FileReading.Identified d : w.documents()) {
                    SolrInputDocument doc = SolrDocuments.of(d.id(), d.read(), w.source(), w.stamp());
                    adds.add(doc);
                }
            }
            call(() -> {
                if (!batch.isEmpty()) {
                    send(deletes);
                }
                if (adds.getDocuments() != null && !adds.getDocuments().isEmpty()) {
                    send(adds);
                }
                return null;
            });
        }

        @Override
        public void remove(String source) {
            gone.deleteByQuery(SolrFields.SOURCE + ":" + SolrQueries.quoted(source));
        }

        @Override
        public Committed commit(boolean readAll) throws IOException {
            long documents = call(() -> {
                if (gone.getDeleteQuery() != null && !gone.getDeleteQuery().isEmpty()) {
                    send(gone);
                }
                solr.client().commit();
                return count();
            });
            if (graph == null) {
                return new Committed(documents, 0, 0);
            }
            progress.storingGraph();
            try {
                GraphBuilding.Built built = graph.build(SolrReadings.all(solr));
                SolrGraphWriter.Written w = new SolrGraphWriter(solr).write(built.graph(), built.pageRank());
                return new Committed(documents, w.nodes(), w.links());
            } catch (IOException | RuntimeException e) {
                throw new GraphNotWrittenException(documents, solr.target().edges(), e);
            }
        }

        @Override
        public void rollback() {
            // Nothing to undo that Solr can undo: what was sent stays, and the next run completes it.
        }

        @Override
        public void close() {}
    }

    private interface SolrCall<T> {
        T call() throws IOException, SolrServerException;
    }

    /** Runs a call to the cluster; what fails says which cluster. */
    private <T> T call(SolrCall<T> c) throws IOException {
        try {
            return c.call();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IOException("the SolrCloud at " + String.join(",", solr.target().urls()) + ": " + e.getMessage(), e);
        }
    }

    /** Sends an update asking for two replicas; fewer is a failure of the run (SolrCloud only reports it). */
    private void send(UpdateRequest update) throws SolrServerException, IOException {
        send(solr, solr.target().collection(), update);
    }

    static void send(SolrConnection solr, String collection, UpdateRequest update) throws SolrServerException, IOException {
        update.setParam("min_rf", "2");
        org.apache.solr.client.solrj.response.UpdateResponse r;
        try {
            try {
                r = update.process(solr.client(), collection);
            } catch (SolrServerException | org.apache.solr.common.SolrException e) {
                if (!timedOut(e)) {
                    throw e;
                }
                // A leader busy with a replica that has just come back can hold a delete by query past
                // the timeout; the update is idempotent (same ids, same query): sent once more.
                r = update.process(solr.client(), collection);
            }
        } catch (org.apache.solr.common.SolrException e) {
            // A node crashed and its ZooKeeper session not yet expired: its shard's leader, or the
            // replica a leader forwards to, refuses connections until the cluster notices.
            throw new IOException("an update failed (a node may be down): " + shortened(e.getMessage()), e);
        }
        Object rf = r.getResponseHeader() == null ? null : r.getResponseHeader().get("rf");
        if (rf instanceof Number n && n.intValue() < 2 && replicas(solr, collection) >= 2) {
            throw new IOException("an update reached " + n + " replica(s) of 2 asked for: a node is down; run again once it is back");
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A message's first two lines, and how many more (a distributed update reports each of its hundreds of failures). */
    static String shortened(String message) {
        if (message == null) {
            return "";
        }
        String[] lines = message.strip().split("\\R");
        if (lines.length <= 2) {
            return String.join(" ", lines);
        }
        return lines[0] + " " + lines[1] + " (and " + (lines.length - 2) + " more lines)";
    }

    private static int replicas(SolrConnection solr, String collection) {
        var state = solr.client().getClusterState().getCollectionOrNull(collection);
        return state == null ? 1 : state.getReplicationFactor() == null ? 1 : state.getReplicationFactor();
    }

    /** source → stamp of every document indexed (all of a source's documents share it). */
    Map<String, String> sourceStamps() throws IOException, SolrServerException {
        Map<String, String> out = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.setFields(SolrFields.SOURCE, SolrFields.SOURCE_STAMP);
        SolrPages.forEach(solr, q, d -> out.put((String) d.getFieldValue(SolrFields.SOURCE),
                SolrDocuments.unstamped((String) d.getFieldValue(SolrFields.SOURCE_STAMP))));
        return out;
    }

    private long count() throws IOException, SolrServerException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return solr.client().query(q).getResults().getNumFound();
    }

    /**
     * The documents of a run are committed, but the citation graph could not be written after
     * them: the edges collection keeps the graph of the run before until a run writes it.
     */
    public static final class GraphNotWrittenException extends IOException {
        private final long documents;

        GraphNotWrittenException(long documents, String collection, Throwable cause) {
            super("the documents are committed (the collection holds " + documents + "), but the citation graph could not be"
                    + " written to " + collection + ": " + shortened(cause.getMessage())
                    + "; graph requests answer from the graph written before until a run writes it: run vanban index --solr again",
                    cause);
            this.documents = documents;
        }

        public long documents() {
            return documents;
        }
    }
}
