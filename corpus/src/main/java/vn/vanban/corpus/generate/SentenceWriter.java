package vn.vanban.corpus.generate;

import java.util.SplittableRandom;

/**
 * Writes the sentences of generated bodies from the {@link Lexicon}: words drawn with the Zipf-like
 * frequencies of real text, a good part of them in collocations, and a share from the document's
 * topic, one of {@link #TOPICS}, each favouring its own few dozen words of middle rank: what makes
 * some words frequent in a few documents and absent from the rest (burstiness), as in an archive
 * where one set of documents is about dykes and another about land prices. The parameters were
 * fitted to {@code ../shared/corpus} (docs/PERFORMANCE.md, {@code GeneratorStatisticsTest}).
 */
final class SentenceWriter {

    static final int TOPICS = 5_000;
    private static final int TOPIC_WORDS = 48;

    // Shares of the words of a sentence, in this order: the topic's, collocations, rare, single syllables.
    static final double TOPIC = 0.18;
    static final double COLLOCATION = 0.30;
    static final double RARE = 0.03;

    private final Lexicon lexicon;
    private final Zipf syllable;
    private final Zipf collocation;
    private final Zipf rare;
    private final Zipf withinTopic = new Zipf(TOPIC_WORDS, 0.9, 1);
    private final Zipf topicRank;

    SentenceWriter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.syllable = new Zipf(lexicon.syllables.size(), 0.9, 20, 800, 3);
        this.collocation = new Zipf(lexicon.collocations.size(), 1.0, 50);
        this.rare = new Zipf(0, 1.3, 30);
        this.topicRank = new Zipf(lexicon.collocations.size(), 0.75, 50);
    }

    /** A topic's words: collocations of middle rank, the same for the same topic. */
    int[] topic(int topic) {
        SplittableRandom rnd = new SplittableRandom(0x70_91CL * (topic + 1));
        int[] words = new int[TOPIC_WORDS];
        for (int i = 0; i < words.length; i++) {
            words[i] = topicRank.next(rnd);
        }
        return words;
    }

    /** One sentence, ending with its full stop or semicolon. */
    String sentence(int[] topic, SplittableRandom rnd) {
        int length = (int) Math.max(4, Math.min(80, Math.round(Math.exp(Math.log(13) + 0.55 * rnd.nextGaussian()))));
        StringBuilder s = new StringBuilder(length * 7);
        int words = 0;
        while (words < length) {
            if (words > 0) {
                s.append(words > 3 && rnd.nextDouble() < 0.07 ? ", " : " ");
            }
            double u = rnd.nextDouble();
            String w;
            if (u < TOPIC) {
                w = lexicon.collocations.get(topic[withinTopic.next(rnd)]);
                words += 2;
            } else if (u < TOPIC + COLLOCATION) {
                w = lexicon.collocations.get(collocation.next(rnd));
                words += 2;
            } else if (u < TOPIC + COLLOCATION + RARE) {
                w = lexicon.rare(rare.next(rnd));
                words++;
            } else {
                w = lexicon.syllables.get(syllable.next(rnd));
                words++;
            }
            s.append(w);
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append(rnd.nextDouble() < 0.2 ? ";" : ".").toString();
    }
}
