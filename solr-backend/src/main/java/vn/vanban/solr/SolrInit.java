package vn.vanban.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;

/**
 * Prepares a user's SolrCloud for vanban: uploads our configset (overwriting an older one of the
 * same name) and creates the documents and edges collections, waiting until every replica is
 * active. Collections that exist keep their data and are reloaded with the configset uploaded, and
 * said so.
 */
public final class SolrInit {

    /** What was done to each collection. */
    /** {@code trustedKept}: a trusted configset of that name was there and is kept as it is. */
    public record Result(String configset, boolean trustedKept, List<String> created, List<String> existing) {}

    private SolrInit() {}

    public static Result run(SolrConnection solr, int shards, int replicas) throws IOException, SolrServerException {
        boolean trustedKept = false;
        Path zip = Files.createTempFile("vanban-configset", ".zip");
        try {
            Files.write(zip, Configset.zip());
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(Configset.NAME);
            upload.setUploadFile(zip, "application/zip");
            upload.setOverwrite(true);
            upload.process(solr.client());
        } catch (RuntimeException e) { // RemoteSolrException: what the node answered
            // One uploaded with credentials (or by Solr's own tools) is trusted: kept, and said so.
            if (!String.valueOf(e.getMessage()).contains("trusted configSet")) {
                throw e;
            }
            trustedKept = true;
        } finally {
            Files.deleteIfExists(zip);
        }
        List<String> have = CollectionAdminRequest.listCollections(solr.client());
        List<String> created = new java.util.ArrayList<>();
        List<String> existing = new java.util.ArrayList<>();
        for (String c : List.of(solr.target().collection(), solr.target().edges())) {
            if (have.contains(c)) {
                // The configset may be newer than the one it was created with (fields added): reloaded, its data kept.
                if (!trustedKept) {
                    CollectionAdminRequest.reloadCollection(c).process(solr.client());
                }
                existing.add(c);
                continue;
            }
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(c, Configset.NAME, shards, replicas);
            create.setWaitForFinalState(true);
            create.process(solr.client());
            created.add(c);
        }
        return new Result(Configset.NAME, trustedKept, created, existing);
    }
}
