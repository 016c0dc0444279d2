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

/**
 * A local SolrCloud: an embedded ZooKeeper (solr-test-framework's MiniSolrCloudCluster, with no
 * node of its own) in this process, and N Solr nodes, each in a process of its own ({@link Node}),
 * our configset uploaded and the collections created. Once they are ready it prints each node's
 * URL, writes them comma-separated to the URLs file, and says "ready"; then it takes lines on its
 * standard input: {@code kill N} (node N, from 1: SIGKILL to its process, a crash), {@code start
 * N} (node N again, on its home and port: its replicas come back and recover from their
 * leaders), {@code stop}. It stops on end of input or a signal, and its nodes with it.
 *
 * <p>Args: --configset DIR --dir DIR [--nodes 3] [--shards 2] [--replicas 2] [--collection vanban]
 * [--urls-file FILE] [--collections none] [--node-heap 512m]. The collections are COLLECTION
 * (documents) and COLLECTION_edges.
 */
public final class LocalCluster {

    private LocalCluster() {}

    /** A node's process, its home and port (kept, so that it comes back as itself). */
    private static final class NodeProcess {
        final int number;
        final Path home;
        final int port;
        Process process;
        String url;

        NodeProcess(int number, Path home, int port) {
            this.number = number;
            this.home = home;
            this.port = port;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        int nodes = Integer.parseInt(a.getOrDefault("nodes", "3"));
        int shards = Integer.parseInt(a.getOrDefault("shards", "2"));
        int replicas = Integer.parseInt(a.getOrDefault("replicas", "2"));
        String collection = a.getOrDefault("collection", "vanban");
        String heap = a.getOrDefault("node-heap", "512m");
        Path configset = Path.of(required(a, "configset"));
        Path dir = Path.of(required(a, "dir"));
        Files.createDirectories(dir);

        // "--collections none": a bare cluster, as a user's own is before `vanban solr init`.
        boolean create = !"none".equals(a.get("collections"));
        // ZooKeeper, solr.xml in it, the configset: a MiniSolrCloudCluster of no node.
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(0, dir).withTraceIdGenerationDisabled();
        if (create) {
            builder.addConfig("vanban", configset);
        }
        MiniSolrCloudCluster cluster = builder.build();
        String zk = cluster.getZkServer().getZkAddress();
        List<NodeProcess> all = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster, all)));
        for (int i = 1; i <= nodes; i++) {
            all.add(new NodeProcess(i, dir.resolve("node" + i), freePort()));
        }
        // The nodes start side by side: each is a JVM's start-up.
        List<Thread> starting = new ArrayList<>();
        List<Exception> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (NodeProcess n : all) {
            Thread t = new Thread(() -> {
                try {
                    launch(n, zk, heap);
                } catch (Exception e) {
                    failed.add(e);
                }
            });
            t.start();
            starting.add(t);
        }
        for (Thread t : starting) {
            t.join();
        }
        if (!failed.isEmpty()) {
            throw failed.get(0);
        }
        waitForLiveNodes(cluster, nodes);
        for (String c : create ? List.of(collection, collection + "_edges") : List.<String>of()) {
            CollectionAdminRequest.createCollection(c, "vanban", shards, replicas).process(cluster.getSolrClient());
            cluster.waitForActiveCollection(c, 120, TimeUnit.SECONDS, shards, shards * replicas);
            // A first commit gives every core an index on disk: a node restarted before any other
            // commit would otherwise find cores with a lock and no index, and not load them.
            cluster.getSolrClient().commit(c);
        }
        List<String> urls = new ArrayList<>();
        for (NodeProcess n : all) {
            urls.add(n.url);
            System.out.println("node " + n.number + " " + n.url);
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
                        NodeProcess n = all.get(node(w, nodes));
                        if (n.process == null || !n.process.isAlive()) {
                            throw new IllegalStateException("node " + w[1] + " is not running");
                        }
                        long pid = n.process.pid();
                        n.process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to ZooKeeper
                        n.process.waitFor();
                        System.out.println("killed node " + w[1] + " (SIGKILL to process " + pid + ")");
                    }
                    case "start" -> {
                        NodeProcess n = all.get(node(w, nodes));
                        if (n.process != null && n.process.isAlive()) {
                            throw new IllegalStateException("node " + w[1] + " is running");
                        }
                        launch(n, zk, heap);
                        System.out.println("started node " + w[1] + " " + n.url);
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

    /** Starts node n's process and waits until it serves ("up URL"). */
    private static void launch(NodeProcess n, String zk, String heap) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = n.home.resolveSibling(n.home.getFileName() + ".log");
        // A crashed node is noticed when its ZooKeeper session expires: 10 s here (Solr's default is
        // 30 s), so that a leader it held is elected again sooner.
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx" + heap, "-Dsolr.zkclienttimeout=10000", "-cp", System.getProperty("java.class.path"),
                Node.class.getName(), "--home", n.home.toString(), "--zk", zk, "--port", Integer.toString(n.port))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        n.process = p;
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); ; line = out.readLine()) {
            if (line == null) {
                throw new IllegalStateException("node " + n.number + " ended before it served; see " + log);
            }
            if (line.startsWith("up ")) {
                n.url = line.substring(3).trim();
                break;
            }
        }
        // What it prints afterwards is drained, so that it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException e) {
                // the node has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    private static void waitForLiveNodes(MiniSolrCloudCluster cluster, int nodes) throws Exception {
        cluster.getZkStateReader().waitForLiveNodes(120, TimeUnit.SECONDS, (before, now) -> now.size() >= nodes);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
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

    private static void shutdown(MiniSolrCloudCluster cluster, List<NodeProcess> nodes) {
        for (NodeProcess n : nodes) {
            if (n.process != null && n.process.isAlive()) {
                n.process.destroy(); // SIGTERM: the node stops its Jetty and says goodbye
            }
        }
        for (NodeProcess n : nodes) {
            try {
                if (n.process != null && !n.process.waitFor(30, TimeUnit.SECONDS)) {
                    n.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("solr cluster: shutting down: " + e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[++i]);
        }
        return out;
    }

    static String required(Map<String, String> a, String name) {
        String v = a.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
