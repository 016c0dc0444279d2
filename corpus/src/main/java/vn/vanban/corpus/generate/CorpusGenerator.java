package vn.vanban.corpus.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Writes a realistic corpus of {@code count} documents into a folder, the same for the same seed:
 * the documents as text files (central ones under {@code trung-uong/<year>/}, local ones under
 * their province and district), {@code .manifest.tsv} (what each file is, as vanban should read
 * it) and {@code .queries.tsv} (the benchmark's queries). The two files start with a dot so that
 * indexing the folder skips them.
 */
public final class CorpusGenerator {

    public static final String MANIFEST = ".manifest.tsv";
    public static final String QUERIES = ".queries.tsv";

    /** What was written. */
    public record Written(int documents, long bytes, int queries) {}

    private final GeneratorVocabulary words = GeneratorVocabulary.standard();
    private final SentenceWriter writer = new SentenceWriter(new Lexicon(words));
    private final Vocabulary vocabulary;

    public CorpusGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Written generate(int count, long seed, int queriesPerKind, Path out, IntConsumer progress) throws IOException {
        List<PlannedDocument> docs = new CorpusPlan(vocabulary, words).plan(count, seed);
        Files.createDirectories(out);
        docs.stream().map(d -> out.resolve(d.path()).getParent()).distinct().forEach(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BodyText body = new BodyText(seed, writer);
        DocumentRenderer renderer = new DocumentRenderer(words, body);
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        try {
            docs.parallelStream().forEach(d -> {
                byte[] text = render(renderer, d, seed).getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(out.resolve(d.path()), text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                bytes.addAndGet(text.length);
                progress.accept(done.incrementAndGet());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            w.write("path\tid\tnumberSymbol\ttype\tissuer\tprovince\tdate\timplements\n");
            for (PlannedDocument d : docs) {
                w.write(String.join("\t", d.path(), d.id(), d.numberSymbol(), d.office().type(), d.issuer(),
                        d.province() == null ? "" : d.province().name(), d.date().toString(),
                        d.implemented() == null ? "" : d.implemented().id()));
                w.write('\n');
            }
        }
        List<QuerySet.Query> queries = new QuerySet(body).make(docs, queriesPerKind, seed);
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(QUERIES), StandardCharsets.UTF_8)) {
            w.write("kind\tq\ttype\tprovince\texpect\n");
            for (QuerySet.Query q : queries) {
                w.write(String.join("\t", q.kind(), q.q(), q.type(), q.province(), q.expect()));
                w.write('\n');
            }
        }
        return new Written(docs.size(), bytes.get(), queries.size());
    }

    /** The texts of the corpus {@link #generate} writes for {@code count} and {@code seed}, in a random order of {@code seed}. */
    public java.util.Iterator<String> texts(int count, long seed) {
        List<PlannedDocument> docs = new java.util.ArrayList<>(new CorpusPlan(vocabulary, words).plan(count, seed));
        java.util.Collections.shuffle(docs, new java.util.Random(seed));
        DocumentRenderer renderer = new DocumentRenderer(words, new BodyText(seed, writer));
        return docs.stream().map(d -> render(renderer, d, seed)).iterator();
    }

    private static String render(DocumentRenderer renderer, PlannedDocument d, long seed) {
        // Each document has its own random stream, so the text does not depend on thread timing.
        return renderer.render(d, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + d.index()));
    }
}
