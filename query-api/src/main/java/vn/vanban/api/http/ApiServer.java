package vn.vanban.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban.corpus.model.Json;

/**
 * The HTTP API and the web page, all declared in one place. Handlers are thin; every error
 * leaves as one JSON problem shape, never a stack trace.
 */
public final class ApiServer {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ApiServer() {}

    public static Javalin create(Library library) {
        return create(library, ServerOptions.DEFAULT);
    }

    public static Javalin create(Library library, ServerOptions options) {
        return create(library, options, null);
    }

    /**
     * {@code store}: where POST and DELETE /api/documents write, needed when {@code options} has a
     * write token; without a token writing is off.
     */
    public static Javalin create(Library library, ServerOptions options, DocumentStore store) {
        if (options.writeToken() != null && store == null) {
            throw new IllegalArgumentException("a write token without a document store");
        }
        WriteToken token = new WriteToken(options.writeToken());
        ObjectMapper mapper = Json.mapper().copy();
        ServerMetrics metrics = new ServerMetrics(library);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler(mapper));
                // Its connectors are there once it starts: bound then.
                server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarted(org.eclipse.jetty.util.component.LifeCycle event) {
                        metrics.bindJetty(server);
                    }
                });
            });
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars(); // the API page's Swagger UI comes from its webjar
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            // Answers change only with a newer index: let clients cache and revalidate.
            config.http.generateEtags = true;
            // The largest body read (POST /api/documents): the largest document the reader takes.
            config.http.maxRequestSize = WriteHandlers.MAX_BYTES;
            if (!options.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    if (options.corsOrigins().contains("*")) {
                        rule.anyHost();
                    } else {
                        rule.allowHost(options.corsOrigins().get(0),
                                options.corsOrigins().subList(1, options.corsOrigins().size()).toArray(String[]::new));
                    }
                    rule.exposeHeader("ETag");
                    rule.exposeHeader("Location"); // of a document added
                    rule.exposeHeader("Retry-After");
                }));
            }
            if (options.requestsPerMinute() > 0) {
                config.registerPlugin(new RateLimitPlugin());
                config.routes.before("/api/*", ctx -> ctx.with(RateLimitPlugin.class)
                        .requestPerTimeUnit(options.requestsPerMinute(), TimeUnit.MINUTES));
            }
            config.routes.after("/api/*", ctx -> {
                if (ctx.statusCode() == 200 && ctx.method().equals(HandlerType.GET)) {
                    // Answers change when a newer index is served (serve --reload): caches keep them
                    // briefly and then revalidate with the ETag, which a 304 answers cheaply.
                    ctx.header("Cache-Control", "public, max-age=10");
                }
            });
            config.requestLogger.http((ctx, ms) -> {
                metrics.requestDone(ctx, ms);
                LOG.info("{} {} {} {} ms", ctx.method(), ctx.fullUrl(), ctx.statusCode(), String.format("%.1f", ms));
            });

            List<Endpoint> endpoints = Endpoints.all(library, store, token, metrics);
            for (Endpoint e : endpoints) {
                switch (e.method()) {
                    case "get" -> config.routes.get(e.path(), e.handler());
                    case "post" -> config.routes.post(e.path(), e.handler());
                    case "delete" -> config.routes.delete(e.path(), e.handler());
                    default -> throw new IllegalArgumentException("method " + e.method() + " of " + e.path());
                }
            }
            Map<String, Object> openApi = OpenApi.document(endpoints);
            config.routes.get("/openapi.json", ctx -> ctx.json(openApi));
            // For operators' scrapers, at the path Prometheus looks at by default (not under /api: not rate-limited).
            config.routes.get("/metrics", ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));

            config.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(), e.detailVi()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    HttpStatus.forStatus(e.getStatus()).getMessage(), e.getStatus() == 429
                            ? "too many requests from this address; try again in a minute" : e.getMessage(),
                    e.getStatus() == 404 ? "Không có địa chỉ " + ctx.path() + "." : null));
            config.routes.exception(vn.vanban.search.BackendUnavailableException.class, (e, ctx) -> unavailable(ctx, e,
                    "Search engine unavailable", "máy tìm kiếm (" + e.where() + ")"));
            config.routes.exception(vn.vanban.search.graph.GraphUnavailableException.class, (e, ctx) -> unavailable(ctx, e,
                    "Graph unavailable", "kho đồ thị trích dẫn (" + e.where() + ")"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "Internal server error", "the server could not answer this request; it has been logged");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) { // a handler's own 404 keeps its detail
                    problem(ctx, 404, "Not found", "no such path: " + ctx.path(), "Không có địa chỉ " + ctx.path() + ".");
                }
            });
            for (int status : new int[] {405, 413, 429}) {
                config.routes.error(status, ctx -> {
                    if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                        problem(ctx, status, HttpStatus.forStatus(status).getMessage(), status == 413
                                ? "the request is larger than this server accepts" : status == 405
                                ? "this path does not take " + ctx.method() : "too many requests; try again in a minute");
                    }
                });
            }
        });
    }

    private static final String PROBLEM_WRITTEN = "vanban.problem";

    /** A store that did not answer (SolrCloud down): 503 naming it, to be tried again in a while. */
    private static void unavailable(io.javalin.http.Context ctx, Exception e, String title, String whatVi) {
        LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "10");
        problem(ctx, 503, title, e.getMessage(), "Không kết nối được với " + whatVi + "; xin thử lại sau ít phút.");
    }

    private static void problem(io.javalin.http.Context ctx, int status, String title, String detail) {
        problem(ctx, status, title, detail, null);
    }

    private static void problem(io.javalin.http.Context ctx, int status, String title, String detail, String detailVi) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        ctx.json(Problem.of(status, title, detail, detailVi));
        ctx.contentType(Problem.CONTENT_TYPE);
    }
}
