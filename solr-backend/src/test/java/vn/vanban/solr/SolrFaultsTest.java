package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.corpus.generate.CorpusGenerator;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.index.IndexProgress;

/**
 * A node killed (SIGKILL to its process) halfway through an indexing run (three nodes, two shards
 * of two replicas): the updates that follow reach one replica of a shard, not the two asked for,
 * and the run stops saying so (SolrCloud only reports it; a client that did not act on it would
 * go on with half its copies), and so does the next run while the node is down; searches are
 * answered meanwhile, and see nothing of the runs that failed (they commit only at their end).
 * The node started again, its replicas recover, and the next run completes: every document is
 * there and the two replicas of each shard hold the same. Then, another node down, searches,
 * the readings and the graph walked in the edges collection (counts, cascades) are still whole.
 */
class SolrFaultsTest {

    @Test
    void aNodeKilledDuringIndexingStopsTheRunSayingSoAndSearchesGoOn(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(Vocabulary.standard()).generate(600, 20261202L, 0, corpus, n -> { });
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir.resolve("solr"), 3, true);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrIndexer indexer = new SolrIndexer(solr, new DocumentReader(), Vocabulary.standard(), new EmbeddedGraphBuilding());
            AtomicBoolean killed = new AtomicBoolean();
            IndexProgress killHalfway = new IndexProgress() {
                @Override
                public void fileDone(int done, int total) {
                    if (done >= total / 2 && killed.compareAndSet(false, true)) {
                        try {
                            String said = cluster.command("kill 2");
                            assertTrue(said.startsWith("killed node 2"), said);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            };
            IOException stopped = assertThrows(IOException.class,
                    () -> indexer.index(List.of(corpus), ReadOptions.DEFAULT, killHalfway));
            assertTrue(killed.get());
            // The updates after the crash reach one replica of a shard, or none while the cluster
            // has not yet noticed that the node hosting a leader is gone: either way the run says so.
            assertTrue(stopped.getMessage().contains("reached 1 replica(s) of 2")
                    || stopped.getMessage().contains("a node may be down"), stopped.getMessage());
            assertTrue(stopped.getMessage().length() < 1_000, "said in a few lines: " + stopped.getMessage());
            IOException again = assertThrows(IOException.class,
                    () -> indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT));
            assertTrue(again.getMessage().contains("replica") || again.getMessage().contains("a node may be down"), again.getMessage());

            // Searches are answered with a node of three down, and see none of the failed runs: they
            // commit only at their end (the collection's own commits do not open a searcher).
            SolrSearchBackend search = new SolrSearchBackend(solr, 5_000);
            assertEquals(0, search.search(new SearchRequest("công điện", 1, 10)).total());
            assertEquals(0, search.documentCount());

            String said = cluster.command("start 2");
            assertTrue(said.startsWith("started node 2"), said);
            awaitAllReplicasActive(solr);
            awaitUpdatesAnswered(solr);
            var run = indexer.index(List.of(corpus), ReadOptions.DEFAULT, IndexProgress.SILENT);
            assertEquals(List.of(), run.failures());
            assertEquals(600, run.documents(), "every document of the corpus, acknowledged by two replicas");
            assertEquals(600, search.documentCount());
            Map<String, List<Long>> perShard = agreedReplicaCounts(solr);
            assertEquals(2, perShard.size(), perShard.toString());
            long sum = 0;
            for (var e : perShard.entrySet()) {
                assertEquals(2, e.getValue().size(), e.toString());
                assertEquals(e.getValue().get(0), e.getValue().get(1), "the replicas of " + e.getKey() + " agree");
                sum += e.getValue().get(0);
            }
            assertEquals(600, sum);

            said = cluster.command("kill 3");
            assertTrue(said.startsWith("killed node 3"), said);
            assertEquals(600, search.search(new SearchRequest("", 1, 10)).total(), "one node of three down: all is found");
            assertTrue(search.search(new SearchRequest("công điện", 1, 10)).total() > 0);
            var readings = SolrReadings.all(solr);
            assertEquals(600, readings.size(), "the graph's readings are whole");
            // Graph queries too: the edges collection is walked whole with the node down.
            var memory = EmbeddedGraphBuilding.graph(readings);
            SolrLinks links = new SolrLinks(solr);
            assertEquals(memory.nodeCount(), links.nodeCount());
            assertEquals(memory.linkCount(), links.linkCount());
            var implemented = new java.util.TreeSet<>(memory.implementers(
                    memory.nodes().stream().map(vn.vanban.search.graph.DocNode::id).toList()).keySet());
            assertTrue(implemented.size() >= 5, implemented.toString());
            for (String id : implemented.stream().limit(20).toList()) {
                assertEquals(new vn.vanban.search.graph.CascadeQuery(memory).cascade(id),
                        new vn.vanban.search.graph.CascadeQuery(links).cascade(id), id);
            }
        }
    }

