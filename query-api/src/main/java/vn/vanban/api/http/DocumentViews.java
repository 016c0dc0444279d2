package vn.vanban.api.http;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.StoredDocument;

/** A document with its references out and in, for GET /api/documents/{id}. */
final class DocumentViews {

    private final CitationLinks graph;
    private final DocumentIds ids;

    DocumentViews(CitationLinks graph, Vocabulary vocabulary) {
        this.graph = graph;
        this.ids = new DocumentIds(vocabulary);
    }

    /** An indexed document. */
    Views.Document of(StoredDocument stored) {
        OfficialDocument d = stored.reading();
        List<Views.CitationOut> out = new ArrayList<>();
        // The graph resolved each citation (its edge starts where the citation does).
        java.util.Map<Integer, Link> edges = new java.util.HashMap<>();
        for (Link l : graph.outgoing(stored.id())) {
            if (!l.stated()) {
                edges.putIfAbsent(l.edge().start(), l);
            }
        }
        List<String> targets = new ArrayList<>();
        for (Citation c : d.citations()) {
            Link l = edges.get(c.start());
            targets.add(l != null ? l.target() : ids.forCitation(c, d));
        }
        java.util.Map<String, DocNode> known = graph.nodes(targets.stream().filter(java.util.Objects::nonNull).toList());
        for (int i = 0; i < d.citations().size(); i++) {
            Citation c = d.citations().get(i);
            Link l = edges.get(c.start());
            CitationEdge e = l == null ? null : l.edge();
            String target = targets.get(i);
            boolean inCorpus = target != null && known.containsKey(target) && known.get(target).inCorpus();
            out.add(new Views.CitationOut(c.numberSymbol(), c.name(), c.type(), c.date(), c.issuer(), c.relation(),
                    c.pinpoint(), target, inCorpus, e == null ? null : e.status(), c.sentence(), c.start(), c.end(),
                    c.mentions(), e == null ? null : e.confidence(), e == null ? List.of() : e.candidates()));
        }
        return new Views.Document(stored.id(), true, d.file(), d.type(), d.number(), d.symbol(), d.numberSymbol(),
                d.issuer(), d.parentIssuer(), d.level(), d.province(), d.place(), d.date(), d.subject(),
                d.recipients(), d.signer(), d.noiNhan(), stored.text(), out, d.stated(), citedBy(stored.id()),
                counts(stored.id()));
    }

    /** A document known only from references to it. */
    Views.Document of(DocNode n) {
        return new Views.Document(n.id(), false, null, n.type(), null, null, n.numberSymbol(), n.issuer(), null,
                n.level(), n.province(), null, n.date(), null, List.of(), null, List.of(), null, List.of(), List.of(),
                citedBy(n.id()), counts(n.id()));
    }

    /** Relations out and in, counted by distinct document, in the relations' order. */
    private Views.RelationCounts counts(String id) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> in = new java.util.TreeMap<>();
        for (Link l : graph.outgoing(id)) {
            out.computeIfAbsent(l.relation().json(), k -> new java.util.HashSet<>()).add(l.target());
        }
        for (Link l : graph.incoming(id)) {
            in.computeIfAbsent(l.relation().json(), k -> new java.util.HashSet<>()).add(l.source());
        }
        return new Views.RelationCounts(sizes(out), sizes(in));
    }

    private static java.util.Map<String, Integer> sizes(java.util.Map<String, java.util.Set<String>> m) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (vn.vanban.corpus.model.Relation r : java.util.Arrays.stream(vn.vanban.corpus.model.Relation.values())
                .sorted(java.util.Comparator.comparingInt(vn.vanban.corpus.model.Relation::strength)).toList()) {
            if (m.containsKey(r.json())) {
                out.put(r.json(), m.get(r.json()).size());
            }
        }
        return out;
    }

    private List<Views.CitedBy> citedBy(String id) {
        List<Views.CitedBy> in = new ArrayList<>();
        List<Link> links = graph.incoming(id);
        java.util.Map<String, DocNode> sources = graph.nodes(links.stream().map(Link::source).toList());
        for (Link l : links) {
            CitationEdge e = l.edge();
            DocNode s = sources.get(l.source());
            in.add(new Views.CitedBy(s.id(), s.numberSymbol(), s.type(), s.issuer(), s.date(), e.relation(),
                    s.inCorpus(), e.stated(), e.stated() ? e.citing() : null));
        }
        in.sort(java.util.Comparator.comparing(Views.CitedBy::date,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Views.CitedBy::id));
        return in;
    }
}
