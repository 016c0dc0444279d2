package vn.vanban.indexer.graph;

import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;

/**
 * The graph on disk beside the Lucene index, tagged with the index commit it was built from.
 * Written to a temporary file and moved into place atomically, so a crash leaves the old file or
 * the new one, never half of one; a file whose generation is not the index's is stale and is
 * rebuilt from the index.
 *
 * <p>Binary, because {@code serve} reads it before answering: a table of the distinct strings
 * (ids, ký hiệu, types, issuers, provinces, dates), then nodes and edges as indexes into it. At a
 * million documents the JSON of format 2 took most of the start's 10 s to parse; this reads in a
 * fraction of that, and shares one String per distinct value in the heap. A format-2
 * {@code graph.json} left by an older version is still read, once (see {@link #readLegacy}).
 */
public final class GraphStore {

    private static final int MAGIC = 0x56424731; // "VBG1"
    /** 4: relations by name, resolution confidence and candidates. 5: levels by name too (no enum ordinal is stored). */
    private static final int FORMAT = 5;
    private static final int NONE = -1;

    private final Path file;

    public GraphStore(Path file) {
        this.file = file;
    }

    public void write(CitationGraph g) throws IOException {
        List<DocNode> nodes = new ArrayList<>(g.nodes());
        nodes.sort(Comparator.comparing(DocNode::id));
        List<CitationEdge> edges = new ArrayList<>(g.view().edgeSet());
        edges.sort(Comparator.comparing(g::source).thenComparing(g::target)
                .thenComparing(e -> e.relation().json()).thenComparing(CitationEdge::citing)
                .thenComparingInt(CitationEdge::start));
        Strings strings = new Strings();
        Map<String, Integer> nodeIndex = HashMap.newHashMap(nodes.size());
        for (DocNode n : nodes) {
            nodeIndex.put(n.id(), nodeIndex.size());
            for (String s : new String[] {n.id(), n.key(), n.numberSymbol(), n.name(), n.type(), date(n.date()),
                    n.issuer(), n.province(), level(n.level())}) {
                strings.add(s);
            }
        }
        for (CitationEdge e : edges) {
            strings.add(e.citing());
            strings.add(e.status());
            strings.add(e.relation().json());
            for (CitationEdge.Candidate c : e.candidates()) {
                strings.add(c.id());
                strings.add(date(c.date()));
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(g.generation());
            out.writeInt(strings.list.size());
            for (String s : strings.list) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.writeInt(nodes.size());
            for (DocNode n : nodes) {
                out.writeInt(strings.index(n.id()));
                out.writeInt(strings.index(n.key()));
                out.writeInt(strings.index(n.numberSymbol()));
                out.writeInt(strings.index(n.name()));
                out.writeInt(strings.index(n.type()));
                out.writeInt(strings.index(date(n.date())));
                out.writeInt(strings.index(n.issuer()));
                out.writeInt(strings.index(n.province()));
                out.writeInt(strings.index(level(n.level())));
                out.writeBoolean(n.inCorpus());
            }
            out.writeInt(edges.size());
            for (CitationEdge e : edges) {
                out.writeInt(nodeIndex.get(g.source(e)));
                out.writeInt(nodeIndex.get(g.target(e)));
                out.writeInt(strings.index(e.relation().json())); // by name: reordering the enum changes nothing
                out.writeInt(strings.index(e.citing()));
                out.writeBoolean(e.stated());
                out.writeInt(e.start());
                out.writeInt(e.end());
                out.writeInt(e.mentions());
                out.writeInt(strings.index(e.status()));
                out.writeFloat((float) e.confidence());
                out.writeShort(e.candidates().size());
                for (CitationEdge.Candidate c : e.candidates()) {
                    out.writeInt(strings.index(c.id()));
                    out.writeInt(strings.index(date(c.date())));
                    out.writeFloat((float) c.score());
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The stored graph if it was built from this index generation; empty when there is none, or
     * it is of another format or commit (then it is rebuilt from the index).
     *
     * @throws DamagedGraphException when the file is of this format and commit but cannot be read
     */
    public Optional<CitationGraph> read(long generation) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != generation) {
                return Optional.empty(); // another format or a stale graph: rebuilt from the index
            }
            String[] strings = new String[in.readInt()];
            byte[] buffer = new byte[256];
            for (int i = 0; i < strings.length; i++) {
                int length = in.readInt();
                if (length > buffer.length) {
                    buffer = new byte[Math.max(length, buffer.length * 2)];
                }
                in.readFully(buffer, 0, length);
                strings[i] = new String(buffer, 0, length, StandardCharsets.UTF_8);
            }
            Map<String, DocDate> dates = new HashMap<>();
            int nodeCount = in.readInt();
            String[] ids = new String[nodeCount];
            List<DocNode> nodes = new ArrayList<>(nodeCount);
            for (int i = 0; i < nodeCount; i++) {
                String id = strings[in.readInt()];
                String key = string(strings, in.readInt());
                String numberSymbol = string(strings, in.readInt());
                String name = string(strings, in.readInt());
                String type = string(strings, in.readInt());
                String date = string(strings, in.readInt());
                String issuer = string(strings, in.readInt());
                String province = string(strings, in.readInt());
                String level = string(strings, in.readInt());
                boolean inCorpus = in.readBoolean();
                ids[i] = id;
                nodes.add(new DocNode(id, key, numberSymbol, name, type,
                        date == null ? null : dates.computeIfAbsent(date, DocDate::parse), issuer, province,
                        level == null ? null : Level.fromJson(level), inCorpus));
            }
            int edgeCount = in.readInt();
            String[] sources = new String[edgeCount];
            String[] targets = new String[edgeCount];
            CitationEdge[] edges = new CitationEdge[edgeCount];
            for (int i = 0; i < edgeCount; i++) {
                sources[i] = ids[in.readInt()];
                targets[i] = ids[in.readInt()];
                Relation relation = Relation.fromJson(strings[in.readInt()]);
                String citing = strings[in.readInt()];
                boolean stated = in.readBoolean();
                int start = in.readInt();
                int end = in.readInt();
                int mentions = in.readInt();
                String status = string(strings, in.readInt());
                double confidence = in.readFloat();
                int candidateCount = in.readShort();
                List<CitationEdge.Candidate> candidates = new ArrayList<>(candidateCount);
                for (int c = 0; c < candidateCount; c++) {
                    String cid = strings[in.readInt()];
                    String cdate = string(strings, in.readInt());
                    candidates.add(new CitationEdge.Candidate(cid, cdate == null ? null : DocDate.parse(cdate), in.readFloat()));
                }
                edges[i] = new CitationEdge(relation, citing, stated, start, end, mentions, status, confidence, candidates);
            }
            if (in.read() != -1) {
                throw new IOException("bytes past the end of the graph");
            }
            CitationGraph g = CitationGraph.of(generation, nodes, sources, targets, edges);
            return Optional.of(g);
        } catch (IOException | RuntimeException e) {
            // The header said ours, this commit's: a file that then cannot be read is damaged (a disk
            // error, a hand edit), said as such, not hidden behind a quiet rebuild.
            throw new DamagedGraphException(file, e);
        }
    }

    /**
     * The graph of format 2, JSON, as versions before this one stored it ({@code graph.json}), if
     * it was built from this generation: an index built by an older version opens without its graph
     * being built again from a million stored readings. The caller stores it in the new format.
     */
    public static Optional<CitationGraph> readLegacy(Path json, long generation) {
        record EdgeRow(String source, String target, Relation relation, String citing, boolean stated,
                int start, int end, int mentions, String status) {}
        record Snapshot(int format, long generation, List<DocNode> nodes, List<EdgeRow> edges) {}
        if (!Files.exists(json)) {
            return Optional.empty();
        }
        Snapshot s;
        try {
            s = Json.mapper().readValue(json.toFile(), new TypeReference<Snapshot>() {});
        } catch (IOException e) {
            return Optional.empty();
        }
        if (s.format() != 2 || s.generation() != generation) {
            return Optional.empty();
        }
        int n = s.edges().size();
        String[] sources = new String[n];
        String[] targets = new String[n];
        CitationEdge[] edges = new CitationEdge[n];
        for (int i = 0; i < n; i++) {
            EdgeRow r = s.edges().get(i);
            sources[i] = r.source();
            targets[i] = r.target();
            edges[i] = new CitationEdge(r.relation(), r.citing(), r.stated(), r.start(), r.end(), r.mentions(), r.status());
        }
        return Optional.of(CitationGraph.of(generation, s.nodes(), sources, targets, edges));
    }

    private static String level(Level level) {
        return level == null ? null : level.json();
    }

    private static String date(DocDate d) {
        return d == null ? null : d.toString();
    }

    private static String string(String[] strings, int index) {
        return index == NONE ? null : strings[index];
    }

    /** The distinct strings in the order first met, each with its index in the table. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        void add(String s) {
            if (s != null && !index.containsKey(s)) {
                index.put(s, list.size());
                list.add(s);
            }
        }

        int index(String s) {
            return s == null ? NONE : index.get(s);
        }
    }
}
