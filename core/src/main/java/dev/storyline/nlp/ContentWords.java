package dev.storyline.nlp;

import dev.storyline.model.Sentence;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The content words of a sentence as crude stems (the first {@value #STEM_LENGTH} letters), so that "inspected" and
 * "inspection" meet; and the numbers it states. Used to align sentences across documents.
 */
public final class ContentWords {

    static final int STEM_LENGTH = 6;

    private ContentWords() {
    }

    public static Set<String> stems(Sentence sentence) {
        Set<String> stems = new LinkedHashSet<>();
        for (String token : sentence.tokens()) {
            String term = TermVector.term(token);
            if (term != null && !isNumber(term)) {
                stems.add(term.length() > STEM_LENGTH ? term.substring(0, STEM_LENGTH) : term);
            }
        }
        return stems;
    }

    /** The numbers written in digits in the sentence, separators removed ("1,500" is "1500"). */
    public static Set<String> numbers(Sentence sentence) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String token : sentence.tokens()) {
            String plain = token.replace(",", "");
            if (isNumber(plain)) {
                numbers.add(plain);
            }
        }
        return numbers;
    }

    /** Shared items over the size of the smaller set; 0 when either is empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    /** Jaccard similarity of two sets; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        int shared = shared(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
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

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                && Character.isDigit(token.charAt(0));
    }
}
