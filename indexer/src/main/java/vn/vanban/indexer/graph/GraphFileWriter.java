package vn.vanban.indexer.graph;

import static vn.vanban.indexer.graph.GraphFile.NONE;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;

/** Writes a graph in the layout of {@link GraphFile}: everything is sorted and numbered here, once, at index time. */
final class GraphFileWriter {

    private GraphFileWriter() {}

    static void write(CitationGraph g, Path file) throws IOException {
        List<DocNode> nodes = new ArrayList<>(g.nodes());
        nodes.sort(Comparator.comparing(DocNode::id));
        int n = nodes.size();
        Map<String, Integer> nodeNumber = HashMap.newHashMap(n);
        Strings strings = new Strings();
        for (DocNode d : nodes) {
            nodeNumber.put(d.id(), nodeNumber.size());
            for (String s : new String[] {d.id(), d.key(), d.numberSymbol(), d.name(), d.type(), date(d.date()),
                    d.issuer(), d.province(), level(d.level())}) {
                strings.add(s);
            }
        }
        // Edges numbered in the order they are stored: by source, each source's in OUTGOING order.
        List<Link> edges = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, g.linkCount()));
        int[] outStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            outStart[i] = edges.size();
            edges.addAll(g.outgoing(nodes.get(i).id()));
        }
        outStart[n] = edges.size();
        Map<CitationEdge, Integer> edgeNumber = new IdentityHashMap<>(edges.size());
        List<Relation> relations = new ArrayList<>();
        int candidates = 0;
        for (Link l : edges) {
            edgeNumber.put(l.edge(), edgeNumber.size());
            CitationEdge e = l.edge();
            if (!relations.contains(e.relation())) {
                relations.add(e.relation());
                strings.add(e.relation().json()); // by name: reordering the enum changes nothing
            }
            strings.add(e.citing());
            strings.add(e.status());
            for (CitationEdge.Candidate c : e.candidates()) {
                strings.add(c.id());
                strings.add(date(c.date()));
                candidates++;
            }
        }
        int[] inStart = new int[n + 1];
        int[] inEdges = new int[edges.size()];
        int at = 0;
        for (int i = 0; i < n; i++) {
            inStart[i] = at;
            for (Link l : g.incoming(nodes.get(i).id())) {
                inEdges[at++] = edgeNumber.get(l.edge());
            }
        }
        inStart[n] = at;
        TreeMap<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (nodes.get(i).key() != null) {
                byKey.computeIfAbsent(nodes.get(i).key(), k -> new ArrayList<>(1)).add(i); // in id order
            }
        }
        int keyNodes = byKey.values().stream().mapToInt(List::size).sum();
        Map<String, Double> pageRank = new Rankings(g).pageRankScores();
        int slots = GraphFile.hashSlots(n);
        int[] hash = new int[slots];
        for (int i = 0; i < n; i++) {
            int s = GraphFile.slot(nodes.get(i).id(), slots);
            while (hash[s] != 0) {
                s = (s + 1) & (slots - 1);
            }
            hash[s] = i + 1;
        }
        var counts = new GraphFile.Counts(g.generation(), n, edges.size(), strings.list.size(), relations.size(),
                strings.bytes, candidates, byKey.size(), keyNodes, slots);

        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16))) {
            out.writeInt(GraphFile.MAGIC);
            out.writeInt(GraphFile.FORMAT);
            out.writeLong(counts.generation());
            out.writeInt(counts.nodes());
            out.writeInt(counts.edges());
            out.writeInt(counts.strings());
            out.writeInt(counts.relations());
            out.writeLong(counts.stringBytes());
            out.writeInt(counts.candidates());
            out.writeInt(counts.keys());
            out.writeInt(counts.keyNodes());
            out.writeInt(counts.hashSlots());
            long offset = 0;
            for (byte[] b : strings.encoded) {
                out.writeInt((int) offset);
                offset += b.length;
            }
            out.writeInt((int) offset);
            for (byte[] b : strings.encoded) {
                out.write(b);
            }
            for (Relation r : relations) {
                out.writeInt(strings.index(r.json()));
            }
            for (DocNode d : nodes) {
                out.writeInt(strings.index(d.id()));
                out.writeInt(strings.index(d.key()));
                out.writeInt(strings.index(d.numberSymbol()));
                out.writeInt(strings.index(d.name()));
                out.writeInt(strings.index(d.type()));
                out.writeInt(strings.index(date(d.date())));
                out.writeInt(strings.index(d.issuer()));
                out.writeInt(strings.index(d.province()));
                out.writeInt(strings.index(level(d.level())));
                out.writeInt(d.inCorpus() ? 1 : 0);
            }
            for (DocNode d : nodes) {
                out.writeDouble(pageRank.getOrDefault(d.id(), 0.0));
            }
            for (int h : hash) {
                out.writeInt(h);
            }
            for (int s : outStart) {
                out.writeInt(s);
            }
            int candidate = 0;
            for (Link l : edges) {
                CitationEdge e = l.edge();
                out.writeInt(nodeNumber.get(l.source()));
                out.writeInt(nodeNumber.get(l.target()));
                out.writeInt(relations.indexOf(e.relation()));
                out.writeInt(strings.index(e.citing()));
                out.writeInt(e.stated() ? 1 : 0);
                out.writeInt(e.start());
                out.writeInt(e.end());
                out.writeInt(e.mentions());
                out.writeInt(strings.index(e.status()));
                out.writeInt(Float.floatToIntBits((float) e.confidence()));
                out.writeInt(candidate);
                out.writeInt(e.candidates().size());
                candidate += e.candidates().size();
            }
            for (int s : inStart) {
                out.writeInt(s);
            }
            for (int e : inEdges) {
                out.writeInt(e);
            }
            for (Link l : edges) {
                for (CitationEdge.Candidate c : l.edge().candidates()) {
                    out.writeInt(strings.index(c.id()));
                    out.writeInt(strings.index(date(c.date())));
                    out.writeInt(Float.floatToIntBits((float) c.score()));
                }
            }
            for (String key : byKey.keySet()) {
                out.writeInt(strings.index(key));
            }
            int first = 0;
            for (List<Integer> ids : byKey.values()) {
                out.writeInt(first);
                first += ids.size();
            }
            out.writeInt(first);
            for (List<Integer> ids : byKey.values()) {
                for (int i : ids) {
                    out.writeInt(i);
                }
            }
            out.flush();
            new DataOutputStream(raw).writeInt((int) crc.getValue()); // past the checked stream: the sum of the rest
        }
        long written = Files.size(file);
        if (written != counts.fileBytes()) {
            throw new IllegalStateException("graph file of " + written + " bytes, the layout says " + counts.fileBytes());
        }
    }

    private static String level(Level level) {
        return level == null ? null : level.json();
    }

    private static String date(DocDate d) {
        return d == null ? null : d.toString();
    }

    /** The distinct strings in the order first met, each with its number in the table. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final List<byte[]> encoded = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        long bytes;

        void add(String s) {
            if (s != null && !index.containsKey(s)) {
                index.put(s, list.size());
                list.add(s);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                encoded.add(b);
                bytes += b.length;
                if (bytes > Integer.MAX_VALUE) {
                    throw new IllegalStateException("the graph's strings pass 2 GB: more than this format holds");
                }
            }
        }

        int index(String s) {
            return s == null ? NONE : index.get(s);
        }
    }
}
