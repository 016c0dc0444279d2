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

    // Shares of the words drawn fresh, in this order: the topic's, collocations, rare, single syllables.
    static final double TOPIC = 0.18;
    static final double COLLOCATION = 0.30;
    static final double RARE = 0.12;
    /**
     * Share of a sentence's words that are its document's own recurring phrases, of which it has
     * {@link #OWN_PHRASES}: real documents say the same few phrases again and again (about 65 % of a
     * document's pairs of adjacent words occur earlier in it; 28 % in a sentence writer without them).
     * With fewer words drawn fresh, the rare ones' share is larger to keep the vocabulary's size.
     */
    static final double OWN = 0.5;
    static final int OWN_PHRASES = 20;

    private final Lexicon lexicon;
    private final Zipf syllable;
    private final Zipf collocation;
    private final Zipf rare;
    private final Zipf withinTopic = new Zipf(TOPIC_WORDS, 0.9, 1);
    private final Zipf topicRank;
    private final Zipf ownRank = new Zipf(OWN_PHRASES, 1.0, 1);

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

    /**
     * A document's own phrases, which it says again and again: two to five words each, drawn as a
     * sentence's words are (so mostly its topic's and common ones), the same for the same random.
     */
    String[] ownPhrases(int[] topic, SplittableRandom rnd) {
        String[] own = new String[OWN_PHRASES];
        for (int i = 0; i < own.length; i++) {
            StringBuilder p = new StringBuilder();
            int words = 0;
            int length = 2 + rnd.nextInt(4);
            while (words < length) {
                if (words > 0) {
                    p.append(' ');
                }
                words += word(topic, rnd, p);
            }
            own[i] = p.toString();
        }
        return own;
    }

    /** One sentence, ending with its full stop or semicolon. */
    String sentence(int[] topic, String[] own, SplittableRandom rnd) {
        int length = (int) Math.max(4, Math.min(80, Math.round(Math.exp(Math.log(13) + 0.55 * rnd.nextGaussian()))));
        StringBuilder s = new StringBuilder(length * 7);
        int words = 0;
        while (words < length) {
            if (words > 0) {
                s.append(words > 3 && rnd.nextDouble() < 0.07 ? ", " : " ");
            }
            if (own.length > 0 && rnd.nextDouble() < OWN) {
                String phrase = own[ownRank.next(rnd)];
                s.append(phrase);
                words += 1 + (int) phrase.chars().filter(c -> c == ' ').count();
            } else {
                words += word(topic, rnd, s);
            }
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append(rnd.nextDouble() < 0.2 ? ";" : ".").toString();
    }

    /** Appends one fresh word (a topic's collocation, a common one, a rare word or a syllable); returns its syllables. */
    private int word(int[] topic, SplittableRandom rnd, StringBuilder s) {
        double u = rnd.nextDouble();
        if (u < TOPIC) {
            s.append(lexicon.collocations.get(topic[withinTopic.next(rnd)]));
            return 2;
        } else if (u < TOPIC + COLLOCATION) {
            s.append(lexicon.collocations.get(collocation.next(rnd)));
            return 2;
        } else if (u < TOPIC + COLLOCATION + RARE) {
            s.append(lexicon.rare(rare.next(rnd)));
            return 1;
        }
        s.append(lexicon.syllables.get(syllable.next(rnd)));
        return 1;
    }
}
