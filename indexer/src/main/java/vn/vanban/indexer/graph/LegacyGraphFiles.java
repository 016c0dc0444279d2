package vn.vanban.indexer.graph;

import vn.vanban.search.graph.DocNode;
import vn.vanban.search.graph.CitationEdge;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Json;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Relation;

/**
 * Graphs stored by older versions, read once so that an index they built opens without its graph
 * being built again from a million stored readings: format 5 (objects in a stream, {@code graph.bin})
 * and format 2 (JSON, {@code graph.json}). The caller stores what they read in the current format.
 */
final class LegacyGraphFiles {

    private static final int MAGIC = 0x56424731; // "VBG1"
    private static final int FORMAT_5 = 5;
    private static final int NONE = -1;

    private LegacyGraphFiles() {}

    /**
     * The graph of format 5 in this file if it was built from this index generation; empty when
     * there is none, or it is of another format or commit.
     *
     * @throws DamagedGraphException when the file is of format 5 and this commit but cannot be read
     */
    static Optional<CitationGraph> readFormat5(Path file, long generation) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_5 || in.readLong() != generation) {
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
     * The graph of format 2, JSON ({@code graph.json}), if it was built from this generation.
     */
    static Optional<CitationGraph> readJson(Path json, long generation) {
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

    private static String string(String[] strings, int index) {
        return index == NONE ? null : strings[index];
    }
}
