package vn.vanban.corpus.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.vocab.Tsv;

/** The data the generator writes documents from (resources next to this class), read once. */
final class GeneratorVocabulary {

    /** A topic: what documents are about, and the sentences of their bodies. */
    record Topic(String subject, List<String> tasks) {}

    private static final String DIR = "/vn/vanban/corpus/generate/";
    private static final GeneratorVocabulary STANDARD = new GeneratorVocabulary();

    final List<Topic> topics = new ArrayList<>();
    final List<String> districts = new ArrayList<>();
    final Map<String, List<String>> names = new LinkedHashMap<>();
    final List<Office> offices = new ArrayList<>();
    final Map<String, List<String>> phrases = new LinkedHashMap<>();

    private GeneratorVocabulary() {
        for (String[] r : Tsv.read(DIR + "topics.tsv", 2)) {
            topics.add(new Topic(r[0], Tsv.list(r[1])));
        }
        for (String[] r : Tsv.read(DIR + "districts.tsv", 1)) {
            districts.add(r[0]);
        }
        for (String[] r : Tsv.read(DIR + "names.tsv", 2)) {
            names.put(r[0], Tsv.list(r[1]));
        }
        for (String[] r : Tsv.read(DIR + "offices.tsv", 7)) {
            offices.add(new Office(Level.fromJson(r[0]), r[1], Tsv.list(r[2]), r[3], r[4], Tsv.list(r[5]),
                    Integer.parseInt(r[6])));
        }
        for (String[] r : Tsv.read(DIR + "phrases.tsv", 2)) {
            phrases.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
    }

    static GeneratorVocabulary standard() {
        return STANDARD;
    }

    List<Office> offices(Level level) {
        return offices.stream().filter(o -> o.level() == level).toList();
    }

    List<String> phrases(String use) {
        List<String> p = phrases.get(use);
        if (p == null) {
            throw new IllegalStateException("phrases.tsv has no phrase for " + use);
        }
        return p;
    }
}
