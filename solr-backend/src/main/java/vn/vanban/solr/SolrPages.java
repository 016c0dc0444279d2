package vn.vanban.solr;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/** Every document a query matches, page after page by cursor mark (sorted by id: what a cursor needs). */
final class SolrPages {

    private SolrPages() {}

    static void forEach(SolrConnection solr, SolrQuery q, Consumer<SolrDocument> each) throws IOException, SolrServerException {
        q.setRows(1000);
        q.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.client().query(q);
            r.getResults().forEach(each);
            if (cursor.equals(r.getNextCursorMark())) {
                return;
            }
            cursor = r.getNextCursorMark();
        }
    }
}
