package vn.vanban.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.search.FacetCount;
import vn.vanban.search.Filters;
import vn.vanban.search.QuerySyntax;
import vn.vanban.search.SearchBackend;
import vn.vanban.search.SearchHit;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.SortOrder;
import vn.vanban.search.StoredDocument;

/**
 * {@link SearchBackend} over a SolrCloud collection: the query of {@link SolrQueries}, filters as
 * filter queries on the folded keys, facets on the keyword fields, the unified highlighter on the
 * text as written, search-after by Solr's cursor mark; a search past its time limit answers what
 * it found, marked partial, as embedded.
 */
public final class SolrSearchBackend implements SearchBackend {

    private static final int FACET_VALUES = 20;
    private static final List<String> FACETS = List.of("type", "province", "issuer", "year", "level");

    private final SolrConnection solr;
    private final long timeoutMillis;

    public SolrSearchBackend(SolrConnection solr, long timeoutMillis) {
        this.solr = solr;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public SearchResults search(SearchRequest request) throws IOException {
        QuerySyntax.Parsed parsed = QuerySyntax.parse(request.query());
        Filters f = request.filters().or(parsed.filters());
        Map<String, SolrQueries.Expansion> expansions = expansions(SolrQueries.prefixes(parsed.text()));
        SolrQuery q = new SolrQuery(SolrQueries.of(parsed.text(), expansions));
        q.set("defType", "lucene");
        q.set("q.op", "OR");
        filter(q, SolrFields.TYPE, f.type());
        filter(q, SolrFields.ISSUER, f.issuer());
        filter(q, SolrFields.LEVEL, f.level());
        filter(q, SolrFields.PROVINCE, f.province());
        if (f.from() != null || f.to() != null) {
            String lo = f.from() == null ? "*" : Integer.toString(Filters.day(f.from()));
            String hi = f.to() == null ? "*" : Integer.toString(Filters.lastDay(f.to()));
            q.addFilterQuery(SolrFields.DATE + ":[" + lo + " TO " + hi + "]");
        }
        // Ties broken by date, then id, as embedded; the id makes a cursor mark possible.
        if (request.sort() == SortOrder.DATE) {
            q.addSort(SolrFields.DATE, SolrQuery.ORDER.desc).addSort("score", SolrQuery.ORDER.desc);
        } else {
            q.addSort("score", SolrQuery.ORDER.desc).addSort(SolrFields.DATE, SolrQuery.ORDER.desc);
        }
        q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
        q.setRows(request.size());
        boolean byCursor = request.cursor() != null || request.page() == 1;
        if (byCursor) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, request.cursor() == null ? CursorMarkParams.CURSOR_MARK_START : request.cursor());
        } else {
            q.setStart((request.page() - 1) * request.size());
        }
        q.setFields(SolrFields.ID, SolrFields.READING_JSON, "score");
        q.set("timeAllowed", Long.toString(timeoutMillis));
        if (request.facets()) {
            q.setFacet(true).setFacetMinCount(1).setFacetLimit(FACET_VALUES);
            FACETS.forEach(q::addFacetField);
        }
        q.setHighlight(true).setHighlightSnippets(3).setHighlightFragsize(200)
                .setHighlightSimplePre("<mark>").setHighlightSimplePost("</mark>");
        q.set("hl.method", "unified").set("hl.fl", SolrFields.TEXT_FORMS).set("hl.encoder", "html")
                .set("hl.q", SolrQueries.highlight(parsed.text(), expansions)).set("hl.qparser", "lucene");
        QueryResponse r = query(q);
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Map<String, List<String>>> hl = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
        for (SolrDocument d : r.getResults()) {
            String id = (String) d.getFieldValue(SolrFields.ID);
            List<String> passages = hl.getOrDefault(id, Map.of()).getOrDefault(SolrFields.TEXT_FORMS, List.of());
            hits.add(new SearchHit(id, reading(d), ((Number) d.getFieldValue("score")).floatValue(),
                    passages.stream().map(p -> p.replace('\n', ' ').strip()).filter(p -> !p.isEmpty()).toList()));
        }
        long total = r.getResults().getNumFound();
        String next = byCursor && hits.size() == request.size() && !r.getNextCursorMark().equals(
                request.cursor() == null ? CursorMarkParams.CURSOR_MARK_START : request.cursor()) ? r.getNextCursorMark() : null;
        boolean partial = Boolean.TRUE.equals(r.getHeader().get("partialResults"));
        Boolean exact = r.getResults().getNumFoundExact();
        return new SearchResults(total, hits, request.facets() ? facets(r) : Map.of(), next, partial, exact == null || exact);
    }

    /**
     * Each prefix word's terms, the commonest {@link vn.vanban.search.QueryParts#PREFIX_EXPANSIONS} of each field
     * (TermsComponent, merged over the shards: one request a prefix). The query then reads the
     * postings of 50 terms a field at most, as embedded's; the walk is not capped as embedded's is
     * (sorted by count, every shard sends every term of the prefix so that the merge is exact).
     */
    Map<String, SolrQueries.Expansion> expansions(java.util.Set<String> prefixes) throws IOException {
        Map<String, SolrQueries.Expansion> out = new LinkedHashMap<>();
        for (String p : prefixes) {
            SolrQuery t = new SolrQuery();
            t.setRequestHandler("/terms");
            t.setTerms(true).setTermsPrefix(p).setTermsLimit(vn.vanban.search.QueryParts.PREFIX_EXPANSIONS).setTermsSortString("count");
            t.addTermsField(SolrFields.TEXT_FORMS).addTermsField(SolrFields.SUBJECT_FORMS).addTermsField(SolrFields.TEXT);
            t.set("shards.qt", "/terms");
            org.apache.solr.client.solrj.response.TermsResponse r;
            try {
                r = solr.client().query(t).getTermsResponse();
            } catch (SolrServerException | org.apache.solr.common.SolrException e) {
                // A collection made by an older vanban has no /terms handler until `vanban solr init` uploads ours.
                throw new vn.vanban.search.BackendUnavailableException("SolrCloud " + String.join(",", solr.target().urls())
                        + " (/terms, for the prefix " + p + "*; a configset older than this vanban has none: vanban solr init updates it)", e);
            }
            out.put(p, new SolrQueries.Expansion(terms(r, SolrFields.TEXT_FORMS), terms(r, SolrFields.SUBJECT_FORMS), terms(r, SolrFields.TEXT)));
        }
        return out;
    }

    private static List<String> terms(org.apache.solr.client.solrj.response.TermsResponse r, String field) {
        List<org.apache.solr.client.solrj.response.TermsResponse.Term> ts = r == null ? null : r.getTerms(field);
        return ts == null ? List.of() : ts.stream().map(org.apache.solr.client.solrj.response.TermsResponse.Term::getTerm).toList();
    }

    private static void filter(SolrQuery q, String field, String value) {
        if (value != null && !value.isBlank()) {
            q.addFilterQuery(SolrFields.key(field) + ":" + SolrQueries.quoted(Filters.key(value)));
        }
    }

    private static Map<String, List<FacetCount>> facets(QueryResponse r) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : FACETS) {
            FacetField ff = r.getFacetField(dim);
            List<FacetCount> values = new ArrayList<>();
            if (ff != null && ff.getValues() != null) {
                ff.getValues().forEach(c -> values.add(new FacetCount(c.getName(), c.getCount())));
            }
            out.put(dim, values);
        }
        return out;
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        SolrQuery q = new SolrQuery(SolrFields.ID + ":" + SolrQueries.quoted(id));
        q.setFields(SolrFields.ID, SolrFields.SOURCE, SolrFields.TEXT_ORIGINAL, SolrFields.READING_JSON);
        q.setRows(1);
        QueryResponse r = query(q);
        if (r.getResults().isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = r.getResults().get(0);
        return Optional.of(new StoredDocument(id, (String) d.getFieldValue(SolrFields.SOURCE),
                (String) d.getFieldValue(SolrFields.TEXT_ORIGINAL), reading(d)));
    }

    @Override
    public long documentCount() throws IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    private QueryResponse query(SolrQuery q) throws IOException {
        try {
            return solr.client().query(q);
        } catch (SolrServerException | org.apache.solr.common.SolrException e) {
            // Not reached, or no live replica of a shard: the cluster is what to look at (a query
            // it refused would be ours to fix, but every term sent is escaped).
            throw new vn.vanban.search.BackendUnavailableException("SolrCloud " + String.join(",", solr.target().urls()), e);
        }
    }

    private static OfficialDocument reading(SolrDocument d) {
        return Json.read((String) d.getFieldValue(SolrFields.READING_JSON), OfficialDocument.class);
    }

    @Override
    public void close() throws IOException {
        solr.close();
    }
}
