package vn.vanban.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * One client of a SolrCloud, over the JDK's HTTP client: it reads the cluster's state from the
 * nodes given (any one that answers) and sends each request to a node that has the collection.
 */
public final class SolrConnection implements Closeable {

    private final SolrTarget target;
    private final HttpJdkSolrClient http;
    private final CloudSolrClient client;

    public SolrConnection(SolrTarget target) {
        this.target = target;
        this.http = new HttpJdkSolrClient.Builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withIdleTimeout(60, TimeUnit.SECONDS)
                // A request held by a cluster electing a new leader fails, said, instead of waiting on.
                .withRequestTimeout(60, TimeUnit.SECONDS)
                .build();
        this.client = new CloudSolrClient.Builder(target.urls())
                .withHttpClient(http)
                .withDefaultCollection(target.collection())
                .build();
    }

    public SolrTarget target() {
        return target;
    }

    public CloudSolrClient client() {
        return client;
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
        } finally {
            try {
                http.close();
            } catch (RuntimeException stillWaiting) {
                // A request still held by a node that went down: closing must not fail for it.
            }
        }
    }
}
