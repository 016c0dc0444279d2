package vn.vanban.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SolrCloud of solr-cluster's LocalCluster in a JVM of its own (Solr 9 is Lucene 9: never on
 * this classpath), started from the classpath file that module writes at build time; driven
 * through its standard input as `vanban solr up` drives it.
 */
public final class LocalSolrCluster implements AutoCloseable {

    private static final Path MODULE = Path.of("..", "solr-cluster", "target");

    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final List<String> urls = new ArrayList<>();

    public LocalSolrCluster(Path dir, int nodes, boolean collections) throws IOException {
        Path classpath = MODULE.resolve("classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            throw new IllegalStateException(classpath.toAbsolutePath().normalize()
                    + " is missing: build solr-cluster first (./mvnw -pl solr-cluster compile)");
        }
        Path conf = Configset.writeTo(dir.resolve("configset"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", MODULE.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip(),
                "vn.vanban.solrcluster.LocalCluster", "--configset", conf.toString(), "--dir", dir.resolve("cluster").toString(),
                "--nodes", Integer.toString(nodes), "--shards", "2", "--replicas", "2"));
        if (!collections) {
            cmd.addAll(List.of("--collections", "none"));
        }
        process = new ProcessBuilder(cmd).redirectError(dir.resolve("cluster.log").toFile()).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        for (String line = out.readLine(); ; line = out.readLine()) {
            if (line == null) {
                throw new IllegalStateException("the cluster ended before it was ready; see " + dir.resolve("cluster.log"));
            }
            if (line.startsWith("node ")) {
                urls.add(line.split(" ")[2]);
            }
            if (line.startsWith("ready")) {
                break;
            }
        }
    }

    public SolrTarget target() {
        return new SolrTarget(urls, SolrTarget.DEFAULT_COLLECTION);
    }

    /** Sends a line (kill N, start N) and returns the cluster's answer (its log lines on stdout aside). */
    public String command(String line) throws IOException {
        in.println(line);
        for (String answer = out.readLine(); answer != null; answer = out.readLine()) {
            if (answer.startsWith("killed ") || answer.startsWith("started ") || answer.startsWith("error: ")) {
                return answer;
            }
        }
        return "error: the cluster ended";
    }

    @Override
    public void close() throws Exception {
        in.println("stop");
        in.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
