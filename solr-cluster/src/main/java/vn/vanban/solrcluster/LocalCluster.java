package vn.vanban.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A local SolrCloud: an embedded ZooKeeper and N Solr nodes (solr-test-framework's
 * MiniSolrCloudCluster), our configset uploaded and the collections created. Once they are ready
 * it prints each node's URL, writes them comma-separated to the URLs file, and says "ready"; then
 * it takes lines on its standard input: {@code kill N} (node N, from 1: its Jetty stops at once,
 * in this JVM, the most abrupt stop this layout allows, its ZooKeeper session ending with it),
 * {@code start N} (a new node in N's place, on a new port: a Jetty stopped in this JVM cannot
 * start again, so the replicas N had stay down), {@code stop}. It stops on end of input or a signal.
 *
 * <p>Args: --configset DIR --dir DIR [--nodes 3] [--shards 2] [--replicas 2] [--collection vanban]
 * [--urls-file FILE] [--collections none]. The collections are COLLECTION (documents) and COLLECTION_edges.
 */
public final class LocalCluster {

    private LocalCluster() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        int nodes = Integer.parseInt(a.getOrDefault("nodes", "3"));
        int shards = Integer.parseInt(a.getOrDefault("shards", "2"));
        int replicas = Integer.parseInt(a.getOrDefault("replicas", "2"));
        String collection = a.getOrDefault("collection", "vanban");
        Path configset = Path.of(required(a, "configset"));
        Path dir = Path.of(required(a, "dir"));
        Files.createDirectories(dir);

        // "--collections none": a bare cluster, as a user's own is before `vanban solr init`.
        boolean create = !"none".equals(a.get("collections"));
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodes, dir).withTraceIdGenerationDisabled();
        if (create) {
            builder.addConfig("vanban", configset);
        }
        MiniSolrCloudCluster cluster = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
        for (String c : create ? List.of(collection, collection + "_edges") : List.<String>of()) {
            CollectionAdminRequest.createCollection(c, "vanban", shards, replicas).process(cluster.getSolrClient());
            cluster.waitForActiveCollection(c, 120, TimeUnit.SECONDS, shards, shards * replicas);
            // A first commit gives every core an index on disk: a node restarted before any other
            // commit would otherwise find cores with a lock and no index, and not load them.
            cluster.getSolrClient().commit(c);
        }
        // Node N is runners[N-1] whatever the cluster's own list does when a node stops.
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < runners.size(); i++) {
            String url = runners.get(i).getBaseUrl().toString();
            urls.add(url);
            System.out.println("node " + (i + 1) + " " + url);
        }
        if (a.containsKey("urls-file")) {
            Path file = Path.of(a.get("urls-file"));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, String.join(",", urls) + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println(create ? "ready: collections " + collection + " and " + collection + "_edges, " + shards
                + " shards × " + replicas + " replicas on " + nodes + " nodes" : "ready: " + nodes + " nodes, no collections");
        System.out.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] w = line.trim().split("\\s+");
            try {
                switch (w[0]) {
                    case "" -> { }
                    case "stop" -> {
                        System.out.println("stopping");
                        System.exit(0);
                    }
                    case "kill" -> {
                        JettySolrRunner j = runners.get(node(w, nodes));
                        if (!j.isRunning()) {
                            throw new IllegalStateException("node " + w[1] + " is not running");
                        }
                        cluster.stopJettySolrRunner(j);
                        cluster.waitForJettyToStop(j);
                        System.out.println("killed node " + w[1]);
                    }
                    case "start" -> {
                        int n = node(w, nodes);
                        if (runners.get(n).isRunning()) {
                            throw new IllegalStateException("node " + w[1] + " is running");
                        }
                        // A new node in its place (a new port): a Jetty stopped in this JVM cannot start
                        // again (STOPPED), so the replicas of the node killed stay down. Nodes in processes
                        // of their own will lift this.
                        JettySolrRunner j = cluster.startJettySolrRunner();
                        runners.set(n, j);
                        cluster.waitForNode(j, 60);
                        System.out.println("started node " + w[1] + " " + j.getBaseUrl());
                    }
                    default -> System.out.println("error: unknown command '" + w[0] + "' (kill N, start N, stop)");
                }
            } catch (Exception e) {
                System.out.println("error: " + line.trim() + ": " + e.getMessage());
            }
            System.out.flush();
        }
        System.exit(0); // end of input
    }

    private static int node(String[] w, int nodes) {
        if (w.length < 2) {
            throw new IllegalArgumentException("which node? (1 to " + nodes + ")");
        }
        int n = Integer.parseInt(w[1]);
        if (n < 1 || n > nodes) {
            throw new IllegalArgumentException("no node " + n + " (1 to " + nodes + ")");
        }
        return n - 1;
    }

    private static void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("solr cluster: shutting down: " + e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    private static String required(Map<String, String> a, String name) {
        String v = a.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
