package vn.vanban.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.search.SearchRequest;
import vn.vanban.search.SearchResults;
import vn.vanban.search.graph.CascadeQuery;
import vn.vanban.search.graph.CoverageQuery;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Implementer;
import vn.vanban.search.graph.ImplementersQuery;

/**
 * What staff take away: the coverage, the cascade and search results as CSV (UTF-8 with a BOM,
 * so that Excel opens Vietnamese right; headers and dates the Vietnamese way), and the new
 * implementers of a document as an Atom feed, newest first, for any feed reader.
 */
final class Exports {

    /** Rows a search export holds at most. */
    static final int MAX_SEARCH_ROWS = 10_000;
    private static final int SEARCH_PAGE = 100;
    private static final CsvMapper CSV = new CsvMapper();
    private static final String BOM = "\uFEFF";

    private Exports() {}

    /** GET /api/documents/{id}/coverage.csv: a row a province of the order's date. */
    static Handler coverage(Library library) {
        return ctx -> {
            DocNode root = GraphHandlers.node(library, ctx);
            CoverageQuery.Coverage c = GraphHandlers.coverageOf(library, root);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Tỉnh, thành phố", "Trạng thái", "Văn bản triển khai đầu tiên", "Cơ quan ban hành", "Ngày ban hành",
                    "Cấp", "Số ngày sau văn bản gốc", "Số văn bản triển khai", "Mã văn bản", "Văn bản gốc", "Ngày văn bản gốc",
                    "Hạn", "So với hạn"));
            String due = c.deadline() == null ? "" : date(c.deadline().date()) + " (" + c.deadline().due() + ")";
            for (CoverageQuery.ProvinceCoverage p : c.provinces()) {
                DocNode f = p.first();
                rows.add(List.of(p.name(), p.responded() ? "Đã triển khai" : "Chưa triển khai",
                        f == null ? "" : label(f), f == null ? "" : text(f.issuer()), f == null ? "" : date(f.date()),
                        f == null || f.level() == null ? "" : level(f.level().json()),
                        p.firstLagDays() == null ? "" : p.firstLagDays().toString(), Integer.toString(p.documents().size()),
                        f == null ? "" : f.id(), label(root), date(root.date()), due, timeliness(p.deadlineStatus())));
            }
            csv(ctx, rows, root.id() + "-coverage.csv");
        };
    }

    /** GET /api/documents/{id}/cascade.csv: a row a document below the order, in the cascade's order. */
    static Handler cascade(Library library) {
        return ctx -> {
            DocNode root = GraphHandlers.node(library, ctx);
            CascadeQuery.Cascade c = library.derived(CascadeQuery.class, CascadeQuery::new).cascade(root.id());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Cấp", "Số, ký hiệu", "Loại văn bản", "Trích yếu", "Cơ quan ban hành", "Tỉnh, thành phố", "Ngày ban hành",
                    "Triển khai văn bản", "Tầng", "Số ngày sau văn bản trên", "Số ngày sau văn bản gốc", "Mã văn bản"));
            java.util.Map<String, DocNode> byId = new java.util.HashMap<>();
            byId.put(root.id(), root);
            c.branches().forEach(b -> byId.put(b.document().id(), b.document()));
            for (CascadeQuery.Branch b : c.branches()) {
                DocNode d = b.document();
                DocNode parent = byId.get(b.parent());
                rows.add(List.of(d.level() == null ? "" : level(d.level().json()), text(d.numberSymbol()), text(d.type()), text(d.name()),
                        text(d.issuer()), text(d.province()), date(d.date()), parent == null ? text(b.parent()) : label(parent),
                        Integer.toString(b.depth()), b.lagDays() == null ? "" : b.lagDays().toString(),
                        b.lagFromRootDays() == null ? "" : b.lagFromRootDays().toString(), d.id()));
            }
            csv(ctx, rows, root.id() + "-cascade.csv");
        };
    }

    /**
     * GET /api/search.csv with the parameters of /api/search: every hit in the search's order, up
     * to {@link #MAX_SEARCH_ROWS} rows (the page and size asked are not used: the export is the
     * whole result).
     */
    static Handler search(Library library) {
        return ctx -> {
            SearchRequest first = SearchHandler.request(ctx, 1, SEARCH_PAGE, null, false);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Số, ký hiệu", "Loại văn bản", "Trích yếu", "Cơ quan ban hành", "Tỉnh, thành phố", "Ngày ban hành", "Mã văn bản"));
            String cursor = null;
            SearchRequest request = first;
            while (rows.size() <= MAX_SEARCH_ROWS) {
                SearchResults r = SearchHandler.search(library, request);
                for (var h : r.hits()) {
                    if (rows.size() > MAX_SEARCH_ROWS) {
                        break;
                    }
                    OfficialDocument d = h.reading();
                    rows.add(List.of(text(d.numberSymbol()), text(d.type()), text(d.subject()), text(d.issuer()), text(d.province()),
                            date(d.date()), h.id()));
                }
                cursor = r.nextCursor();
                if (cursor == null || r.hits().isEmpty()) {
                    break;
                }
                request = new SearchRequest(first.query(), first.filters(), first.sort(), 1, SEARCH_PAGE, cursor, false);
            }
            csv(ctx, rows, "vanban-search.csv");
        };
    }

    /**
     * GET /api/documents/{id}/implementers.atom: its implementers at any depth, newest first (by
     * date; undated last), an entry each linking to its page.
     */
    static Handler implementersFeed(Library library) {
        return ctx -> {
            DocNode root = GraphHandlers.node(library, ctx);
            List<Implementer> implementers = new ArrayList<>(library.derived(ImplementersQuery.class, ImplementersQuery::new)
                    .implementers(root.id(), 0));
            implementers.sort(Comparator.comparing((Implementer i) -> i.document().date(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(i -> i.document().id()));
            String base = ctx.scheme() + "://" + ctx.host();
            SyndFeed feed = new SyndFeedImpl();
            feed.setFeedType("atom_1.0");
            feed.setTitle("Văn bản triển khai " + label(root));
            feed.setUri("urn:vanban:implementers:" + root.id());
            feed.setLink(page(base, root.id()));
            SyndLink self = new SyndLinkImpl();
            self.setRel("self");
            self.setHref(base + ctx.path());
            feed.setLinks(List.of(self));
            feed.setDescription("Các văn bản triển khai " + label(root) + (root.name() == null ? "" : " (" + root.name() + ")")
                    + ", mới nhất trước.");
            feed.setLanguage("vi");
            List<SyndEntry> entries = new ArrayList<>();
            Date newest = null;
            for (Implementer i : implementers) {
                DocNode d = i.document();
                SyndEntry e = new SyndEntryImpl();
                e.setUri("urn:vanban:document:" + d.id());
                e.setTitle(label(d) + (d.name() == null ? "" : " — " + d.name()));
                e.setLink(page(base, d.id()));
                Date when = d.date() == null ? null : Date.from(d.date().earliest().atStartOfDay(ZoneOffset.UTC).toInstant());
                e.setPublishedDate(when);
                e.setUpdatedDate(when);
                if (when != null && (newest == null || when.after(newest))) {
                    newest = when;
                }
                SyndContent summary = new SyndContentImpl();
                summary.setType("text/plain");
                summary.setValue(String.join(", ", java.util.stream.Stream.of(text(d.issuer()), text(d.province()), date(d.date()),
                                i.depth() == 1 ? "triển khai trực tiếp" : "qua " + text(i.via()),
                                i.lagDays() == null ? "" : i.lagDays() + " ngày sau văn bản gốc")
                        .filter(s -> !s.isEmpty()).toList()));
                e.setDescription(summary);
                entries.add(e);
            }
            feed.setEntries(entries);
            // Atom needs an updated date: the newest entry's, else the order's own.
            feed.setPublishedDate(newest != null ? newest
                    : root.date() == null ? new Date(0) : Date.from(root.date().earliest().atStartOfDay(ZoneOffset.UTC).toInstant()));
            String xml;
            try {
                xml = new SyndFeedOutput().outputString(feed);
            } catch (FeedException e) {
                throw new IllegalStateException("the feed of " + root.id() + " could not be written", e); // a bug: mapped to 500
            }
            ctx.contentType("application/atom+xml; charset=utf-8");
            ctx.result(xml);
        };
    }

    private static void csv(Context ctx, List<List<String>> rows, String filename) throws JsonProcessingException {
        String body = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(rows);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        ctx.result(BOM + body);
    }

    private static String page(String base, String id) {
        return base + "/?doc=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** A document as staff name it: its số, ký hiệu, else its name, else its id. */
    private static String label(DocNode d) {
        return d.numberSymbol() != null ? d.numberSymbol() : d.name() != null ? d.name() : d.id();
    }

    /** A date the Vietnamese way: 23/8/2021, or 8/2021 for a month. */
    static String date(DocDate d) {
        return d == null ? "" : (d.isComplete() ? d.day() + "/" : "") + d.month() + "/" + d.year();
    }

    private static String timeliness(CoverageQuery.Timeliness t) {
        return t == null ? "" : switch (t) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Trễ hạn";
            case NOT_YET -> "Chưa có";
        };
    }

    private static String level(String json) {
        return switch (json) {
            case "central" -> "Trung ương";
            case "province" -> "Tỉnh";
            case "district" -> "Huyện";
            case "commune" -> "Xã";
            default -> json;
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
