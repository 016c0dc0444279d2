package vn.vanban.indexer.graph;

/**
 * The layout of the stored graph (format 6), shared by {@link GraphFileWriter} and
 * {@link MappedGraph}: a fixed header of counts, then sections of big-endian ints whose sizes
 * follow from the counts, then a CRC-32C of everything before it.
 *
 * <p>Laid out to be read in place, memory-mapped, rather than parsed into objects: {@code serve}
 * answers graph requests as soon as the file is mapped and checked, and the heap holds only what a
 * request decodes. Nodes are in id order; a node's references are contiguous and already in
 * {@link vn.vanban.search.graph.Link#OUTGOING} order, the references to it in
 * {@link vn.vanban.search.graph.Link#INCOMING} order (an int array of edge numbers per node, CSR).
 */
final class GraphFile {

    static final int MAGIC = 0x56424731; // "VBG1"
    /** 5: objects in a stream (read by {@link LegacyGraphFiles}). 6: memory-mapped sections. */
    static final int FORMAT = 6;
    static final int NONE = -1;

    /** magic, format, generation, then the nine counts below. */
    static final int HEADER_BYTES = 4 + 4 + 8 + 4 * 4 + 8 + 4 * 4;

    // A node: nine string numbers and whether it is indexed.
    static final int NODE_ID = 0, NODE_KEY = 1, NODE_NUMBER = 2, NODE_NAME = 3, NODE_TYPE = 4, NODE_DATE = 5,
            NODE_ISSUER = 6, NODE_PROVINCE = 7, NODE_LEVEL = 8, NODE_IN_CORPUS = 9, NODE_INTS = 10;

    // An edge: its two nodes, its relation (a number in the relations table), its evidence.
    static final int EDGE_SOURCE = 0, EDGE_TARGET = 1, EDGE_RELATION = 2, EDGE_CITING = 3, EDGE_STATED = 4,
            EDGE_START = 5, EDGE_END = 6, EDGE_MENTIONS = 7, EDGE_STATUS = 8, EDGE_CONFIDENCE = 9,
            EDGE_FIRST_CANDIDATE = 10, EDGE_CANDIDATES = 11, EDGE_INTS = 12;

    // A candidate of a yearless reference: its node id and date (strings) and score (float bits).
    static final int CANDIDATE_ID = 0, CANDIDATE_DATE = 1, CANDIDATE_SCORE = 2, CANDIDATE_INTS = 3;

    private GraphFile() {}

    /** The counts of the header. */
    record Counts(long generation, int nodes, int edges, int strings, int relations, long stringBytes, int candidates,
            int keys, int keyNodes, int hashSlots) {

        /** The sections' sizes in bytes, in file order. */
        long[] sections() {
            return new long[] {
                4L * (strings + 1), // string offsets into the bytes
                stringBytes, // UTF-8
                4L * relations, // relation names (string numbers)
                4L * NODE_INTS * nodes,
                8L * nodes, // PageRank
                4L * hashSlots, // id hash: node number + 1, 0 for an empty slot
                4L * (nodes + 1), // first outgoing edge of each node
                4L * EDGE_INTS * edges, // edges, by source in OUTGOING order
                4L * (nodes + 1), // first incoming of each node
                4L * edges, // incoming: edge numbers, by target in INCOMING order
                4L * CANDIDATE_INTS * candidates,
                4L * keys, // distinct keys (string numbers), sorted
                4L * (keys + 1), // first node of each key
                4L * keyNodes, // node numbers, by key then id
            };
        }

        long fileBytes() {
            long total = HEADER_BYTES + 4; // and the CRC
            for (long s : sections()) {
                total += s;
            }
            return total;
        }
    }

    static final int S_STRING_OFFSETS = 0, S_STRING_BYTES = 1, S_RELATIONS = 2, S_NODES = 3, S_PAGERANK = 4,
            S_HASH = 5, S_OUT_START = 6, S_EDGES = 7, S_IN_START = 8, S_IN_EDGES = 9, S_CANDIDATES = 10, S_KEYS = 11,
            S_KEY_START = 12, S_KEY_NODES = 13;

    /** Slots of the id hash: a power of two at least twice the nodes, so that probes stay short. */
    static int hashSlots(int nodes) {
        int slots = 2;
        while (slots < 2L * nodes) {
            slots <<= 1;
        }
        return slots;
    }

    /** The first slot of an id: String.hashCode is fixed by the language, so files read alike on every JVM. */
    static int slot(String id, int slots) {
        int h = id.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & (slots - 1);
    }
}
