package vn.vanban.solr;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;

/** Every reading stored in the collection, id → reading, page by page (cursor marks): what the citation graph is built from. */
public final class SolrReadings {

    private SolrReadings() {}

    public static Map<String, OfficialDocument> all(SolrConnection solr) throws IOException {
        Map<String, OfficialDocument> out = new LinkedHashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.setFields(SolrFields.ID, SolrFields.READING_JSON);
        try {
            SolrPages.forEach(solr, q, d -> out.put((String) d.getFieldValue(SolrFields.ID),
                    Json.read((String) d.getFieldValue(SolrFields.READING_JSON), OfficialDocument.class)));
            return out;
        } catch (SolrServerException | org.apache.solr.common.SolrException e) {
            throw new vn.vanban.search.BackendUnavailableException("SolrCloud " + String.join(",", solr.target().urls()), e);
        }
    }
}
