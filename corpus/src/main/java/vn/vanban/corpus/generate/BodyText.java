package vn.vanban.corpus.generate;

import java.util.SplittableRandom;

/**
 * The sentences of each generated document's body, each a function of the corpus's seed, the
 * document and the sentence's place, so that any of them can be written again without keeping
 * the text: a document implementing another copies part of its sentences (a fifth to a half, in
 * order from some point on), as provinces copy the central text and districts the province's; the
 * rest are its own, on the topic of the order its cascade started from, and say its own few
 * dozen phrases again and again as real documents say their names and terms. Lengths are heavy-tailed
 * like the real archive's: most documents a few pages, a few long ones.
 */
final class BodyText {

    /** Sentences of a body: lognormal, median and spread fitted to ../shared/corpus; at most {@link #MAX_SENTENCES}. */
    static final double MEDIAN_SENTENCES = 110;
    static final double SPREAD = 1.1;
    static final int MAX_SENTENCES = 2_000;
    static final double MIN_COPIED = 0.05;
    static final double MAX_COPIED = 0.30;

    private final long seed;
    private final SentenceWriter writer;

    BodyText(long seed, SentenceWriter writer) {
        this.seed = seed;
        this.writer = writer;
    }

    int sentences(PlannedDocument d) {
        SplittableRandom rnd = random(d, -1);
        double n = Math.exp(Math.log(MEDIAN_SENTENCES) + SPREAD * rnd.nextGaussian());
        return (int) Math.max(12, Math.min(MAX_SENTENCES, Math.round(n)));
    }

    /** Sentence {@code k} (0 ≤ k < {@link #sentences}) of the body of {@code d}. */
    String sentence(PlannedDocument d, int k) {
        return of(d).sentence(k);
    }

    /** What the sentences of one document are drawn from, worked out once for all of them. */
    Body of(PlannedDocument d) {
        return new Body(d);
    }

    final class Body {
        private final PlannedDocument d;
        private final int[] topic;
        private final String[] own;
        private final double copied;
        private final int from;
        private Body parent;
        private int parentSentences;

        private Body(PlannedDocument d) {
            this.d = d;
            this.topic = writer.topic(topic(d));
            this.own = writer.ownPhrases(topic, random(d, -3));
            SplittableRandom doc = random(d, -2);
            this.copied = d.implemented() == null ? 0 : MIN_COPIED + (MAX_COPIED - MIN_COPIED) * doc.nextDouble();
            this.from = d.implemented() == null ? 0 : doc.nextInt(1 << 20);
        }

        String sentence(int k) {
            SplittableRandom rnd = random(d, k);
            if (d.implemented() != null && rnd.nextDouble() < copied) {
                if (parent == null) {
                    parent = new Body(d.implemented());
                    parentSentences = sentences(d.implemented());
                }
                return parent.sentence((from + k) % parentSentences);
            }
            return writer.sentence(topic, own, rnd);
        }
    }

    /** The text topic of a document: that of the first document of its cascade. */
    static int topic(PlannedDocument d) {
        PlannedDocument root = d;
        while (root.implemented() != null) {
            root = root.implemented();
        }
        return (int) Math.floorMod(root.index() * 0x9E3779B1L, (long) SentenceWriter.TOPICS);
    }

    private SplittableRandom random(PlannedDocument d, int k) {
        return new SplittableRandom((seed * 0x9E3779B97F4A7C15L + d.index()) * 0xBF58476D1CE4E5B9L + k);
    }
}
