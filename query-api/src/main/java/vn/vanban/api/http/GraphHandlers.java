package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import vn.vanban.search.graph.CascadeQuery;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.DocNode;
import vn.vanban.indexer.graph.GraphExport;
import vn.vanban.search.graph.ProvinceMatrix;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.search.graph.SiblingsQuery;
import vn.vanban.search.graph.UpstreamQuery;

/** The graph's questions, one thin handler each; the queries live in search-api's graph package, over the library's CitationLinks. */
final class GraphHandlers {

    private GraphHandlers() {}

    static DocNode node(Library library, Context ctx) {
        String id = ctx.pathParam("id");
        return library.graph().node(id).orElseThrow(() -> ApiException.noDocument(id));
    }

    static Views.Node view(DocNode n) {
        return new Views.Node(n.id(), n.numberSymbol(), n.name(), n.type(), n.issuer(), n.province(),
                n.level() == null ? null : n.level().json(), n.date(), n.inCorpus());
    }

    /** GET /api/documents/{id}/upstream?depth=: what it implements or is based on, transitively. */
    static Handler upstream(Library library) {
        return ctx -> {
            UpstreamQuery q = library.derived(UpstreamQuery.class, UpstreamQuery::new);
            DocNode root = node(library, ctx);
            int depth = Params.integer(ctx, "depth", 0, 0, 50);
            ctx.json(new Views.UpstreamPage(root.id(), q.upstream(root.id(), depth).stream()
                    .map(u -> new Views.UpstreamView(view(u.document()), u.relation(), u.depth(), u.via())).toList()));
        };
    }

    /** GET /api/documents/{id}/cascade: the tree below it with lags, and per level the count and lags. */
    static Handler cascade(Library library) {
        return ctx -> {
            CascadeQuery q = library.derived(CascadeQuery.class, CascadeQuery::new);
            CascadeQuery.Cascade c = q.cascade(node(library, ctx).id());
            ctx.json(new Views.CascadeView(view(c.root()), c.branches().stream()
                    .map(b -> new Views.BranchView(view(b.document()), b.parent(), b.depth(), b.lagDays(), b.lagFromRootDays()))
                    .toList(), c.levels()));
        };
    }

    /** GET /api/documents/{id}/coverage: which provinces have implemented it, and which not. */
    static Handler coverage(Library library) {
        return ctx -> ctx.json(coverageOf(library, node(library, ctx)));
    }

    /** The coverage of an order, against the deadlines its reading sets (none when it is only cited). */
    static CoverageQuery.Coverage coverageOf(Library library, DocNode root) throws java.io.IOException {
        List<vn.vanban.corpus.model.Deadline> deadlines = root.inCorpus()
                ? library.search().document(root.id()).map(d -> d.reading().deadlines()).orElse(List.of()) : List.of();
        return library.derived(CoverageQuery.class, g -> new CoverageQuery(g, library.vocabulary())).coverage(root.id(), deadlines);
    }

    /** GET /api/documents/{id}/siblings: documents implementing the same documents. */
    static Handler siblings(Library library) {
        return ctx -> ctx.json(new Views.SiblingsPage(library.derived(SiblingsQuery.class, SiblingsQuery::new).siblings(node(library, ctx).id()).stream()
                .map(s -> new Views.SiblingView(view(s.document()), s.shared())).toList()));
    }

    /** GET /api/rankings?by=implementers|citations|pagerank&type=&level=&from=&to=&size= */
    static Handler rankings(Library library) {
        return ctx -> {
            vn.vanban.search.graph.Ranking.By order = Params.choice(ctx, "by", vn.vanban.search.graph.Ranking.By.class, vn.vanban.search.graph.Ranking.By.CITATIONS);
            int size = Params.integer(ctx, "size", 20, 1, Params.MAX_SIZE);
            ctx.json(new Views.RankingsPage(order.name().toLowerCase(Locale.ROOT), library.graph().top(order, Params.nodeFilter(ctx), size)
                    .stream().map(x -> {
                        DocNode n = x.document();
                        return new Views.RankedView(n.id(), n.numberSymbol(), n.name(), n.type(), n.issuer(), n.date(),
                                order == vn.vanban.search.graph.Ranking.By.PAGERANK ? x.count() : (Object) (long) x.count());
                    }).toList()));
        };
    }

    /** GET /api/suggest?q=&size=: ký hiệu completing what was typed ("1102/c"). */
    static Handler suggest(Library library) {
        return ctx -> {
            vn.vanban.search.graph.Suggestions suggestions = library.derived(vn.vanban.search.graph.Suggestions.class,
                    vn.vanban.search.graph.Suggestions::new);
            String q = Params.text(ctx, "q", 100);
            int size = Params.integer(ctx, "size", 10, 1, 50);
            ctx.json(new Views.Suggestions(suggestions.complete(q, size).stream().map(GraphHandlers::view).toList()));
        };
    }

    /** GET /api/graph?format=graphml|dot|json&root=&depth=: the graph, or a document's neighbourhood. */
    static Handler export(Library library) {
        return ctx -> {
            GraphExport.Format format = Params.choice(ctx, "format", GraphExport.Format.class, GraphExport.Format.JSON);
            String root = Params.text(ctx, "root", 300);
            int depth = Params.integer(ctx, "depth", 2, 0, 10);
            boolean rooted = root != null && !root.isBlank();
            if (rooted && library.graph().node(root).isEmpty()) {
                throw ApiException.noDocument(root);
            }
            // The embedded graph is exported as it is; one looked up in a SolrCloud is gathered first.
            CitationGraph graph = library.graph() instanceof CitationGraph g ? g
                    : rooted ? CitationGraph.neighbourhood(library.graph(), root, depth) : CitationGraph.copyOf(library.graph());
            GraphExport export = new GraphExport(graph);
            StringWriter out = new StringWriter();
            export.write(export.select(rooted ? root : null, depth), format, out);
            ctx.contentType(switch (format) {
                case GRAPHML -> "application/graphml+xml; charset=utf-8";
                case DOT -> "text/vnd.graphviz; charset=utf-8";
                case JSON -> "application/json; charset=utf-8";
            });
            ctx.result(out.toString());
        };
    }

    /** GET /api/graph/matrix.csv?root=: province × implemented document, first implementing date. */
    static Handler matrix(Library library) {
        return ctx -> {
            ProvinceMatrix m = library.derived(ProvinceMatrix.class, g -> new ProvinceMatrix(g, library.vocabulary()));
            String root = Params.required(ctx, "root", 300);
            if (library.graph().node(root).isEmpty()) {
                throw ApiException.noDocument(root);
            }
            ProvinceMatrix.Matrix x = m.matrix(root);
            StringBuilder csv = new StringBuilder("province");
            for (DocNode c : x.columns()) {
                csv.append(',').append(Csv.cell(c.numberSymbol() != null ? c.numberSymbol() : c.id()));
            }
            csv.append('\n');
            for (int r = 0; r < x.provinces().size(); r++) {
                csv.append(Csv.cell(x.provinces().get(r)));
                for (var d : x.cells().get(r)) {
                    csv.append(',').append(d == null ? "" : d.toString());
                }
                csv.append('\n');
            }
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(csv.toString());
        };
    }

    /** RFC 4180 quoting. */
    private static final class Csv {
        static String cell(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }

}
