package dev.storyline.cluster;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the terms the clusterer compares: Lucene's standard tokenizer and possessive filter, then lower case,
 * stopwords out, and the Porter2 (Snowball English) stem, so that "strikes", "striking" and "strike" meet.
 *
 * <p>It also picks out name tokens: a capitalized word that does not open a sentence ("Shoigu", "Mr. Shoigu"), an
 * acronym even when it spells a stopword ("US", "WHO"), lower-cased
 * but not stemmed, and years ("2013"). They stand in for named entities and dates, which tell two events of the same
 * kind apart (two earthquakes in two countries, or in two years). Not thread-safe: one instance per thread.
 */
final class TermAnalyzer {

    /** Words that say nothing about the happening: Lucene's English stopwords plus reporting verbs and fillers. */
    private static final CharArraySet STOPWORDS = stopwords();

    /** Abbreviated titles whose full stop does not end a sentence: the word after "Mr." is still a name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen",
            "rep", "gov", "lt", "col", "sgt", "capt", "st");

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** The terms of one text, in order. */
    record Terms(List<String> stems, List<String> names) {
    }

    Terms analyze(String text) {
        List<String> stems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            stream.reset();
            int previousEnd = 0;
            String previousWord = "";
            while (stream.incrementToken()) {
                boolean opensSentence = opensSentence(text, previousEnd, offset.startOffset());
                previousEnd = offset.endOffset();
                String word = term.toString();
                String lower = word.toLowerCase(Locale.ROOT);
                boolean acronym = isAcronym(word);
                if (lower.length() < 2 || STOPWORDS.contains(lower) && !acronym) {
                    previousWord = lower;
                    continue;
                }
                boolean afterTitle = TITLES.contains(previousWord);
                if ((!opensSentence || afterTitle) && Character.isUpperCase(word.charAt(0)) || acronym || isYear(lower)) {
                    names.add(lower);
                }
                previousWord = lower;
                stems.add(stem(lower));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Terms(stems, names);
    }

    /** Two or more capitals and nothing else, as in "US", "WHO" or "NATO": a name even when it spells a stopword. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A year from 1900 to 2099: like a name, it tells apart two events of the same kind. */
    private static boolean isYear(String token) {
        return token.length() == 4 && (token.startsWith("19") || token.startsWith("20"))
                && Character.isDigit(token.charAt(2)) && Character.isDigit(token.charAt(3));
    }

    private String stem(String lower) {
        if (!Character.isLetter(lower.charAt(0))) {
            return lower;
        }
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** True at the start of a text and after a sentence end, a colon, a quotation mark or a line break. */
    private static boolean opensSentence(String text, int from, int to) {
        if (from == 0) {
            return true;
        }
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', '!', '?', ':', '"', '“', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static CharArraySet stopwords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        for (String word : List.of("said", "says", "say", "told", "tell", "added", "according", "also", "has", "have",
                "had", "been", "was", "were", "its", "his", "her", "their", "our", "we", "you", "he", "she", "him",
                "them", "who", "which", "what", "when", "where", "would", "could", "should", "can", "may", "might",
                "will", "from", "after", "before", "over", "about", "more", "than", "other", "one", "two", "new",
                "some", "all", "any", "out", "up", "just", "like", "did", "do", "does", "so", "very", "mr", "mrs",
                "ms", "dr", "i", "me", "my", "us", "while", "since", "last", "first", "year", "years", "time",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")) {
            set.add(word);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
