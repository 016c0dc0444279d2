package vn.vanban.solrcluster;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node of a {@link LocalCluster}, in a process of its own, as nodes run in production:
 * killing it (SIGKILL) is a crash, and starting it again on its home and port brings its replicas
 * back, recovering from their leaders. It prints "up URL" once it serves, and stops when its
 * standard input ends (the cluster's process is gone) or on a signal.
 *
 * <p>Args: --home DIR --zk HOST:PORT/CHROOT --port P
 */
public final class Node {

    private Node() {}

    public static void main(String[] args) throws Exception {
        var a = LocalCluster.options(args);
        Path home = Files.createDirectories(Path.of(LocalCluster.required(a, "home")));
        Properties props = new Properties();
        props.setProperty("zkHost", LocalCluster.required(a, "zk")); // solr.xml is in ZooKeeper
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), props, JettyConfig.builder()
                .setContext("/solr").setPort(Integer.parseInt(LocalCluster.required(a, "port"))).stopAtShutdown(true).build());
        jetty.start();
        System.out.println("up " + jetty.getBaseUrl());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // nothing is said to a node: its input ending means the cluster's process has gone
        }
        jetty.stop();
        System.exit(0);
    }
}
