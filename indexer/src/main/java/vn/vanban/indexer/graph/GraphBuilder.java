package vn.vanban.indexer.graph;

import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.YearlessResolver;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private final YearlessResolver yearless;
    private final Map<String, OfficialDocument> documents = new java.util.TreeMap<>(); // sorted: the same graph every run

    public GraphBuilder(Vocabulary vocabulary, long generation) {
        this(vocabulary, new CitationGraph(generation));
    }

    private GraphBuilder(Vocabulary vocabulary, CitationGraph graph) {
        this.ids = new DocumentIds(vocabulary);
        this.vocabulary = vocabulary;
        this.graph = graph;
        this.yearless = new YearlessResolver(vocabulary.numberingPeriods());
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
        // Only the ký hiệu that need resolving are looked up: at a million documents, knowing every
        // dated citation's words would not fit.
        Map<String, NumberSymbol> reguesses = guessedKeys();
        Set<String> needed = new HashSet<>(reguesses.keySet());
        for (OfficialDocument d : documents.values()) {
            for (Citation c : d.citations()) {
                NumberSymbol cited = NumberSymbol.parse(c.numberSymbol());
                if (yearless(cited, c)) {
                    needed.add(cited.key());
                }
            }
        }
        Map<String, Map<String, Known>> known = known(needed);
        for (Map.Entry<String, OfficialDocument> e : documents.entrySet()) {
            String from = e.getKey();
            OfficialDocument d = e.getValue();
            Map<String, String> targetByWritten = new HashMap<>();
            for (Citation c : d.citations()) {
                String status = null;
                String to;
                YearlessResolver.Resolution resolution = null;
                NumberSymbol cited = NumberSymbol.parse(c.numberSymbol());
                if (cited == null) {
                    to = c.name() == null ? null : lawsByName.getOrDefault(nameKey(c), ids.forCitation(c, d));
                    status = "named";
                } else if (yearless(cited, c)) {
                    // A ký hiệu repeats every year (or term): which one is meant, from every clue.
                    resolution = resolveYearless(cited, ids.provinceOf(c, d), d.date(), YearlessResolver.words(c.sentence()),
                            YearlessResolver.yearsSince(c.sentence(), c.numberSymbol()), c.issuer(), known);
                    to = resolution.target();
                } else {
                    to = ids.forCitation(c, d);
                }
                if (to == null) {
                    continue;
                }
                boolean indexed = documents.containsKey(to) || graph.node(to).map(DocNode::inCorpus).orElse(false);
                status = resolution != null ? status(resolution, indexed) : indexed ? "resolved" : status != null ? status : "cited";
                targetByWritten.put(c.numberSymbol() != null ? c.numberSymbol() : c.name(), to);
                String province = cited != null && ids.isLocal(cited) ? d.province() : null;
                Known k = cited == null ? null : known.getOrDefault(cited.key(), Map.of()).get(to);
                DocDate date = c.date() != null ? c.date() : k != null ? k.date : null;
                graph.putNode(new DocNode(to, cited == null ? null : cited.key(), c.numberSymbol(), c.name(), c.type(), date,
                        c.issuer(), province, vocabulary.levelOfIssuer(c.issuer()), false));
                graph.addEdge(from, to, resolution == null
                        ? new CitationEdge(c.relation(), from, false, c.start(), c.end(), c.mentions(), status)
                        : new CitationEdge(c.relation(), from, false, c.start(), c.end(), c.mentions(), status,
                                resolution.confidence(), resolution.candidates()));
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
        reresolve(known, reguesses);
        return graph;
    }

    /** A ký hiệu without a year, cited without a date: which year (or term) is meant must be resolved. */
    private static boolean yearless(NumberSymbol cited, Citation c) {
        return cited != null && cited.year() == null && c.date() == null;
    }

    /** The status of a reference resolved from clues: ambiguous, else resolved if indexed, else a guess. */
    private static String status(YearlessResolver.Resolution r, boolean indexed) {
        return r.ambiguous() ? "ambiguous" : indexed ? "resolved" : "yearInferred";
    }

    private static Known entry(Map<String, Map<String, Known>> byKey, String key, String id) {
        return byKey.computeIfAbsent(key, x -> new java.util.TreeMap<>()).computeIfAbsent(id, x -> new Known());
    }

    /** What is known of a document with a ký hiệu: its date, whether indexed, how often cited with a date, its words. */
    private static final class Known {
        DocDate date;
        boolean inCorpus;
        int support;
        String province;
        String issuer;
        final Set<String> words = new HashSet<>();
    }

    /**
     * Every document known with a date, by ký hiệu key and id: the indexed ones (the new and, when
     * updating, the previous run's), and those cited with a date or a year-bearing ký hiệu.
     */
    private Map<String, Map<String, Known>> known(Set<String> keys) {
        Map<String, Map<String, Known>> byKey = new HashMap<>();
        for (String key : keys) {
            for (String id : graph.idsForKey(key)) {
                DocNode n = graph.node(id).orElse(null);
                if (n == null || n.date() == null) {
                    continue;
                }
                Known k = entry(byKey, n.key(), n.id());
                k.date = n.date();
                k.inCorpus |= n.inCorpus();
                k.province = n.province();
                k.issuer = n.issuer();
                k.support += graph.references(n.id());
            }
        }
        for (Map.Entry<String, OfficialDocument> e : documents.entrySet()) {
            OfficialDocument d = e.getValue();
            NumberSymbol ns = NumberSymbol.parse(d.numberSymbol());
            if (ns != null && d.date() != null && keys.contains(ns.key())) {
                Known k = entry(byKey, ns.key(), e.getKey());
                k.date = d.date();
                k.inCorpus = true;
                k.province = d.province();
                k.issuer = d.issuer();
                k.words.addAll(YearlessResolver.words(d.subject()));
            }
            for (Citation c : d.citations()) {
                NumberSymbol cited = NumberSymbol.parse(c.numberSymbol());
                if (cited == null || c.date() == null || !keys.contains(cited.key())) {
                    continue;
                }
                String id = ids.forCitation(c, d);
                Known k = entry(byKey, cited.key(), id);
                if (k.date == null || !k.date.isComplete() && c.date().isComplete()) {
                    k.date = c.date();
                }
                k.support++;
                k.issuer = k.issuer != null ? k.issuer : c.issuer();
                k.province = k.province != null ? k.province : ids.isLocal(cited) ? ids.provinceOf(c, d) : null;
                k.words.addAll(YearlessResolver.words(c.sentence()));
            }
        }
        return byKey;
    }

    private YearlessResolver.Resolution resolveYearless(NumberSymbol ns, String province, DocDate citingDate,
            Set<String> sentence, Integer yearsSince, String issuer, Map<String, Map<String, Known>> known) {
        boolean local = ids.isLocal(ns);
        List<YearlessResolver.Known> candidates = new ArrayList<>();
        known.getOrDefault(ns.key(), Map.of()).forEach((id, k) -> {
            if (!local || province == null || ids.sameProvince(province, k.province)) {
                candidates.add(new YearlessResolver.Known(id, k.date, k.inCorpus, k.support, k.words, k.issuer));
            }
        });
        String fresh = null;
        if (citingDate != null) {
            fresh = vocabulary.numberingPeriods().byTerm(ns.parts())
                    ? ids.idInPeriod(ns, vocabulary.numberingPeriods().periodOf(ns.parts(), citingDate.earliest()).slug(), province)
                    : ids.id(ns, citingDate.year() - (yearsSince == null ? 0 : yearsSince), province);
        }
        return yearless.resolve(ns, citingDate, sentence, yearsSince, issuer, candidates, fresh);
    }

    /**
     * The ký hiệu that a document of this run carries, or cites with a date, and that references
     * of earlier runs reached by a guess: they are resolved again once this run is known.
     */
    private Map<String, NumberSymbol> guessedKeys() {
        Map<String, NumberSymbol> keys = new HashMap<>();
        for (OfficialDocument d : documents.values()) {
            NumberSymbol ns = NumberSymbol.parse(d.numberSymbol());
            if (ns != null && ns.year() == null) {
                keys.putIfAbsent(ns.key(), ns); // the document itself, now indexed
            }
            for (Citation c : d.citations()) {
                NumberSymbol cited = NumberSymbol.parse(c.numberSymbol());
                if (cited != null && cited.year() == null && c.date() != null) {
                    keys.putIfAbsent(cited.key(), cited); // or cited with its date: now known
                }
            }
        }
        keys.keySet().removeIf(key -> graph.idsForKey(key).stream().flatMap(id -> graph.incomingEdges(id).stream())
                .noneMatch(GraphBuilder::guessed));
        return keys;
    }

    private static boolean guessed(CitationEdge e) {
        return !e.stated() && ("yearInferred".equals(e.status()) || "ambiguous".equals(e.status()));
    }

    /** The guesses of earlier runs to these ký hiệu, resolved again with what is known now. */
    private void reresolve(Map<String, Map<String, Known>> known, Map<String, NumberSymbol> keys) {
        for (Map.Entry<String, NumberSymbol> k : keys.entrySet()) {
            NumberSymbol ns = k.getValue();
            for (String id : graph.idsForKey(k.getKey())) {
                for (CitationEdge e : graph.incomingEdges(id)) {
                    if (!guessed(e) || documents.containsKey(e.citing())) {
                        continue; // this run's own citations were resolved with every clue above
                    }
                    DocNode citing = graph.node(e.citing()).orElse(null);
                    if (citing == null) {
                        continue;
                    }
                    YearlessResolver.Resolution r = resolveYearless(ns, citing.province(), citing.date(), Set.of(), null, null, known);
                    if (r.target() != null && !r.target().equals(id) && graph.node(r.target()).isPresent()) {
                        boolean indexed = graph.node(r.target()).map(DocNode::inCorpus).orElse(false);
                        graph.moveEdge(e, r.target(), e.withResolution(status(r, indexed), r.confidence(), r.candidates()));
                    }
                }
            }
        }
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
