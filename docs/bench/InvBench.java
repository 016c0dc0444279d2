// What each field of the text costs to index (issue 18, point 2). Not part of the build: run it
// with the built jar, from the repository's root:
//   $JAVA_HOME/bin/java -Xmx8g -cp "query-api/target/vanban.jar:query-api/target/lib/*" \
//       docs/bench/InvBench.java CORPUS N [config,config,...]
// With -Dmemory=true: one segment in memory, timed by the indexing thread's CPU.
// It reads the first N files of CORPUS (sorted paths), then indexes them with each configuration
// three times (process CPU time, so merges count): full (DocumentMapper as the build does),
// notext, nopairs, nostored, folded, exactonly, topK (pairs only between the K most frequent folded
// syllables of the sample), streams / streams2 / tokenize (analysis alone, nothing indexed).
// The ram system property sets IndexWriter's RAM buffer in MB (default 256, as the build).
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.indexer.index.DocumentMapper;
import vn.vanban.indexer.analysis.*;
import vn.vanban.indexer.schema.Fields;

public class InvBench {
  public static void main(String[] a) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().limit(Integer.parseInt(a[1])).toList();
    }
    DocumentReader r = new DocumentReader();
    List<ReadDocument> docs = new ArrayList<>();
    for (Path f : files) { try { docs.add(r.read(f)); } catch (Exception e) {} }
    // -Dmemory=true: one segment in memory (no flush), timed by this thread's CPU; else on disk, by the process's (merges count).
    boolean memory = Boolean.getBoolean("memory");
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    java.util.function.LongSupplier cpu = memory ? threads::getCurrentThreadCpuTime : process::getProcessCpuTime;
    FieldType off = new FieldType(TextField.TYPE_NOT_STORED); off.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FieldType np = new FieldType(TextField.TYPE_NOT_STORED); np.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    FieldType dropped = new FieldType(TextField.TYPE_NOT_STORED); dropped.setIndexOptions(IndexOptions.DOCS);
    Map<String,Integer> freq = new HashMap<>();
    for (ReadDocument d : docs) { var ts = Analyzers.folded().tokenStream("f", d.text()); var att = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class); ts.reset(); while (ts.incrementToken()) freq.merge(att.toString(), 1, Integer::sum); ts.end(); ts.close(); }
    List<String> ranked = freq.entrySet().stream().sorted((x,y)->y.getValue()-x.getValue()).map(Map.Entry::getKey).toList();
    long tot = freq.values().stream().mapToLong(i->i).sum();
    for (int k : new int[]{300,1000,2000,5000}) { long c=0; for (int i=0;i<Math.min(k,ranked.size());i++) c+=freq.get(ranked.get(i)); System.out.printf("top %d: %.3f of %d tokens, %d distinct%n", k, c/(double)tot, tot, ranked.size()); }
    String[] configs = a.length > 2 ? a[2].split(",") : new String[]{"full","notext","nopairs","nostored","folded","exactonly","tokenize"};
    for (int round = 0; round < 3; round++) for (String cfg : configs) {
      Set<String> common = cfg.startsWith("top") ? new HashSet<>(ranked.subList(0, Math.min(ranked.size(), Integer.parseInt(cfg.substring(3))))) : null;
      long c0 = cpu.getAsLong();
      if (cfg.equals("streams")) {
        long n = 0;
        for (ReadDocument d : docs) { TextStreams t = TextStreams.of(d.text());
          for (var ts : List.of(t.exact(), t.folded(), t.foldedPairs())) { ts.reset(); while (ts.incrementToken()) n++; ts.end(); ts.close(); } }
      } else if (cfg.equals("streams2")) {
        long n = 0;
        for (ReadDocument d : docs) { TextStreams t = TextStreams.of(d.text());
          for (var ts : List.of(t.exact(), t.folded())) { ts.reset(); while (ts.incrementToken()) n++; ts.end(); ts.close(); } }
      } else if (cfg.equals("tokenize")) {
        long n = 0;
        for (ReadDocument d : docs) { TextStreams t = TextStreams.of(d.text()); var ts = t.exact(); ts.reset(); while (ts.incrementToken()) n++; ts.end(); ts.close(); }
      } else {
      Path tmp = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "ix");
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
      config = memory ? config.setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH).setRAMBufferSizeMB(2000) : config.setRAMBufferSizeMB(Integer.getInteger("ram", 256));
      try (Directory dir = memory ? new ByteBuffersDirectory() : FSDirectory.open(tmp);
           IndexWriter w = new IndexWriter(dir, config)) {
        int i = 0;
        for (ReadDocument d : docs) {
          Document doc;
          if (cfg.equals("full")) doc = DocumentMapper.toLucene("d" + i, d, "s", "x");
          else {
            doc = new Document();
            TextStreams t = TextStreams.of(d.text());
            boolean text = !cfg.equals("notext") && !cfg.equals("folded");
            boolean pairs = !cfg.equals("nopairs") && !cfg.equals("folded") && !cfg.equals("exactonly");
            boolean folded = !cfg.equals("exactonly");
            doc.add(new Field(Fields.TEXT, t.exact(), text ? np : dropped)); // counted since schema 6: no positions
            if (folded) doc.add(new Field(Fields.TEXT_FOLDED, t.folded(), off));
            if (!cfg.equals("nostored")) doc.add(new StoredField(Fields.TEXT_FOLDED, d.text()));
            if (pairs) doc.add(new Field(Fields.TEXT_FOLDED_PAIRS, common == null ? t.foldedPairs() : new org.apache.lucene.analysis.FilteringTokenFilter(t.foldedPairs()) {
                final org.apache.lucene.analysis.tokenattributes.CharTermAttribute att = addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                protected boolean accept() { String p = att.toString(); int sp = p.indexOf(' '); return sp > 0 && common.contains(p.substring(0, sp)) && common.contains(p.substring(sp + 1)); } }, np));
          }
          w.addDocument(doc); i++;
        }
        w.commit();
      } finally {
        try (Stream<Path> old = Files.walk(tmp)) { old.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete()); }
      }
      }
      double s = (cpu.getAsLong() - c0) / 1e9;
      System.out.printf("round %d %-10s %.2f s  %.2f ms/doc%n", round, cfg, s, s * 1000 / docs.size());
    }
  }
}
