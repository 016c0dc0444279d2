package vn.vanban.indexer.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.model.StatedRelation;
import vn.vanban.corpus.ref.DocumentIds;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Builds the citation graph from the readings of the indexed documents: a node for each, a node
 * for each document they cite (known from the citations only until it is indexed itself; ids
 * match, so it then becomes the real one), an edge for each citation and each stated relation.
 * It builds from nothing, or updates the graph of the previous index commit: what the changed and
 * removed documents said is taken out, what the new ones say is added, and the references to a
 * document that has just been indexed become resolved.
 */
public final class GraphBuilder {

    private final DocumentIds ids;
    private final Vocabulary vocabulary;
    private final CitationGraph graph;
    private final Map<String, OfficialDocument> documents = new java.util.TreeMap<>(); // sorted: the same graph every run

    public GraphBuilder(Vocabulary vocabulary, long generation) {
        this(vocabulary, new CitationGraph(generation));
    }

    private GraphBuilder(Vocabulary vocabulary, CitationGraph graph) {
        this.ids = new DocumentIds(vocabulary);
        this.vocabulary = vocabulary;
        this.graph = graph;
    }

    /**
     * A builder that updates {@code previous} (which it takes over) for a new index commit:
     * {@code replaced} are the ids of the documents removed or read again in this run.
     */
    public static GraphBuilder updating(CitationGraph previous, long generation, Set<String> replaced, Vocabulary vocabulary) {
        previous.retag(generation);
        previous.removeDocuments(replaced);
        return new GraphBuilder(vocabulary, previous);
    }

    /** Adds an indexed document under its id. */
    public GraphBuilder add(String id, OfficialDocument d) {
        documents.put(id, d);
        NumberSymbol ns = NumberSymbol.parse(d.numberSymbol());
        graph.putNode(new DocNode(id, ns == null ? null : ns.key(), d.numberSymbol(), null, d.type(), d.date(),
                d.issuer(), d.province(), d.level(), true));
        return this;
    }

    public CitationGraph build() {
        Map<String, String> lawsByName = lawsByName();
        for (Map.Entry<String, OfficialDocument> e : documents.entrySet()) {
            String from = e.getKey();
            OfficialDocument d = e.getValue();
            Map<String, String> targetByWritten = new HashMap<>();
            for (Citation c : d.citations()) {
                String status = null;
                String to;
                NumberSymbol cited = NumberSymbol.parse(c.numberSymbol());
                if (cited == null) {
                    to = c.name() == null ? null : lawsByName.getOrDefault(nameKey(c), ids.forCitation(c, d));
                    status = "named";
                } else if (cited.year() == null && c.date() == null) {
                    // A ký hiệu repeats every year: the nearest indexed one before the citing document, or a guess.
                    to = nearestIndexed(cited, d);
                    if (to == null) {
                        to = ids.forCitation(c, d);
                        status = "yearInferred";
                    }
                } else {
                    to = ids.forCitation(c, d);
                }
                if (to == null) {
                    continue;
                }
                boolean indexed = documents.containsKey(to) || graph.node(to).map(DocNode::inCorpus).orElse(false);
                status = indexed ? "resolved" : status != null ? status : "cited";
                targetByWritten.put(c.numberSymbol() != null ? c.numberSymbol() : c.name(), to);
                NumberSymbol ns = NumberSymbol.parse(c.numberSymbol());
                String province = ns != null && ids.isLocal(ns) ? d.province() : null;
                graph.putNode(new DocNode(to, ns == null ? null : ns.key(), c.numberSymbol(), c.name(), c.type(), c.date(),
                        c.issuer(), province, vocabulary.levelOfIssuer(c.issuer()), false));
                graph.addEdge(from, to, new CitationEdge(c.relation(), from, false, c.start(), c.end(), c.mentions(), status));
            }
            Set<String> seen = new HashSet<>();
            for (StatedRelation s : d.stated()) {
                String a = targetByWritten.get(s.from());
                String b = targetByWritten.get(s.to());
                if (a != null && b != null && seen.add(a + ">" + b + ">" + s.relation())) {
                    graph.addEdge(a, b, new CitationEdge(s.relation(), from, true, -1, -1, 1));
                }
            }
        }
        graph.resolveReferencesTo(documents.keySet());
        return graph;
    }

    /** The indexed document with this ký hiệu dated nearest before the citing one (in its province if local). */
    private String nearestIndexed(NumberSymbol ns, OfficialDocument citing) {
        String best = null;
        DocDate bestDate = null;
        boolean local = ids.isLocal(ns);
        for (String id : graph.idsForKey(ns.key())) {
            DocNode candidate = graph.node(id).orElse(null);
            if (candidate == null || !candidate.inCorpus() || candidate.date() == null) {
                continue;
            }
            if (local && citing.province() != null && !ids.sameProvince(citing.province(), candidate.province())) {
                continue;
            }
            if (citing.date() != null && candidate.date().compareTo(citing.date()) > 0) {
                continue; // not cited before it was issued
            }
            if (bestDate == null || candidate.date().compareTo(bestDate) > 0) {
                best = id;
                bestDate = candidate.date();
            }
        }
        return best;
    }

    /**
     * Laws cited with both name and number ("Luật Tổ chức Chính phủ số 63/2025/QH15 ngày …") tell
     * which numbered law a citation by name and year is: one node, not two.
     */
    private Map<String, String> lawsByName() {
        Map<String, String> byName = new HashMap<>();
        for (DocNode n : graph.nodes()) { // what earlier runs learnt
            if (n.numberSymbol() != null && n.name() != null && n.date() != null) {
                byName.putIfAbsent(vn.vanban.corpus.text.VietnameseText.fold(n.name()).replaceAll("\\s+", " ").trim()
                        + "@" + n.date().year(), n.id());
            }
        }
        for (OfficialDocument d : documents.values()) {
            for (Citation c : d.citations()) {
                if (c.numberSymbol() != null && c.name() != null && c.date() != null) {
                    String id = ids.forCitation(c, d);
                    if (id != null) {
                        byName.putIfAbsent(nameKey(c), id);
                    }
                }
            }
        }
        return byName;
    }

    private static String nameKey(Citation c) {
        return vn.vanban.corpus.text.VietnameseText.fold(c.name()).replaceAll("\\s+", " ").trim()
                + "@" + (c.date() == null ? "" : c.date().year());
    }

}
