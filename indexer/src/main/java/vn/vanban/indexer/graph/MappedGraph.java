package vn.vanban.indexer.graph;

import static vn.vanban.indexer.graph.GraphFile.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;
import vn.vanban.search.graph.CitationEdge;
import vn.vanban.search.graph.CitationLinks;
import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.Link;
import vn.vanban.search.graph.NodeFilter;
import vn.vanban.search.graph.Ranking;

/**
 * A stored graph read in place: the file of {@link GraphFile} memory-mapped, each request decoding
 * only the nodes and edges it touches. Opening costs a read of the file for its checksum, not a
 * heap of objects: at a million documents the graph answers a fraction of a second after the
 * server starts, with a few MB of heap. Read-only and safe for concurrent readers (absolute reads
 * only). The mapping is let go when the graph is no longer reachable; the file may be replaced
 * (atomically, by a newer index run) meanwhile, the mapping keeps the old one.
 */
public final class MappedGraph implements CitationLinks {

    private final Counts counts;
    private final ByteBuffer[] s;
    private final Relation[] relations;
    /** Per {@link Ranking.By}: nodes with a count above 0, highest first then by id; made when first asked for. */
    private final Object[] orders = new Object[Ranking.By.values().length];

    private MappedGraph(Counts counts, ByteBuffer[] sections) {
        this.counts = counts;
        this.s = sections;
        this.relations = new Relation[counts.relations()];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = Relation.fromJson(string(s[S_RELATIONS].getInt(4 * i)));
        }
    }

    /**
     * The graph of this file if it is of this format and commit; empty if it is of another (an
     * older format, or a stale graph: rebuilt by the caller).
     *
     * @throws DamagedGraphException if it is of this format and commit but its length or checksum is wrong
     */
    public static Optional<MappedGraph> open(Path file, long generation) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER_BYTES) {
                return size >= 8 && isOurs(ch) ? damaged(file, "shorter than its header") : Optional.empty();
            }
            ByteBuffer header = ch.map(FileChannel.MapMode.READ_ONLY, 0, HEADER_BYTES);
            if (header.getInt(0) != MAGIC || header.getInt(4) != FORMAT || header.getLong(8) != generation) {
                return Optional.empty();
            }
            Counts c = new Counts(header.getLong(8), header.getInt(16), header.getInt(20), header.getInt(24),
                    header.getInt(28), header.getLong(32), header.getInt(40), header.getInt(44), header.getInt(48),
                    header.getInt(52));
            if (c.nodes() < 0 || c.edges() < 0 || c.strings() < 0 || c.stringBytes() < 0 || size != c.fileBytes()) {
                return damaged(file, size + " bytes where its header says " + c.fileBytes());
            }
            CRC32C crc = new CRC32C();
            crc.update(header.duplicate());
            long[] sizes = c.sections();
            ByteBuffer[] sections = new ByteBuffer[sizes.length];
            long at = HEADER_BYTES;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] > Integer.MAX_VALUE) {
                    throw new IOException(file + ": a section of " + sizes[i] + " bytes, more than this version maps");
                }
                sections[i] = ch.map(FileChannel.MapMode.READ_ONLY, at, sizes[i]);
                crc.update(sections[i].duplicate());
                at += sizes[i];
            }
            ByteBuffer trailer = ch.map(FileChannel.MapMode.READ_ONLY, at, 4);
            if (trailer.getInt(0) != (int) crc.getValue()) {
                return damaged(file, "its checksum does not match");
            }
            try {
                return Optional.of(new MappedGraph(c, sections));
            } catch (RuntimeException e) {
                throw new DamagedGraphException(file, e);
            }
        }
    }

    private static boolean isOurs(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8);
        ch.read(b, 0);
        return b.getInt(0) == MAGIC && b.getInt(4) == FORMAT;
    }

    private static Optional<MappedGraph> damaged(Path file, String why) throws DamagedGraphException {
        throw new DamagedGraphException(file, new IOException(why));
    }

    public long generation() {
        return counts.generation();
    }

    // ---- decoding

    private String string(int i) {
        if (i == NONE) {
            return null;
        }
        int from = s[S_STRING_OFFSETS].getInt(4 * i);
        int to = s[S_STRING_OFFSETS].getInt(4 * (i + 1));
        byte[] b = new byte[to - from];
        s[S_STRING_BYTES].get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private int nodeInt(int node, int field) {
        return s[S_NODES].getInt(4 * (NODE_INTS * node + field));
    }

    private int edgeInt(int edge, int field) {
        return s[S_EDGES].getInt(4 * (EDGE_INTS * edge + field));
    }

    private String id(int node) {
        return string(nodeInt(node, NODE_ID));
    }

    private DocNode node(int i) {
        String date = string(nodeInt(i, NODE_DATE));
        String level = string(nodeInt(i, NODE_LEVEL));
        return new DocNode(id(i), string(nodeInt(i, NODE_KEY)), string(nodeInt(i, NODE_NUMBER)),
                string(nodeInt(i, NODE_NAME)), string(nodeInt(i, NODE_TYPE)), date == null ? null : DocDate.parse(date),
                string(nodeInt(i, NODE_ISSUER)), string(nodeInt(i, NODE_PROVINCE)),
                level == null ? null : Level.fromJson(level), nodeInt(i, NODE_IN_CORPUS) != 0);
    }

    private CitationEdge edge(int e) {
        int count = edgeInt(e, EDGE_CANDIDATES);
        List<CitationEdge.Candidate> candidates = new ArrayList<>(count);
        int first = edgeInt(e, EDGE_FIRST_CANDIDATE);
        for (int c = first; c < first + count; c++) {
            ByteBuffer b = s[S_CANDIDATES];
            int at = 4 * CANDIDATE_INTS * c;
            String date = string(b.getInt(at + 4 * CANDIDATE_DATE));
            candidates.add(new CitationEdge.Candidate(string(b.getInt(at + 4 * CANDIDATE_ID)),
                    date == null ? null : DocDate.parse(date), Float.intBitsToFloat(b.getInt(at + 4 * CANDIDATE_SCORE))));
        }
        return new CitationEdge(relations[edgeInt(e, EDGE_RELATION)], string(edgeInt(e, EDGE_CITING)),
                edgeInt(e, EDGE_STATED) != 0, edgeInt(e, EDGE_START), edgeInt(e, EDGE_END), edgeInt(e, EDGE_MENTIONS),
                string(edgeInt(e, EDGE_STATUS)), Float.intBitsToFloat(edgeInt(e, EDGE_CONFIDENCE)), candidates);
    }

    private Link link(int e) {
        return new Link(id(edgeInt(e, EDGE_SOURCE)), id(edgeInt(e, EDGE_TARGET)), edge(e));
    }

    private int outStart(int node) {
        return s[S_OUT_START].getInt(4 * node);
    }

    private int inStart(int node) {
        return s[S_IN_START].getInt(4 * node);
    }

    private int inEdge(int k) {
        return s[S_IN_EDGES].getInt(4 * k);
    }

    /** The node number of an id, or -1: a probe of the id hash, comparing UTF-8 bytes in place. */
    int number(String id) {
        int slots = counts.hashSlots();
        if (counts.nodes() == 0) {
            return -1;
        }
        byte[] want = id.getBytes(StandardCharsets.UTF_8);
        for (int slot = GraphFile.slot(id, slots); ; slot = (slot + 1) & (slots - 1)) {
            int entry = s[S_HASH].getInt(4 * slot);
            if (entry == 0) {
                return -1;
            }
            if (sameString(nodeInt(entry - 1, NODE_ID), want)) {
                return entry - 1;
            }
        }
    }

    private boolean sameString(int i, byte[] want) {
        int from = s[S_STRING_OFFSETS].getInt(4 * i);
        int to = s[S_STRING_OFFSETS].getInt(4 * (i + 1));
        if (to - from != want.length) {
            return false;
        }
        ByteBuffer bytes = s[S_STRING_BYTES];
        for (int k = 0; k < want.length; k++) {
            if (bytes.get(from + k) != want[k]) {
                return false;
            }
        }
        return true;
    }

    // ---- CitationLinks

    /** For each id the graph has, what {@code one} makes of its node number; left out when null. */
    private <T> Map<String, T> each(Collection<String> ids, java.util.function.BiFunction<String, Integer, T> one) {
        Map<String, T> out = HashMap.newHashMap(ids.size());
        for (String id : ids) {
            int i = number(id);
            T value = i < 0 ? null : one.apply(id, i);
            if (value != null) {
                out.put(id, value);
            }
        }
        return out;
    }

    @Override
    public Map<String, DocNode> nodes(Collection<String> ids) {
        return each(ids, (id, i) -> node(i));
    }

    @Override
    public Optional<DocNode> node(String id) {
        int i = number(id);
        return i < 0 ? Optional.empty() : Optional.of(node(i));
    }

    @Override
    public Map<String, List<String>> implementers(Collection<String> ids) {
        return each(ids, (id, i) -> {
            List<String> by = new ArrayList<>();
            int last = -1;
            for (int k = inStart(i); k < inStart(i + 1); k++) {
                int e = inEdge(k);
                int source = edgeInt(e, EDGE_SOURCE);
                if (source != last && relations[edgeInt(e, EDGE_RELATION)] == Relation.IMPLEMENTS) {
                    by.add(id(source)); // INCOMING order is by source first: one source's edges are together
                    last = source;
                }
            }
            return by.isEmpty() ? null : by;
        });
    }

    @Override
    public Map<String, List<Link>> outgoing(Collection<String> ids) {
        return each(ids, (id, i) -> {
            List<Link> links = new ArrayList<>(outStart(i + 1) - outStart(i));
            for (int e = outStart(i); e < outStart(i + 1); e++) {
                links.add(new Link(id, id(edgeInt(e, EDGE_TARGET)), edge(e)));
            }
            return links.isEmpty() ? null : links;
        });
    }

    @Override
    public Map<String, List<Link>> incoming(Collection<String> ids) {
        return each(ids, (id, i) -> {
            List<Link> links = new ArrayList<>(inStart(i + 1) - inStart(i));
            for (int k = inStart(i); k < inStart(i + 1); k++) {
                int e = inEdge(k);
                links.add(new Link(id(edgeInt(e, EDGE_SOURCE)), id, edge(e)));
            }
            return links.isEmpty() ? null : links;
        });
    }

    private String key(int k) {
        return string(s[S_KEYS].getInt(4 * k));
    }

    /** The first key not below {@code key}, by String order (as they were sorted). */
    private int lowerBound(String key) {
        int lo = 0;
        int hi = counts.keys();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key(mid).compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void addNodesOfKey(int k, List<DocNode> out) {
        ByteBuffer start = s[S_KEY_START];
        for (int j = start.getInt(4 * k); j < start.getInt(4 * (k + 1)); j++) {
            out.add(node(s[S_KEY_NODES].getInt(4 * j)));
        }
    }

    @Override
    public List<DocNode> withKey(String key) {
        int k = lowerBound(key);
        List<DocNode> out = new ArrayList<>();
        if (k < counts.keys() && key(k).equals(key)) {
            addNodesOfKey(k, out);
        }
        return out;
    }

    @Override
    public List<DocNode> withKeyPrefix(String prefix, int size) {
        List<DocNode> out = new ArrayList<>();
        for (int k = lowerBound(prefix); k < counts.keys() && out.size() < size; k++) {
            if (!key(k).startsWith(prefix)) {
                break;
            }
            addNodesOfKey(k, out);
        }
        return out.size() > size ? List.copyOf(out.subList(0, size)) : out;
    }

    @Override
    public List<Ranking.Ranked> top(Ranking.By by, NodeFilter filter, int size) {
        Order order = order(by);
        List<Ranking.Ranked> out = new ArrayList<>();
        for (int j = 0; j < order.nodes.length && out.size() < size; j++) {
            DocNode n = node(order.nodes[j]);
            if (filter.test(n)) {
                out.add(new Ranking.Ranked(n, order.counts[j]));
            }
        }
        return out;
    }

    /** Nodes ranked by a count, and their counts. */
    private record Order(int[] nodes, double[] counts) {}

    private Order order(Ranking.By by) {
        synchronized (orders) {
            Order o = (Order) orders[by.ordinal()];
            if (o == null) {
                o = rank(by);
                orders[by.ordinal()] = o;
            }
            return o;
        }
    }

    private Order rank(Ranking.By by) {
        int n = counts.nodes();
        double[] count = new double[n];
        for (int i = 0; i < n; i++) {
            if (by == Ranking.By.PAGERANK) {
                count[i] = s[S_PAGERANK].getDouble(8 * i);
                continue;
            }
            int last = -1;
            for (int k = inStart(i); k < inStart(i + 1); k++) {
                int e = inEdge(k);
                int source = edgeInt(e, EDGE_SOURCE);
                if (source != last && (by == Ranking.By.CITATIONS || relations[edgeInt(e, EDGE_RELATION)] == Relation.IMPLEMENTS)) {
                    count[i]++; // distinct documents: one source's edges are together
                    last = source;
                }
            }
        }
        // Highest first, then by id (node numbers are in id order).
        int[] ranked = IntStream.range(0, n).filter(i -> count[i] > 0).boxed()
                .sorted((a, b) -> count[a] != count[b] ? Double.compare(count[b], count[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        double[] counted = Arrays.stream(ranked).mapToDouble(i -> count[i]).toArray();
        return new Order(ranked, counted);
    }

    @Override
    public long nodeCount() {
        return counts.nodes();
    }

    @Override
    public long linkCount() {
        return counts.edges();
    }

    @Override
    public Stream<DocNode> allNodes() {
        return IntStream.range(0, counts.nodes()).mapToObj(this::node);
    }

    @Override
    public Stream<Link> allLinks() {
        return IntStream.range(0, counts.edges()).mapToObj(this::link);
    }
}
