package vn.vanban.api.http;

import static vn.vanban.api.http.Endpoint.Param.choice;
import static vn.vanban.api.http.Endpoint.Param.path;
import static vn.vanban.api.http.Endpoint.Param.query;
import static vn.vanban.api.http.Endpoint.Param.required;

import java.util.List;
import vn.vanban.search.graph.CoverageQuery;

/** Every endpoint of the API, in one place: routes and OpenAPI document are made from this list. */
final class Endpoints {

    private Endpoints() {}

    private static final Endpoint.Param ID = path("id", "A document's id (e.g. 1102-cd-ttg-2021)");
    private static final List<Endpoint.Param> NODE_FILTERS = List.of(
            query("type", "string", "Document type, e.g. Công văn"),
            query("province", "string", "Province (diacritics optional)"),
            choice("level", "Level of the issuer", "central", "province", "district", "commune"),
            query("from", "date", "From this date (YYYY-MM-DD or YYYY-MM)"),
            query("to", "date", "Up to this date"));

    /** {@code store} null: no writing (then the write endpoints answer 401, as without the token). */
    static List<Endpoint> all(Library library, DocumentStore store, WriteToken token, ServerMetrics metrics) {
        return List.of(
                new Endpoint("/api/health", "Up, how many documents are indexed, and whether the citation graph is ready (graph: ready, loading, failed)", List.of(), Views.Health.class, null,
                        new HealthHandler(library)),
                new Endpoint("/api/search", "Keyword search, diacritics optional, with filters, facets and highlights",
                        List.of(query("q", "string", "Words, \"phrases\", -exclusions, OR, field:value"),
                                query("type", "string", "Document type"), query("issuer", "string", "Issuer"),
                                choice("level", "Level of the issuer", "central", "province", "district", "commune"),
                                query("province", "string", "Province"), query("from", "date", "From this date"),
                                query("to", "date", "Up to this date"), choice("sort", "Order", "relevance", "date"),
                                query("page", "integer", "Page, from 1"), query("size", "integer", "Hits a page, at most 100"),
                                query("cursor", "string", "nextCursor of the previous page, for deep paging"),
                                choice("facets", "false: no facets, and total counted exactly up to 1,000 (or the page) only (totalExact tells); faster on broad queries", "true", "false")),
                        Views.SearchPage.class, null, new SearchHandler(library, metrics)),
                new Endpoint("/api/search.csv", "The search's hits as CSV (UTF-8 with a BOM, for Excel), all of them up to "
                                + Exports.MAX_SEARCH_ROWS + ", in the search's order; the parameters of /api/search",
                        List.of(query("q", "string", "Words, \"phrases\", -exclusions, OR, field:value"),
                                query("type", "string", "Document type"), query("issuer", "string", "Issuer"),
                                choice("level", "Level of the issuer", "central", "province", "district", "commune"),
                                query("province", "string", "Province"), query("from", "date", "From this date"),
                                query("to", "date", "Up to this date"), choice("sort", "Order", "relevance", "date")),
                        null, "text/csv", Exports.search(library)),
                new Endpoint("/api/resolve", "A ký hiệu as typed, to the documents that carry it",
                        List.of(required("ref", "string", "e.g. 1102/cd-ttg"),
                                query("date", "date", "For a ký hiệu without a year: the document of that year")),
                        Views.Matches.class, null, new ResolveHandler(library)),
                new Endpoint("/api/suggest", "Ký hiệu completing what was typed",
                        List.of(query("q", "string", "The start of a ký hiệu, e.g. 1102/c"), query("size", "integer", "At most 50")),
                        Views.Suggestions.class, null, GraphHandlers.suggest(library)),
                new Endpoint("/api/documents/{id}", "A document: its reading, text, citations out and in",
                        List.of(ID), Views.Document.class, null, new DocumentHandler(library)),
                Endpoint.write("post", "/api/documents", "Add a document (needs the write token); answered once it is"
                                + " committed and served; 200 when this very text was added before",
                        List.of(query("name", "string", "A label for the log and the answer; never a file name")),
                        new Endpoint.Body("text/plain", "The document's text (UTF-8, UTF-16 with a BOM, TCVN3 or VNI),"
                                + " at most " + WriteHandlers.MAX_BYTES + " bytes"),
                        Views.Added.class, List.of(201, 200), WriteHandlers.add(store, token)),
                Endpoint.write("delete", "/api/documents/{id}", "Remove a document added through the API (needs the"
                                + " write token); answered once the removal is committed and served",
                        List.of(ID), null, null, List.of(204), WriteHandlers.remove(store, token)),
                new Endpoint("/api/documents/{id}/implementers", "Who implements it, directly and through others",
                        concat(List.of(ID, query("depth", "integer", "Depth, all by default")), NODE_FILTERS),
                        Views.Implementers.class, null, new ImplementersHandler(library)),
                new Endpoint("/api/documents/{id}/upstream", "What it implements or is based on, transitively",
                        List.of(ID, query("depth", "integer", "Depth, all by default")), Views.UpstreamPage.class, null,
                        GraphHandlers.upstream(library)),
                new Endpoint("/api/documents/{id}/cascade", "The tree of implementers below it, with lags per level",
                        List.of(ID), Views.CascadeView.class, null, GraphHandlers.cascade(library)),
                new Endpoint("/api/documents/{id}/coverage", "Which provinces have implemented it (63 or 34 on its date)",
                        List.of(ID), CoverageQuery.Coverage.class, null, GraphHandlers.coverage(library)),
                new Endpoint("/api/documents/{id}/coverage.csv", "The coverage as CSV (UTF-8 with a BOM): a row a province,"
                                + " its first implementing document, issuer, date, level and lag",
                        List.of(ID), null, "text/csv", Exports.coverage(library)),
                new Endpoint("/api/documents/{id}/cascade.csv", "The cascade as CSV (UTF-8 with a BOM): a row a document below it",
                        List.of(ID), null, "text/csv", Exports.cascade(library)),
                new Endpoint("/api/documents/{id}/implementers.atom", "An Atom feed of its implementers, newest first",
                        List.of(ID), null, "application/atom+xml", Exports.implementersFeed(library)),
                new Endpoint("/api/documents/{id}/siblings", "Documents implementing the same documents",
                        List.of(ID), Views.SiblingsPage.class, null, GraphHandlers.siblings(library)),
                new Endpoint("/api/rankings", "Most implemented, most cited, or most central documents",
                        concat(List.of(choice("by", "Ranking", "implementers", "citations", "pagerank"),
                                query("size", "integer", "At most 100")), NODE_FILTERS),
                        Views.RankingsPage.class, null, GraphHandlers.rankings(library)),
                new Endpoint("/api/graph", "The citation graph, or a document's neighbourhood",
                        List.of(choice("format", "Format", "graphml", "dot", "json"), query("root", "string", "A document's id"),
                                query("depth", "integer", "References from the root, 2 by default")),
                        null, "application/graphml+xml", GraphHandlers.export(library)),
                new Endpoint("/api/graph/matrix.csv", "Province × implemented document, first implementing date",
                        List.of(required("root", "string", "An order's id")), null, "text/csv", GraphHandlers.matrix(library)));
    }

    private static List<Endpoint.Param> concat(List<Endpoint.Param> a, List<Endpoint.Param> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
