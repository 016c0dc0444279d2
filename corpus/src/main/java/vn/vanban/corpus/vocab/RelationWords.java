package vn.vanban.corpus.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.text.VietnameseText;

/**
 * The words of {@code relation-words.tsv} compiled into patterns over folded text, one per kind
 * (longest phrase first, whole words only). A comma inside a phrase is optional ("sửa đổi, bổ
 * sung" = "sửa đổi bổ sung"); spaces match any run of white space (PDF lines break anywhere).
 */
public final class RelationWords {

    /** A relation word found in a text: its kind, relation (verbs, passives, afters) and place. */
    public record Cue(String kind, Relation relation, int start, int end, boolean direct) {}

    private static final String[] KINDS = {"verb", "head", "prefix", "making", "block", "gap", "passive", "agent", "after", "locative", "annex", "noun", "join", "title"};

    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, Pattern> anchored = new HashMap<>();
    private final Map<String, Relation> relationByPhrase = new HashMap<>();
    private final java.util.Set<String> direct = new java.util.HashSet<>();
    /** Locatives, by phrase: the relations whose verbs they let reach a document. */
    private final Map<String, java.util.Set<Relation>> locativeRelations = new HashMap<>();
    private final Pattern gapOnly;
    /** Runs of prefixes, of a title's fillers: where they end. */
    private final Map<String, Pattern> runs = new HashMap<>();

    RelationWords(List<String[]> rows) {
        Map<String, List<String>> byKind = new HashMap<>();
        for (String[] r : rows) {
            String kind = r[0];
            if (!List.of(KINDS).contains(kind)) {
                throw new IllegalStateException("relation-words.tsv: unknown kind '" + kind + "' (phrase '" + r[2] + "')");
            }
            String folded = VietnameseText.fold(r[2]).toLowerCase(java.util.Locale.ROOT).trim();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(folded);
            if (r.length > 3 && "direct".equals(r[3])) {
                direct.add(kind + ":" + key(folded));
            }
            if ("locative".equals(kind)) {
                locativeRelations.computeIfAbsent(key(folded), k -> java.util.EnumSet.noneOf(Relation.class))
                        .add(Relation.fromJson(r[1]));
            } else if (!"-".equals(r[1])) {
                relationByPhrase.put(kind + ":" + key(folded), Relation.fromJson(r[1]));
            }
        }
        for (String kind : KINDS) {
            String words = "(?:" + alternation(byKind, kind) + ")";
            patterns.put(kind, Pattern.compile(words));
            anchored.put(kind, Pattern.compile("^[\\s\\-+•*]*" + words));
        }
        // Fillers, numbers ("Điều 1", "khoản 2"), punctuation and "ngày …": nothing that is a word of its own.
        // Possessive: a long run of digits that ends in a word must fail at once, not try every split.
        gapOnly = Pattern.compile("^(?:\\s++|[,.:;()\\-–]|\\d++[a-z]?|(?<![a-z])[ivxl]{1,6}(?![a-z])|(?<![a-z])[a-z](?![a-z])|(?<![a-z])(?:"
                + alternation(byKind, "gap") + ")(?![a-z]))*+$");
        // Prefixes may follow a bullet or a colon ("- Kế hoạch", "V/v: thực hiện"); a title's fillers stand between words.
        runs.put("prefix", Pattern.compile("^(?:[\\s\\-+•*:]|(?<![a-z])(?:" + alternation(byKind, "prefix") + ")(?![a-z]))*+"));
        runs.put("title", Pattern.compile("^\\s*(?:(?:" + alternation(byKind, "title") + ")\\s+)*"));
    }

