package dev.storyline.nlp.quotes;

import dev.storyline.model.Quote;
import dev.storyline.model.QuoteAttribution;
import dev.storyline.model.QuoteKind;
import dev.storyline.util.Deadline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.storyline.nlp.quotes.CuePatterns.ACCORDING_FIRST;
import static dev.storyline.nlp.quotes.CuePatterns.ACCORDING_LAST;
import static dev.storyline.nlp.quotes.CuePatterns.ADVERBIAL_STARTERS;
import static dev.storyline.nlp.quotes.CuePatterns.BARE_CLAUSE;
import static dev.storyline.nlp.quotes.CuePatterns.CUE_SPEAKER_LAST;
import static dev.storyline.nlp.quotes.CuePatterns.FINITE_VERBS;
import static dev.storyline.nlp.quotes.CuePatterns.MIN_STATEMENT_WORDS;
import static dev.storyline.nlp.quotes.CuePatterns.NOT_CLAUSE_OPENERS;
import static dev.storyline.nlp.quotes.CuePatterns.NOT_PAST_VERBS;
import static dev.storyline.nlp.quotes.CuePatterns.REPORTER_FIRST;
import static dev.storyline.nlp.quotes.CuePatterns.SAYING;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_CUE_LAST;
import static dev.storyline.nlp.quotes.CuePatterns.SUBJECT_WORDS;
import static dev.storyline.nlp.quotes.CuePatterns.TELLING;
import static dev.storyline.nlp.quotes.CuePatterns.THAT_CLAUSE;

/**
 * Indirect speech in one sentence: a reporting clause that names a speaker, and the statement it reports without the
 * cue. It must be precise rather than complete: only sentences ending with a full stop count, and a named speaker
 * must be one of the document's entities. The rules are tried in order:
 * <ol>
 *   <li>the cue last after a comma, speaker first: {@code ..., the emergency service said.};</li>
 *   <li>speaker and reporting verb first: {@code Defence Minister Sergei Shoigu said (that) ...}, {@code She told
 *   reporters that ...}; only said, says, added and adds may drop the "that", and then the rest must open like a
 *   clause and hold a finite verb, so that "The report said nothing about it" is not speech;</li>
 *   <li>{@code According to the police, ...} and {@code ..., according to officials familiar with the talks.};</li>
 *   <li>the cue last, verb first: {@code ..., said Ruiz, a spokesman.}</li>
 * </ol>
 */
final class IndirectSpeech {

    private IndirectSpeech() {
    }

    /** The indirect speech a sentence reports, or null. */
    static Quote in(String sentence, Lookback lookback, Deadline deadline) {
        String body;
        if (sentence.endsWith(".") && !sentence.endsWith("..")) {
            body = sentence.substring(0, sentence.length() - 1);
        } else if (sentence.matches(".*[^.]\\.[\"”]")) {
            body = sentence.substring(0, sentence.length() - 2) + sentence.charAt(sentence.length() - 1);
        } else {
            return null;
        }
        Quote trailing = trailingCue(body, SPEAKER_CUE_LAST, lookback, deadline);
        if (trailing != null) {
            return trailing;
        }
        Matcher m = REPORTER_FIRST.matcher(body);
        if (m.lookingAt()) {
            String text = reportedClause(m.group("cue"), body.substring(m.end()));
            if (text == null || !lookback.isSpeaker(m)) {
                return null;
            }
            return indirect(text, lookback.knownName(m), m.group("pronoun") != null
                    ? QuoteAttribution.PRONOUN : QuoteAttribution.REPORTING_CLAUSE);
        }
        for (Pattern pattern : new Pattern[] {ACCORDING_FIRST, ACCORDING_LAST}) {
            m = pattern.matcher(body);
            if (m.matches() && isStatement(m.group("text"), false)) {
                return indirect(m.group("text"), lookback.source(m.group("source")), QuoteAttribution.ACCORDING_TO);
            }
        }
        return trailingCue(body, CUE_SPEAKER_LAST, lookback, deadline);
    }

    /** Indirect speech whose cue ends the sentence after a comma, as {@code pattern} reads it; null for none. */
    private static Quote trailingCue(String body, Pattern pattern, Lookback lookback, Deadline deadline) {
        for (int comma = body.indexOf(", "); comma > 0; comma = body.indexOf(", ", comma + 1)) {
            deadline.check();
            String text = body.substring(0, comma);
            Matcher cue = pattern.matcher(body.substring(comma + 2));
            if (cue.matches() && lookback.isSpeaker(cue) && isStatement(text, false)) {
                return indirect(text, lookback.knownName(cue), cue.group("pronoun") != null
                        ? QuoteAttribution.PRONOUN : QuoteAttribution.TRAILING_CUE);
            }
        }
        return null;
    }

    private static Quote indirect(String text, String speaker, QuoteAttribution attribution) {
        if (speaker == null) {
            return null;
        }
        String statement = text.strip().replaceAll("[,;]$", "");
        return new Quote(statement, speaker, QuoteFinder.isAnonymous(speaker), QuoteKind.INDIRECT, attribution);
    }

    /**
     * The statement after a reporting verb: after "that" (with an adverbial or, for "told", the listener before it),
     * or for said, says, added and adds also a bare clause. Null when what follows is not a clause.
     */
    private static String reportedClause(String cue, String rest) {
        Matcher m = THAT_CLAUSE.matcher(rest);
        if (m.matches() && isAdverbialOrListener(m.group("gap"), TELLING.contains(cue))) {
            String text = m.group("text");
            if (!FINITE_VERBS.contains(firstWord(text)) && isStatement(text, false)) {
                return text;
            }
        }
        if (SAYING.contains(cue)) {
            m = BARE_CLAUSE.matcher(rest);
            if (m.matches() && isStatement(m.group("text"), true)) {
                return m.group("text");
            }
        }
        return null;
    }

    private static boolean isAdverbialOrListener(String gap, boolean telling) {
        String words = gap.strip();
        if (telling) {
            return !words.isEmpty() && words.split("\\s+").length <= 8;
        }
        return words.isEmpty() || ADVERBIAL_STARTERS.contains(firstWord(words));
    }

    /**
     * Whether text reads as a statement: at least {@value CuePatterns#MIN_STATEMENT_WORDS} words, no question, a finite
     * verb (an auxiliary, a frequent irregular form, a "-ed" word or a "n't") after its first word; with
     * {@code subjectFirst}, it must also open like a subject.
     */
    private static boolean isStatement(String text, boolean subjectFirst) {
        String[] words = text.strip().split("\\s+");
        if (words.length < MIN_STATEMENT_WORDS || text.contains("?")) {
            return false;
        }
        String first = firstWord(text);
        if (NOT_CLAUSE_OPENERS.contains(first)) {
            return false;
        }
        if (subjectFirst) {
            char initial = words[0].charAt(0);
            if (!SUBJECT_WORDS.contains(first) && !Character.isUpperCase(initial) && !Character.isDigit(initial)) {
                return false;
            }
        }
        for (int i = 1; i < Math.min(words.length, 12); i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’]", "");
            boolean past = word.length() > 3 && word.endsWith("ed") && !NOT_PAST_VERBS.contains(word);
            if (FINITE_VERBS.contains(word) || past || word.endsWith("n't") || word.endsWith("n’t")) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’]", "");
    }
}
