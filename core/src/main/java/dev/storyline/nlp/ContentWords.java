package dev.storyline.nlp;

import dev.storyline.model.Sentence;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a sentence as crude stems, so that "inspected" and "inspection" meet. Used to align sentences
 * across documents.
 */
public final class ContentWords {

    static final int STEM_LENGTH = 6;

    /** Numbers in words: a count, not a content word, so that "three killed" and "3 killed" have the same stems. */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "dozen");

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
    public static String stemOf(String token) {
        String term = TermVector.term(token);
        if (term == null || Character.isDigit(term.charAt(0)) || NUMBER_WORDS.contains(term)) {
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
}
