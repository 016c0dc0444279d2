package vn.vanban.api.http;

import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.model.Signer;
import vn.vanban.corpus.model.StatedRelation;

/** The JSON shapes of the API's answers. Field names are a contract with front ends. */
final class Views {

    private Views() {}

    /** {@code graph}: ready, loading (graph requests wait for it), or failed (they are answered 503). */
    record Health(String status, long documents, String graph) {}

    record Hit(String id, String numberSymbol, String type, String issuer, String province, DocDate date,
            String subject, float score, List<String> highlights) {}

    record SearchPage(long total, int page, int size, List<Hit> hits,
            java.util.Map<String, List<vn.vanban.search.FacetCount>> facets, String nextCursor, boolean partial,
            boolean totalExact) {}

    record CitationOut(String numberSymbol, String name, String type, DocDate date, String issuer, Relation relation,
            String pinpoint, String target, boolean targetInCorpus, String status, String sentence, int start, int end,
            int mentions, Double confidence, List<vn.vanban.search.graph.CitationEdge.Candidate> candidates) {}

    /** The portals' "lược đồ": how many documents this one relates to by each relation, and how many relate to it. */
    record RelationCounts(java.util.Map<String, Integer> out, java.util.Map<String, Integer> in) {}

    record CitedBy(String id, String numberSymbol, String type, String issuer, DocDate date, Relation relation,
            boolean inCorpus, boolean stated, String statedBy) {}

    record Document(String id, boolean inCorpus, String file, String type, String number, String symbol,
            String numberSymbol, String issuer, String parentIssuer, Level level, String province, String place,
            DocDate date, String subject, List<String> recipients, Signer signer, List<String> noiNhan, String text,
            List<CitationOut> citations, List<StatedRelation> stated, List<CitedBy> citedBy, RelationCounts relations) {}

    record Match(String id, String numberSymbol, String type, DocDate date, String issuer, boolean inCorpus) {}

    record Matches(String ref, List<Match> matches) {}

    record ImplementerView(String id, String numberSymbol, String type, String issuer, String province,
            DocDate date, Long lagDays, int depth, String via, boolean inCorpus) {}

    record Implementers(String id, String numberSymbol, DocDate date, List<ImplementerView> implementers) {}

    record Node(String id, String numberSymbol, String name, String type, String issuer, String province, String level,
            DocDate date, boolean inCorpus) {}

    record UpstreamView(Node document, Relation relation, int depth, String via) {}

    record UpstreamPage(String id, List<UpstreamView> upstream) {}

    record BranchView(Node document, String parent, int depth, Long lagDays, Long lagFromRootDays) {}

    record CascadeView(Node root, List<BranchView> branches, List<vn.vanban.search.graph.CascadeQuery.LevelStats> levels) {}

    record SiblingView(Node document, List<String> shared) {}

    record SiblingsPage(List<SiblingView> siblings) {}

    record RankedView(String id, String numberSymbol, String name, String type, String issuer, DocDate date, Object count) {}

    record RankingsPage(String by, List<RankedView> items) {}

    record Suggestions(List<Node> suggestions) {}

    /**
     * A document added through the API: its reading's main fields, the file it is stored in (a name
     * the server chose), the label sent as {@code name}, and where to read it.
     */
    record Added(String id, String numberSymbol, String type, String issuer, DocDate date, String subject, String file,
            String name, String location) {}
}
