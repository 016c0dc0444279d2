package vn.vanban.api.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanban.api.http.ApiServer;
import vn.vanban.api.http.DocumentStore;
import vn.vanban.api.http.IndexReloader;
import vn.vanban.api.http.Library;
import vn.vanban.api.http.ServerOptions;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.read.ReadOptions;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.index.IndexLayout;
import vn.vanban.indexer.index.OpenIndex;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the JSON API and the web page on localhost.", "",
            "When the default index does not exist yet, the bundled corpus is indexed first. Later runs of 'vanban index' (or 'vanban index --watch') on the same index are picked up while serving: the index is checked every --reload seconds.",
            "The API is read-only unless a write token is given (--write-token-file, or " + ServeCommand.TOKEN_VARIABLE + "): then POST /api/documents adds a document (the body is its text) and DELETE /api/documents/{id} removes one added so, for requests with the header Authorization: Bearer TOKEN. Each is answered once committed to the index."},
        footer = ExitCodes.FOOTER)
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder. Default: ${DEFAULT-VALUE}.")
    Path index = Defaults.index();

    @Option(names = "--port", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port = 7070;

    @Option(names = "--host", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--cors-origins", split = ",", paramLabel = "ORIGIN",
            description = "Web origins allowed to call the API from a browser, comma-separated; * for any, none for no cross-origin calls. Default: ${DEFAULT-VALUE}.")
    List<String> corsOrigins = List.of("*");

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Requests per minute per client address before 429; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    int rateLimit = 0;

    @Option(names = "--reload", paramLabel = "SECONDS",
            description = "Check for a newer index every SECONDS and serve it; 0 never. Default: ${DEFAULT-VALUE}.")
    int reloadSeconds = 5;

    @Option(names = "--write-token-file", paramLabel = "FILE",
            description = "Enables POST /api/documents and DELETE /api/documents/{id} for requests that carry the token in"
                    + " this file (Authorization: Bearer TOKEN; at least " + ServerOptions.MIN_TOKEN_LENGTH + " characters, e.g. from: openssl rand -hex 32)."
                    + " Or set the token in the environment variable " + TOKEN_VARIABLE + "."
                    + " Without either, the API is read-only and those requests are answered 401."
                    + " Added documents are stored in the index folder's added/ subfolder.")
    Path writeTokenFile;

    static final String TOKEN_VARIABLE = "VANBAN_WRITE_TOKEN";

    @Option(names = "--solr", paramLabel = "URLS",
            description = "Serve from a SolrCloud instead (its nodes, comma-separated), filled by 'vanban index --solr'. Several serve processes can share one cluster; the citation graph is walked in its edges collection, a hop at a time.")
    String solr;

    @Option(names = "--collection", description = "With --solr: the documents collection. Default: ${DEFAULT-VALUE}.")
    String collection = vn.vanban.solr.SolrTarget.DEFAULT_COLLECTION;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String token;
        try {
            token = writeToken();
        } catch (IllegalArgumentException e) {
            err.printf("vanban serve: %s%n", e.getMessage());
            return ExitCodes.FAILED;
        }
        if (solr != null) {
            return serveSolr(token, err);
        }
        IndexLayout layout = new IndexLayout(index);
        if (!OpenIndex.exists(layout)) {
            if (!index.toAbsolutePath().normalize().equals(Defaults.index())) {
                err.printf("vanban serve: no index at %s; build it with: vanban index --index %s --corpus PATH%n", index, index);
                return ExitCodes.FAILED;
            }
            err.printf("vanban serve: no index yet at %s; indexing the bundled corpus first%n", index);
            IndexCommand.run(List.of(Defaults.corpus()), index, ReadOptions.DEFAULT, err);
        }
        // Searches are answered at once; at a million documents the graph takes a few seconds more.
        OpenIndex open = OpenIndex.openForSearch(layout, Vocabulary.standard());
        List<String> origins = corsOrigins.size() == 1 && corsOrigins.get(0).equalsIgnoreCase("none") ? List.of() : corsOrigins;
        Library library = new Library(open.search(), open.loadingGraph(), Vocabulary.standard());
        IndexReloader reloader = new IndexReloader(layout, Vocabulary.standard(), open, library);
        DocumentStore store = token == null ? null
                : new DocumentStore(layout, new DocumentReader(), Vocabulary.standard(), reloader, library);
        Javalin app = ApiServer.create(library, new ServerOptions(origins, rateLimit, token), store);
        ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vanban-index-reload");
            t.setDaemon(true);
            return t;
        });
        if (reloadSeconds > 0) {
            checker.scheduleWithFixedDelay(() -> reload(reloader, err), reloadSeconds, reloadSeconds, TimeUnit.SECONDS);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            checker.shutdownNow();
            app.stop();
            try {
                reloader.close();
            } catch (Exception ignored) {
                // shutting down
            }
            stopped.countDown();
        }));
        app.start(host, port);
        err.printf("vanban serve: %d documents; API and web page on http://%s:%d/ (Ctrl+C stops)%n",
                open.search().documentCount(), host.equals("0.0.0.0") ? "localhost" : host, app.port());
        err.printf("vanban serve: %s%n", token == null ? "read-only (no write token)"
                : "POST /api/documents and DELETE /api/documents/{id} need the write token; added documents go to "
                        + layout.added());
        err.flush();
        long opened = System.nanoTime();
        open.startLoadingGraph();
        open.loadingGraph().whenComplete((graph, failure) -> {
            if (failure != null) {
                err.printf("vanban serve: the citation graph could not be loaded (graph requests are answered 503): %s%n",
                        failure.getMessage());
            } else if (graph.nodeCount() > 0) {
                err.printf("vanban serve: citation graph ready: %d nodes (documents indexed or cited), %d references (%.1f s after the API)%n",
                        graph.nodeCount(), graph.linkCount(), (System.nanoTime() - opened) / 1e9);
            }
            err.flush();
        });
        stopped.await();
        return ExitCodes.OK;
    }

    /** The API over a SolrCloud: searches from its documents collection, graph requests from its edges collection. */
    private int serveSolr(String token, PrintWriter err) throws Exception {
        vn.vanban.solr.SolrTarget target;
        try {
            target = vn.vanban.solr.SolrTarget.parse(solr, collection);
        } catch (IllegalArgumentException e) {
            err.println("vanban serve: --solr: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        vn.vanban.solr.SolrConnection connection = new vn.vanban.solr.SolrConnection(target);
        vn.vanban.solr.SolrSearchBackend search = new vn.vanban.solr.SolrSearchBackend(connection,
                vn.vanban.indexer.search.LuceneSearchBackend.DEFAULT_TIMEOUT.toMillis());
        long documents;
        try {
            documents = search.documentCount();
        } catch (IOException e) {
            err.println("vanban serve: " + e.getMessage());
            search.close();
            return ExitCodes.FAILED;
        }
        // The graph is walked in the edges collection, a hop at a time: nothing of it is loaded here.
        vn.vanban.solr.SolrLinks graph = new vn.vanban.solr.SolrLinks(connection);
        long nodes;
        try {
            nodes = graph.nodeCount();
        } catch (vn.vanban.search.graph.GraphUnavailableException e) {
            err.println("vanban serve: " + e.getMessage());
            search.close();
            return ExitCodes.FAILED;
        }
        List<String> origins = corsOrigins.size() == 1 && corsOrigins.get(0).equalsIgnoreCase("none") ? List.of() : corsOrigins;
        Library library = new Library(search, graph, Vocabulary.standard());
        // Texts added through the API are kept on this machine (INDEX/added) and indexed into the collection.
        java.nio.file.Path added = new IndexLayout(index).added();
        DocumentStore store = token == null ? null : new DocumentStore(added, new DocumentReader(), Vocabulary.standard(),
                new SolrAddedIndexing(connection), library);
        Javalin app = ApiServer.create(library, new ServerOptions(origins, rateLimit, token), store);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                search.close();
            } catch (IOException ignored) {
                // shutting down
            }
            stopped.countDown();
        }));
        app.start(host, port);
        err.printf("vanban serve: %d documents in the SolrCloud collection %s; API and web page on http://%s:%d/ (Ctrl+C stops)%n",
                documents, target.collection(), host.equals("0.0.0.0") ? "localhost" : host, app.port());
        err.flush();
        err.printf("vanban serve: %s%n", token == null ? "read-only (no write token)"
                : "POST /api/documents and DELETE /api/documents/{id} need the write token; added texts are kept in " + added
                        + " and indexed into " + target.collection());
        err.printf("vanban serve: citation graph in %s: %d nodes%s%n", target.edges(), nodes,
                nodes == 0 && documents > 0 ? " (none written yet: run vanban index --solr once more)" : "");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** The write token: from --write-token-file, else from the environment; null when neither is given. */
    private String writeToken() {
        String token;
        String from;
        if (writeTokenFile != null) {
            try {
                token = Files.readString(writeTokenFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the write token file " + writeTokenFile + ": " + e.getMessage());
            }
            from = "the write token file " + writeTokenFile;
        } else {
            token = System.getenv(TOKEN_VARIABLE);
            if (token == null) {
                return null;
            }
            from = TOKEN_VARIABLE;
        }
        token = token.strip();
        if (token.length() < ServerOptions.MIN_TOKEN_LENGTH || token.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException(from + " must hold one token of at least " + ServerOptions.MIN_TOKEN_LENGTH + " characters, without spaces"
                    + " (make one with: openssl rand -hex 32)");
        }
        return token;
    }

    private static void reload(IndexReloader reloader, PrintWriter err) {
        try {
            OpenIndex fresh = reloader.reloadIfChanged();
            if (fresh != null) {
                err.printf("vanban serve: serving the newer index: %d documents; graph %d nodes%n",
                        fresh.search().documentCount(), fresh.graph().nodeCount());
                err.flush();
            }
        } catch (Exception e) {
            err.printf("vanban serve: could not open the newer index, still serving the one before: %s%n", e.getMessage());
            err.flush();
        }
    }
}
