package vn.vanban.api.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.solr.Configset;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Run a local SolrCloud for trying vanban on Solr, and for tests.", "",
            "An embedded ZooKeeper and --nodes Solr 9.10 nodes, each node in a process of its own (Solr 9 is Lucene 9,"
                    + " which never shares vanban's classpath), with vanban's configset and collections (vanban, vanban_edges)."
                    + " Prints each node's URL and 'ready' once the collections are, and writes the URLs,"
                    + " comma-separated, to --urls-file. Then reads lines on standard input: 'kill N' sends SIGKILL to node"
                    + " N's process (a crash: the cluster notices when its ZooKeeper session expires, 10 s here),"
                    + " 'start N' starts it again on its port and files (its replicas recover from their leaders),"
                    + " 'stop' ends all. Stops on end of input or a signal, and the nodes with it."},
        footer = ExitCodes.FOOTER)
final class SolrUpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", description = "Solr nodes. Default: ${DEFAULT-VALUE}.")
    int nodes = 3;

    @Option(names = "--shards", description = "Shards of each collection. Default: ${DEFAULT-VALUE}.")
    int shards = 2;

    @Option(names = "--replicas", description = "Replicas of each shard. Default: ${DEFAULT-VALUE}.")
    int replicas = 2;

    @Option(names = "--urls-file", paramLabel = "FILE", description = "Where to write the node URLs, comma-separated, once ready.")
    Path urlsFile;

    @Option(names = "--dir", paramLabel = "DIR", description = "The cluster's files (ZooKeeper, cores, its log). Default: a new folder under the system's temporary one.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (nodes < 1 || shards < 1 || replicas < 1) {
            err.println("vanban solr up: --nodes, --shards and --replicas must be at least 1");
            return ExitCodes.FAILED;
        }
        Path module = Defaults.home().resolve("solr-cluster").resolve("target");
        Path classpath = module.resolve("classpath.txt");
        if (!Files.isRegularFile(classpath)) {
            err.println("vanban solr up: " + classpath + " is missing: build the project (./vanban build) first");
            return ExitCodes.FAILED;
        }
        Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("vanban-solr-");
        Path conf = Configset.writeTo(home.resolve("configset"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", module.resolve("classes") + File.pathSeparator + Files.readString(classpath).strip(),
                "vn.vanban.solrcluster.LocalCluster", "--configset", conf.toString(), "--dir", home.resolve("cluster").toString(),
                "--nodes", Integer.toString(nodes), "--shards", Integer.toString(shards), "--replicas", Integer.toString(replicas)));
        if (urlsFile != null) {
            cmd.addAll(List.of("--urls-file", urlsFile.toAbsolutePath().toString()));
        }
        Path log = home.resolve("cluster.log");
        err.println("vanban solr up: starting " + nodes + " nodes in " + home + " (its log: " + log + ")");
        err.flush();
        // Our standard input goes to the cluster as it is: kill N, start N, stop, end of input.
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(log.toFile()).start();
        Thread stop = new Thread(p::destroy); // a signal to us: the cluster shuts down too
        Runtime.getRuntime().addShutdownHook(stop);
        try (BufferedReader said = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = said.readLine(); line != null; line = said.readLine()) {
                if (line.matches("(node|ready|killed|started|stopping|error)\\b.*")) {
                    out.println(line);
                    out.flush();
                }
            }
        }
        int exit = p.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // already on the way out
        }
        if (exit != 0) {
            err.println("vanban solr up: the cluster ended with exit code " + exit + "; see " + log);
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }
}