    /** The phrases of a kind as one alternation, longest first (so that the longest wins). */
    private static String alternation(Map<String, List<String>> byKind, String kind) {
        List<String> phrases = byKind.getOrDefault(kind, List.of()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return phrases.isEmpty() ? "(?!)" : String.join("|", phrases.stream().map(RelationWords::regex).toList());
    }

    private static String regex(String folded) {
        // Whole words only; a phrase of punctuation (",") may touch what is around it ("QH14, Luật").
        String lead = Character.isLetterOrDigit(folded.charAt(0)) ? "(?<![a-z0-9])" : "";
        String trail = Character.isLetterOrDigit(folded.charAt(folded.length() - 1)) ? "(?![a-z0-9])" : "";
        return lead + body(folded) + trail;
    }

    private static String body(String folded) {
        StringBuilder b = new StringBuilder();
        for (String token : folded.split("\\s+")) {
            if (!b.isEmpty()) {
                b.append("\\s+");
            }
            if (token.endsWith(",") && token.length() > 1) {
                b.append(Pattern.quote(token.substring(0, token.length() - 1))).append("\\s*,?");
            } else {
                b.append(Pattern.quote(token));
            }
        }
        return b.toString();
    }

    private static String key(String phrase) {
        return phrase.replace(",", " ").replaceAll("\\s+", " ").trim();
    }

    /** Every cue of {@code kind} in {@code folded}[from, to), in order. */
    public List<Cue> find(String kind, String folded, int from, int to) {
        List<Cue> out = new ArrayList<>();
        Matcher m = patterns.get(kind).matcher(folded);
        m.region(Math.max(0, from), Math.max(Math.max(0, from), to));
        m.useTransparentBounds(true);
        while (m.find()) {
            String k = kind + ":" + key(m.group());
            out.add(new Cue(kind, relationByPhrase.get(k), m.start(), m.end(), direct.contains(k)));
        }
        return out;
    }

    /** The cue of {@code kind} that opens {@code folded}[from, to) after blanks and bullets, or null. */
    public Cue at(String kind, String folded, int from, int to) {
        Matcher m = anchored.get(kind).matcher(folded);
        m.region(Math.max(0, from), Math.max(Math.max(0, from), to));
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        String word = folded.substring(m.start(), m.end()).replaceFirst("^[\\s\\-+•*]*", "");
        String k = kind + ":" + key(word);
        return new Cue(kind, relationByPhrase.get(k), m.end() - word.length(), m.end(), direct.contains(k));
    }

    /** Whether the text is made of fillers only ("một số điều của", "khoản 2 Điều 3 của", "số"). */
    public boolean gapOnly(CharSequence folded) {
        // Fillers between a verb and its document are a few words, never a page.
        return folded.length() <= MAX_GAP && gapOnly.matcher(folded).matches();
    }

    private static final int MAX_GAP = 400;

    /** Where a run of prefixes opening {@code folded}[from, to) ends. */
    public int afterPrefixes(String folded, int from, int to) {
        return afterRun("prefix", folded, from, to);
    }

    /** Where a run of {@code kind} ("prefix", "title") opening {@code folded}[from, to) ends. */
    public int afterRun(String kind, String folded, int from, int to) {
        Matcher m = runs.get(kind).matcher(folded);
        m.region(from, Math.max(from, to));
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : from;
    }

    /**
     * Whether a verb of {@code relation} reaches a document over {@code gap}: fillers only, or (for
     * the relations that have locatives) free words ending in one ("… tại").
     */
    public boolean reaches(Cue verb, String gap) {
        return reaches(verb.relation(), verb.direct(), gap);
    }

    /** Whether any verb of {@code relation} (not one of the direct ones) reaches a document over {@code gap}. */
    public boolean reaches(Relation relation, String gap) {
        return reaches(relation, false, gap);
    }

    private boolean reaches(Relation relation, boolean direct, String gap) {
        if (gapOnly(gap)) {
            return true;
        }
        if (direct || gap.length() > 240 || gap.strip().contains("\n\n")) {
            return false;
        }
        Matcher m = patterns.get("locative").matcher(gap);
        int end = -1;
        java.util.Set<Relation> r = java.util.Set.of();
        while (m.find()) {
            end = m.end();
            r = locativeRelations.getOrDefault(key(m.group()), java.util.Set.of());
        }
        return end >= 0 && r.contains(relation) && gapOnly(gap.substring(end));
    }
}
