package vn.vanban.corpus.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.text.VietnameseText;

/**
 * The words the generator writes bodies with, by rank (rank 0 the most frequent): first the
 * syllables of its stock sentences, ordered by how often they occur there, then syllables of
 * {@link Syllables} in a fixed order; collocations (two syllables that go together, "phòng chống",
 * "ủy ban") likewise; and rare words made from their rank without end (numbers, codes of offices,
 * foreign names, words typed without their marks), which keep the vocabulary growing with the
 * corpus as a real archive's does. Built once, the same every time.
 */
final class Lexicon {

    private static final Pattern SYLLABLE = Pattern.compile("\\p{L}+");
    private static final int SYNTHETIC_COLLOCATIONS = 40_000;
    private static final String CODE_LETTERS = "BCDĐGHKLMNPQRSTVX";
    private static final String[] NAME_ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "st", "tr", "sh", "ch"};
    private static final String[] NAME_VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ie"};
    private static final String[] NAME_CODAS = {"", "", "n", "r", "s", "l", "k", "m"};

    final List<String> syllables;
    final List<String> collocations;
    /** How many syllables come from the stock sentences (the rest are made). */
    final int stockSyllables;

    Lexicon(GeneratorVocabulary words) {
        StringBuilder stock = new StringBuilder();
        for (GeneratorVocabulary.Topic t : words.topics) {
            stock.append(t.subject()).append('\n');
            t.tasks().forEach(s -> stock.append(s).append('\n'));
        }
        words.phrases.values().forEach(list -> list.forEach(s -> stock.append(s.replaceAll("\\{[A-Z]+\\}", "\n")).append('\n')));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (String clause : stock.toString().toLowerCase(Locale.ROOT).split("[\\n.,;:()\"“”]")) {
            Matcher m = SYLLABLE.matcher(clause);
            String previous = null;
            while (m.find()) {
                String s = m.group();
                counts.merge(s, 1, Integer::sum);
                if (previous != null) {
                    pairs.merge(previous + " " + s, 1, Integer::sum);
                }
                previous = s;
            }
        }
        List<String> ranked = byCount(counts, 1);
        stockSyllables = ranked.size();
        Set<String> all = new LinkedHashSet<>(ranked);
        List<String> made = new ArrayList<>(Syllables.all());
        shuffle(made, new SplittableRandom(0x5111AB1EL));
        all.addAll(made);
        syllables = List.copyOf(all);

        Set<String> coll = new LinkedHashSet<>(byCount(pairs, 2));
        Zipf pick = new Zipf(syllables.size(), 0.9, 20, 800, 3);
        SplittableRandom rnd = new SplittableRandom(0xC0110CL);
        while (coll.size() < SYNTHETIC_COLLOCATIONS) {
            coll.add(syllables.get(pick.next(rnd)) + " " + syllables.get(pick.next(rnd)));
        }
        collocations = List.copyOf(coll);
    }

    /** A rare word, made from its rank: the same rank, the same word. */
    String rare(int rank) {
        int n = rank / 4;
        switch (rank % 4) {
            case 0:
                return Integer.toString(11 + n);
            case 1: {
                StringBuilder code = new StringBuilder();
                int x = n + CODE_LETTERS.length();
                while (x > 0) {
                    code.append(CODE_LETTERS.charAt(x % CODE_LETTERS.length()));
                    x /= CODE_LETTERS.length();
                }
                return code.toString();
            }
            case 2: {
                StringBuilder name = new StringBuilder();
                int x = n + 1;
                while (x > 0) {
                    name.append(NAME_ONSETS[x % NAME_ONSETS.length]);
                    x /= NAME_ONSETS.length;
                    name.append(NAME_VOWELS[x % NAME_VOWELS.length]);
                    x /= NAME_VOWELS.length;
                    name.append(NAME_CODAS[x % NAME_CODAS.length]);
                    x /= NAME_CODAS.length;
                }
                return Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
            default:
                // A word typed without its marks, as in files written on a keyboard without them.
                return VietnameseText.fold(syllables.get(n % syllables.size())).toLowerCase(Locale.ROOT);
        }
    }

    private static List<String> byCount(Map<String, Integer> counts, int min) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= min)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
