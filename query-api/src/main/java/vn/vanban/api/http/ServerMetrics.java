package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;

/**
 * What an operator watches, through Micrometer, scraped as the Prometheus text format at
 * {@code GET /metrics}: requests by route (the path template, so that ids do not make a metric
 * each), method and status with latency histograms; searches that ran out of time; documents
 * served; graph nodes and edges; index reloads; the JVM; Jetty's thread pool and connections.
 * One per server: two servers in one JVM (tests) count apart.
 */
public final class ServerMetrics {

    /** The Prometheus text format (version 0.0.4), what scrapers ask for by default. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter searchTimeouts;

    public ServerMetrics(Library library) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        searchTimeouts = Counter.builder("vanban.search.timeouts")
                .description("Searches stopped at their time limit, answered partial").register(registry);
        Gauge.builder("vanban.index.documents", library, ServerMetrics::documents)
                .description("Documents in the index served").register(registry);
        Gauge.builder("vanban.graph.nodes", library, l -> graphSize(l, true))
                .description("Nodes of the citation graph served (NaN while it loads)").register(registry);
        Gauge.builder("vanban.graph.edges", library, l -> graphSize(l, false))
                .description("Edges of the citation graph served (NaN while it loads)").register(registry);
        FunctionCounter.builder("vanban.index.reloads", library, Library::reloads)
                .description("Newer indexes picked up while serving").register(registry);
    }

    /** Jetty's pool and connections, once the server exists (its connectors are added at start). */
    void bindJetty(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }

    /** One request answered: its route template, method and status, and how long it took. */
    void requestDone(Context ctx, float millis) {
        Timer.builder("vanban.http.requests")
                .description("HTTP requests answered, by route, method and status")
                .tags("route", route(ctx), "method", ctx.method().name(), "status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    void searchTimedOut() {
        searchTimeouts.increment();
    }

    /** The Prometheus text of every meter now. */
    public String scrape() {
        return registry.scrape();
    }

    /** The path template of the route that answered ("/api/documents/{id}"), not the path: a few values, not one per id. */
    private static String route(Context ctx) {
        try {
            Endpoint e = ctx.endpoints().lastHttpEndpoint();
            if (e != null) {
                return e.path;
            }
        } catch (RuntimeException ignored) {
            // no endpoint matched
        }
        return ctx.path().startsWith("/api/") ? "unmatched" : "static";
    }

    private static double documents(Library library) {
        try {
            return library.search().documentCount();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double graphSize(Library library, boolean nodes) {
        if (!"ready".equals(library.graphState())) {
            return Double.NaN; // loading or failed: not waited for by a scrape
        }
        try {
            return nodes ? library.graph().nodeCount() : library.graph().linkCount();
        } catch (RuntimeException e) {
            return Double.NaN; // a SolrCloud that does not answer just then
        }
    }
}
