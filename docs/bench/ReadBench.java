// The reader alone, as `vanban bench corpus --read-sample` measures it, for A/B runs of two builds:
//   $JAVA_HOME/bin/java -cp "CHECKOUT/query-api/target/vanban.jar:CHECKOUT/query-api/target/lib/*" \
//       docs/bench/ReadBench.java CORPUS N
// Reads the first N files of CORPUS (sorted paths) into memory, then reads them all with one
// DocumentReader on this thread, 2 warm-up passes and 5 timed ones (this thread's CPU time), and
// prints the best pass in documents per CPU second.
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import vn.vanban.corpus.read.DocumentReader;

public class ReadBench {
  public static void main(String[] a) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().limit(Integer.parseInt(a[1])).toList();
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) bytes.add(Files.readAllBytes(f));
    DocumentReader r = new DocumentReader();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 7; pass++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < files.size(); i++) r.read(files.get(i).toString(), files.get(i).getFileName().toString(), bytes.get(i));
      double s = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      if (pass >= 2) best = Math.min(best, s);
    }
    System.out.printf("%d documents, best of 5: %.2f CPU s, %.0f documents per CPU second%n", files.size(), best, files.size() / best);
  }
}
