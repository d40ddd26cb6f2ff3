package dev.storyline.nlp;

import dev.storyline.model.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a sentence as crude stems, so that "inspected" and "inspection" meet; and the quantities it
 * states with what they count. Used to align sentences across documents.
 */
public final class ContentWords {

    static final int STEM_LENGTH = 6;
    static final int QUANTITY_WINDOW = 3;
    static final double MAX_CONFLICT_RATIO = 3;

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("dozen", 12));
    /** Nouns that count almost anything; sharing one says nothing about counting the same thing. */
    private static final Set<String> GENERIC_COUNTED = Set.of("people", "person", "time", "year", "day", "week",
            "month", "hour", "minut", "per", "cent", "percen", "number");

    /** A number stated in a sentence with the stem of what it counts: the first telling word after it. */
    public record Quantity(String value, String counted) {
    }

    private ContentWords() {
    }

    public static Set<String> stems(Sentence sentence) {
        Set<String> stems = new LinkedHashSet<>();
        for (String token : sentence.tokens()) {
            String stem = stemOf(token);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** The stem of a content word: a common suffix removed, then cut to six letters; null for other tokens. */
    static String stemOf(String token) {
        String term = TermVector.term(token);
        if (term == null || numberValue(token) != null) {
            return null;
        }
        for (String suffix : new String[] {"ings", "ing", "ions", "ion", "ments", "ment", "ed", "es", "s"}) {
            if (term.endsWith(suffix) && term.length() - suffix.length() >= 4) {
                term = term.substring(0, term.length() - suffix.length());
                break;
            }
        }
        return term.length() > STEM_LENGTH ? term.substring(0, STEM_LENGTH) : term;
    }

    /**
     * The numbers of a sentence, in digits or words ("14", "1,500", "nineteen"), each with the stem of the first
     * content word within {@value #QUANTITY_WINDOW} tokens after it that is not a generic counted noun ("people"):
     * "14 were injured" and "nineteen people were injured" both count "injur". Left out: years (four digits from
     * 1900 to 2100), which date rather than count; and numbers followed by "other" or "of", which count an addition
     * or a part.
     */
    public static List<Quantity> quantities(Sentence sentence) {
        List<String> tokens = sentence.tokens();
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String value = numberValue(tokens.get(i));
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).toLowerCase(Locale.ROOT) : "";
            if (value == null || isYear(value) || next.equals("other") || next.equals("of")) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + QUANTITY_WINDOW); j++) {
                String stem = stemOf(tokens.get(j));
                if (stem != null && !GENERIC_COUNTED.contains(stem)) {
                    quantities.add(new Quantity(value, stem));
                    break;
                }
            }
        }
        return quantities;
    }

    /**
     * True when the two sentences count the same thing with numbers that differ but are within a factor of
     * {@value #MAX_CONFLICT_RATIO} of each other (figures further apart measure different things: "30,000
     * vehicles a day" and "three vehicles").
     */
    public static boolean conflictingQuantities(List<Quantity> a, List<Quantity> b) {
        for (Quantity x : a) {
            for (Quantity y : b) {
                if (x.counted.equals(y.counted) && !x.value.equals(y.value) && closeEnough(x.value, y.value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean closeEnough(String a, String b) {
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= MAX_CONFLICT_RATIO;
    }

    /** Shared items over the size of the smaller set; 0 when either is empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    /** Twice the shared items over the sum of the sizes: 1 for equal sets, 0 for disjoint or empty ones. */
    public static double dice(Set<String> a, Set<String> b) {
        return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * shared(a, b) / (a.size() + b.size());
    }

    public static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String item : small) {
            if (large.contains(item)) {
                shared++;
            }
        }
        return shared;
    }

    private static String numberValue(String token) {
        String plain = token.replace(",", "");
        if (!plain.isEmpty() && Character.isDigit(plain.charAt(0))
                && plain.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
        }
        Integer word = NUMBER_WORDS.get(token.toLowerCase(Locale.ROOT));
        return word == null ? null : word.toString();
    }

    private static boolean isYear(String value) {
        if (value.length() != 4 || value.indexOf('.') >= 0) {
            return false;
        }
        int year = Integer.parseInt(value);
        return year >= 1900 && year <= 2100;
    }
}
