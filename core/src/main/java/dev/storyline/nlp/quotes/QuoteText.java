package dev.storyline.nlp.quotes;

import java.util.Locale;

import static dev.storyline.nlp.quotes.CuePatterns.ABBREVIATIONS;
import static dev.storyline.nlp.quotes.CuePatterns.CUE_REACH;

/** Small readings of the text around a quote that several rules share. */
final class QuoteText {

    private QuoteText() {
    }

    /**
     * The last {@value CuePatterns#CUE_REACH} characters of the text before a quote, cut at a space: the patterns that
     * find a cue there match at its end, and trying them from every earlier position only costs time.
     */
    static String tail(String before) {
        if (before.length() <= CUE_REACH) {
            return before;
        }
        int cut = before.length() - CUE_REACH;
        while (cut < before.length() && !Character.isWhitespace(before.charAt(cut))) {
            cut++;
        }
        return before.substring(cut);
    }

    /** The text after a quote up to the end of its sentence, at most {@value CuePatterns#CUE_REACH} characters, stripped. */
    static String restOfSentence(String after) {
        int end = Math.min(after.length(), CUE_REACH);
        for (int i = 0; i < end; i++) {
            char c = after.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == after.length() || Character.isWhitespace(after.charAt(i + 1)))
                    && !isAbbreviation(after, i)) {
                end = i;
                break;
            }
        }
        return after.substring(0, end).strip();
    }

    /** Whether the full stop at {@code period} ends an initial, a title or an abbreviation ("U.S.", "Mr."). */
    static boolean isAbbreviation(String text, int period) {
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, period);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".") || ABBREVIATIONS.contains(word);
    }

    /** True when the text after a quote opens a new sentence, so a cue there belongs to that sentence. */
    static boolean startsUpperCase(String text) {
        String stripped = text.stripLeading();
        return !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
    }

    static int wordCount(String text) {
        return text.strip().toLowerCase(Locale.ROOT).split("\\s+").length;
    }
}
