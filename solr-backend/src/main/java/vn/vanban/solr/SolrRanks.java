package vn.vanban.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

/**
 * Stores a score with each document of the collection ({@code pagerank}, a docValues-only field:
 * updated in place, the document is not indexed again), for the documents the collection holds;
 * nodes known only from citations have no document to store it in.
 */
public final class SolrRanks {

    private static final int BATCH = 1000;

    private SolrRanks() {}

    /** Returns how many documents got their score. */
    public static int store(SolrConnection solr, Map<String, Double> scores, Set<String> documents) throws IOException {
        List<SolrInputDocument> batch = new ArrayList<>();
        int stored = 0;
        try {
            for (String id : documents) {
                Double score = scores.get(id);
                if (score == null) {
                    continue;
                }
                SolrInputDocument d = new SolrInputDocument();
                d.addField(SolrFields.ID, id);
                d.addField("pagerank", Map.of("set", score.floatValue()));
                batch.add(d);
                stored++;
                if (batch.size() == BATCH) {
                    send(solr, batch);
                }
            }
            send(solr, batch);
            solr.client().commit();
            return stored;
        } catch (SolrServerException | RuntimeException e) {
            throw new vn.vanban.search.BackendUnavailableException("SolrCloud " + String.join(",", solr.target().urls()), e);
        }
    }

    private static void send(SolrConnection solr, List<SolrInputDocument> batch) throws SolrServerException, IOException {
        if (!batch.isEmpty()) {
            UpdateRequest u = new UpdateRequest();
            u.add(batch);
            u.process(solr.client());
            batch.clear();
        }
    }
}
