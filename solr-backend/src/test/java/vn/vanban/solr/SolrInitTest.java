package vn.vanban.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `vanban solr init` on a bare SolrCloud of three nodes (a real cluster in its own JVM, SolrJ 10
 * over HTTP): the configset is uploaded and both collections made, twice over without harm; the
 * schema's analysis is ours (folded: "dien bien" finds Điện Biên; as written: "điện" does, "dien"
 * does not); with one node of three killed, searches are still answered.
 */
class SolrInitTest {

    @Test
    void initMakesTheCollectionsOnceAndTheyAnswerWithANodeDown(@TempDir Path dir) throws Exception {
        try (LocalSolrCluster cluster = new LocalSolrCluster(dir, 3, false);
                SolrConnection solr = new SolrConnection(cluster.target())) {
            SolrInit.Result first = SolrInit.run(solr, 2, 2);
            assertEquals(List.of("vanban", "vanban_edges"), first.created());
            SolrInit.Result again = SolrInit.run(solr, 2, 2);
            assertEquals(List.of(), again.created());
            assertEquals(List.of("vanban", "vanban_edges"), again.existing());
            assertTrue(CollectionAdminRequest.listCollections(solr.client()).containsAll(List.of("vanban", "vanban_edges")));

            SolrInputDocument d = new SolrInputDocument();
            d.addField("id", "2763-ubnd-kgvx-2021-dien-bien");
            String text = "Ủy ban nhân dân tỉnh Điện Biên triển khai Công điện số 1102/CĐ-TTg";
            d.addField("text", text);
            d.addField("text_folded", text);
            d.addField("province", "Điện Biên");
            solr.client().add(d);
            solr.client().commit();
            assertEquals(1, hits(solr, "text_folded:(dien bien)"));
            assertEquals(1, hits(solr, "text:điện"));
            assertEquals(0, hits(solr, "text:dien"), "the field as written keeps the marks");

            String killed = cluster.command("kill 1");
            assertTrue(killed.startsWith("killed node 1"), killed);
            // "Down" once the cluster knows it: a query sent while the node dies may be cut off
            // mid-answer (EOF on its connection, once in CI), which is the dying, not being down.
            awaitLiveNodes(solr, 2);
            assertEquals(1, hits(solr, "text_folded:(cong dien)"), "answered with one node of three down");
        }
    }

    private static void awaitLiveNodes(SolrConnection solr, int live) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (solr.client().getClusterState().getLiveNodes().size() == live) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("live nodes after a minute: " + solr.client().getClusterState().getLiveNodes());
    }

    private static long hits(SolrConnection solr, String q) throws Exception {
        QueryResponse r = solr.client().query(new SolrQuery(q));
        return r.getResults().getNumFound();
    }
}