    /** Waits (up to two minutes; a wait, not a measure) until every replica of both collections is active on a live node. */
    /**
     * Replicas marked active, a shard's leader can still be busy with the one just back (a delete
     * by query held past the client's 60 s once in CI, twice in a row another time): the next run
     * is the operator's "once it is back", so the test waits until an update of the run's kind
     * (a delete by query, of nothing) is answered, as an operator would see the cluster settle.
     */
    private static void awaitUpdatesAnswered(SolrConnection solr) throws Exception {
        for (int i = 0; i < 6; i++) {
            try {
                new org.apache.solr.client.solrj.request.UpdateRequest().deleteByQuery("source:\"no such source\"")
                        .process(solr.client(), solr.target().collection());
                return;
            } catch (org.apache.solr.client.solrj.SolrServerException | org.apache.solr.common.SolrException e) {
                Thread.sleep(5_000);
            }
        }
        throw new AssertionError("the cluster did not answer an update within six tries after the node came back");
    }

    private static void awaitAllReplicasActive(SolrConnection solr) throws Exception {
        for (int i = 0; i < 240; i++) {
            var state = solr.client().getClusterState();
            boolean all = java.util.stream.Stream.of(solr.target().collection(), solr.target().edges())
                    .flatMap(c -> state.getCollection(c).getReplicas().stream())
                    .allMatch(r -> r.getState() == Replica.State.ACTIVE && state.getLiveNodes().contains(r.getNodeName()));
            if (all) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("replicas not all active after two minutes: " + solr.client().getClusterState()
                .getCollection(solr.target().collection()).getReplicas());
    }

    /**
     * The replicas' counts once they agree, or as they are after 30 s. Once in CI, just after the
     * run's commit, the replica on the node back from the kill answered 113 documents where its
     * leader had 281: its searcher on the commit opened later. A replica that lost documents
     * still fails: it never comes to agree.
     */
    private static Map<String, List<Long>> agreedReplicaCounts(SolrConnection solr) throws Exception {
        Map<String, List<Long>> counts = replicaCounts(solr);
        for (int i = 0; i < 60 && !counts.values().stream().allMatch(c -> c.stream().distinct().count() == 1); i++) {
            Thread.sleep(500);
            counts = replicaCounts(solr);
        }
        return counts;
    }

    /** shard → the documents each of its replicas holds, asked of each core alone (distrib=false). */
    private static Map<String, List<Long>> replicaCounts(SolrConnection solr) throws Exception {
        Map<String, List<Long>> out = new TreeMap<>();
        for (Slice slice : solr.client().getClusterState().getCollection(solr.target().collection()).getSlices()) {
            for (Replica r : slice.getReplicas()) {
                try (HttpJdkSolrClient core = new HttpJdkSolrClient.Builder(r.getBaseUrl()).build()) {
                    SolrQuery q = new SolrQuery("*:*");
                    q.setRows(0);
                    q.set("distrib", "false");
                    out.computeIfAbsent(slice.getName(), k -> new ArrayList<>())
                            .add(core.query(r.getCoreName(), q).getResults().getNumFound());
                }
            }
        }
        return out;
    }
}
