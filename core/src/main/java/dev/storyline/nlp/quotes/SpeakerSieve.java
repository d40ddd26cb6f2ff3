package dev.storyline.nlp.quotes;

import dev.storyline.model.EntityType;
import dev.storyline.model.QuoteAttribution;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.storyline.nlp.quotes.CuePatterns.ACCORDING_TO;
import static dev.storyline.nlp.quotes.CuePatterns.BEFORE_QUOTE;
import static dev.storyline.nlp.quotes.CuePatterns.CUE_REACH;
import static dev.storyline.nlp.quotes.CuePatterns.CUE_SPEAKER_BEFORE;
import static dev.storyline.nlp.quotes.CuePatterns.CUE_THEN_SPEAKER;
import static dev.storyline.nlp.quotes.CuePatterns.INTRODUCES_QUOTE;
import static dev.storyline.nlp.quotes.CuePatterns.MAX_CONTINUATION_GAP;
import static dev.storyline.nlp.quotes.CuePatterns.POSSESSIVE_END;
import static dev.storyline.nlp.quotes.CuePatterns.SENTENCE_SUBJECT;
import static dev.storyline.nlp.quotes.CuePatterns.SIGNED;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_CUE_ANYWHERE;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_LABEL;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_PHRASE_CUE;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_THEN_CUE;
import static dev.storyline.nlp.quotes.CuePatterns.SPEAKER_THEN_VERB;

/**
 * One named rule that may say who spoke a quote, in the manner of CoreNLP's quote-attribution sieves: the quote
 * finder tries {@link #CUED}, then {@link #CARRIED_OVER}, in order, keeps the first answer and records the rule's
 * name with the quote.
 *
 * @param attribution the rule's name, recorded with each quote it attributes
 * @param rule        what it reads: the quote and the document's context
 */
record SpeakerSieve(QuoteAttribution attribution, Rule rule) {

    /** A speaker rule: the speaker it finds for a quote, or null. */
    interface Rule {
        Found find(QuotedSpan quote, QuoteContext context);
    }

    /** The speaker a rule found, and whether its cue named them by a pronoun. */
    record Found(String speaker, boolean pronoun) {

        /** The speaker of a cue match, or null when there is none. */
        static Found cued(Matcher m, String speaker) {
            return speaker == null ? null : new Found(speaker, m.group("pronoun") != null);
        }

        static Found of(String speaker) {
            return speaker == null ? null : new Found(speaker, false);
        }
    }

    /** The rules that read the cue next to the quote and the sentence leading into it. */
    static final List<SpeakerSieve> CUED = List.of(
            new SpeakerSieve(QuoteAttribution.CUE_AFTER, SpeakerSieve::cueAfter),
            new SpeakerSieve(QuoteAttribution.SIGNATURE, SpeakerSieve::signature),
            new SpeakerSieve(QuoteAttribution.CUE_BEFORE, SpeakerSieve::cueBefore),
            new SpeakerSieve(QuoteAttribution.NAME_THEN_VERB, SpeakerSieve::nameThenVerb),
            new SpeakerSieve(QuoteAttribution.CUE_CLOSING_SENTENCE, SpeakerSieve::cueClosingSentence),
            new SpeakerSieve(QuoteAttribution.LABEL, SpeakerSieve::label),
            new SpeakerSieve(QuoteAttribution.INTRODUCING_SUBJECT, SpeakerSieve::introducingSubject));

    /** The rules tried when no cue names the speaker: they carry a voice over from a quote or sentence before. */
    static final List<SpeakerSieve> CARRIED_OVER = List.of(
            new SpeakerSieve(QuoteAttribution.CONTINUATION, SpeakerSieve::continuation),
            new SpeakerSieve(QuoteAttribution.PREVIOUS_PARAGRAPH, SpeakerSieve::previousParagraph),
            new SpeakerSieve(QuoteAttribution.SENTENCE_BEFORE, SpeakerSieve::sentenceBefore));

    /** A quoted phrase's own rule, tried after {@link #CUED}. */
    static final SpeakerSieve PHRASE = new SpeakerSieve(QuoteAttribution.PHRASE_SUBJECT, SpeakerSieve::phraseSubject);

    /**
     * The speaker this sieve finds for a quote, credited to it, or to {@link QuoteAttribution#PRONOUN} when its cue
     * names a pronoun; null for none.
     */
    Attributed attribute(QuotedSpan quote, QuoteContext context) {
        Found found = rule.find(quote, context);
        if (found == null) {
            return null;
        }
        return new Attributed(found.speaker(), found.pronoun() ? QuoteAttribution.PRONOUN : attribution);
    }

    /** The speaker the first of {@code sieves} that finds one gives, or null. */
    static Attributed first(List<SpeakerSieve> sieves, QuotedSpan quote, QuoteContext context) {
        for (SpeakerSieve sieve : sieves) {
            Attributed found = sieve.attribute(quote, context);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code "...," Ruiz said}, {@code "...," said Ruiz}, {@code "...," according to Ruiz}. */
    static Found cueAfter(QuotedSpan quote, QuoteContext context) {
        for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, ACCORDING_TO}) {
            Matcher m = pattern.matcher(quote.after());
            if (m.find() && Lookback.isPlausible(m)) {
                return Found.cued(m, quote.lookback().resolve(m));
            }
        }
        return null;
    }

    /** {@code "..." ― Pamela Padilla} at the end of a paragraph. */
    static Found signature(QuotedSpan quote, QuoteContext context) {
        Matcher m = SIGNED.matcher(quote.after());
        return m.find() && Lookback.isPlausible(m) ? Found.cued(m, quote.lookback().resolve(m)) : null;
    }

    /** {@code Ruiz said: "..."}, {@code Said Ruiz: "..."}, {@code According to Ruiz, "..."}. */
    static Found cueBefore(QuotedSpan quote, QuoteContext context) {
        String tail = QuoteText.tail(quote.before());
        for (Pattern pattern : new Pattern[] {BEFORE_QUOTE, CUE_SPEAKER_BEFORE}) {
            Matcher m = plausibleMatch(pattern, tail);
            if (m != null) {
                return Found.cued(m, quote.lookback().resolve(m));
            }
        }
        return null;
    }

    /**
     * {@code "...," Ruiz fumed}, {@code "...?" Ruiz pressed}: the subject that follows a quote is almost always who
     * spoke it. Only a known entity or a description without a clause counts.
     */
    static Found nameThenVerb(QuotedSpan quote, QuoteContext context) {
        Matcher m = SPEAKER_THEN_VERB.matcher(quote.after());
        if (!m.find()) {
            return null;
        }
        return Found.cued(m, quote.lookback().trusted(m));
    }

    /**
     * The cue that closes the writer's sentence after a quoted fragment, following a comma
     * ({@code "..." if the vote fails, Ruiz said.}, {@code "..." for the city, said Ruiz}).
     */
    static Found cueClosingSentence(QuotedSpan quote, QuoteContext context) {
        String clause = QuoteText.restOfSentence(quote.after());
        if (clause.isEmpty() || Character.isUpperCase(clause.charAt(0))) {
            return null;
        }
        for (int comma = clause.indexOf(", "); comma > 0; comma = clause.indexOf(", ", comma + 1)) {
            String rest = clause.substring(comma + 1);
            for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER}) {
                Matcher m = pattern.matcher(rest);
                if (m.find() && quote.lookback().isSpeaker(m)) {
                    return Found.cued(m, quote.lookback().knownName(m));
                }
            }
        }
        return null;
    }

    /** A known name as a label before a colon, as round-ups and transcripts write: {@code Pollsters agree - Ana Ruiz: "..."}. */
    static Found label(QuotedSpan quote, QuoteContext context) {
        Matcher m = SPEAKER_LABEL.matcher(QuoteText.tail(quote.before()));
        if (!m.find() || m.group("pronoun") != null) {
            return null;
        }
        return Found.of(quote.lookback().trusted(m));
    }

    /**
     * The subject of the sentence that leads into a quote with a colon, a comma or a participle
     * ({@code Ruiz shared the news on Friday, writing "..."}), unless a said-type cue later in that sentence names
     * someone else ({@code They will meet soon, Ruiz said, adding, "...}). A description cut short ("the vast",
     * "the timing") names no one, and neither a place nor a dateline is a subject that speaks.
     */
    static Found introducingSubject(QuotedSpan quote, QuoteContext context) {
        String before = quote.before();
        if (before.length() > CUE_REACH || !INTRODUCES_QUOTE.matcher(before).find()) {
            return null;
        }
        String cued = lastCuedSpeaker(before, quote.lookback());
        if (cued != null) {
            return Found.of(cued);
        }
        Matcher m = SENTENCE_SUBJECT.matcher(before);
        if (!m.lookingAt() || !Lookback.namesSomeone(m)) {
            return null;
        }
        String subject = quote.lookback().trusted(m);
        if (subject == null || context.names().typeOf(subject) == EntityType.LOCATION || isShouted(subject)) {
            return null;
        }
        return Found.cued(m, subject);
    }

    /**
     * A quote with no cue goes on in the voice of the paragraph's previous quote when at most
     * {@value CuePatterns#MAX_CONTINUATION_GAP} characters, or only the rest of that quote's sentence, lie between.
     */
    static Found continuation(QuotedSpan quote, QuoteContext context) {
        if (quote.previousSpeaker() == null || quote.previousClose() < 0) {
            return null;
        }
        boolean sentenceBetween = context.sentenceStart(quote.paragraph(), quote.open() - 1) > quote.previousClose();
        if (quote.open() - quote.previousClose() > MAX_CONTINUATION_GAP && sentenceBetween) {
            return null;
        }
        return Found.of(quote.previousSpeaker());
    }

    /** A quote opening its paragraph goes on in the voice of the quote that closed the previous paragraph. */
    static Found previousParagraph(QuotedSpan quote, QuoteContext context) {
        boolean opens = quote.previousClose() < 0 && quote.before().isBlank();
        return opens ? Found.of(quote.closingSpeaker()) : null;
    }

    /**
     * The speaker named by the sentence just before the quote ({@code Earnest said Monday. "What I would also
     * say..."}): its last cue; when it has none, what it names as for a quote it leads into if it ends with a colon
     * ({@code Continued Ruiz:}); else the named person it opens with. A sentence holding a quotation mark gives none.
     */
    static Found sentenceBefore(QuotedSpan quote, QuoteContext context) {
        String text = context.text();
        int end = context.paragraphStart(quote.paragraph()) + quote.open();
        int at = end;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int start = context.sentenceStartInDocument(end);
        String sentence = text.substring(start, end);
        if (sentence.indexOf('"') >= 0) {
            return null;
        }
        Lookback whole = new Lookback(context.names(), start, at, quote.lookback().lastSpeaker());
        String speaker = null;
        Matcher m = SPEAKER_CUE_ANYWHERE.matcher(sentence);
        while (m.find()) {
            if (Lookback.isPlausible(m)) {
                speaker = whole.resolve(m);
            }
        }
        if (speaker == null && sentence.endsWith(":")) {
            QuotedSpan leading = new QuotedSpan(quote.paragraph(), quote.open(), quote.close(), quote.text(), sentence, "",
                    whole, -1, null, null);
            Attributed cued = first(CUED, leading, context);
            speaker = cued == null ? null : cued.speaker();
        }
        if (speaker == null) {
            m = SENTENCE_SUBJECT.matcher(sentence);
            if (m.lookingAt() && m.group("name") != null) {
                String name = whole.trusted(m);
                speaker = name != null && context.names().isPerson(name) ? name : null;
            }
        }
        return Found.of(speaker);
    }

    /**
     * The speaker of a quoted phrase named as the subject of its sentence with a cue or a verb that frames a phrase
     * ({@code Kalloway called it "a fair deal"}, {@code He said the plan was "a betrayal"}).
     */
    static Found phraseSubject(QuotedSpan quote, QuoteContext context) {
        String paragraph = context.normalized(quote.paragraph());
        String sentence = paragraph.substring(context.sentenceStart(quote.paragraph(), quote.open()), quote.open());
        Matcher m = SPEAKER_PHRASE_CUE.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        return Found.cued(m, quote.lookback().trusted(m));
    }

    /** A name in capitals only, as a dateline opens a story ("WASHINGTON"): no subject of the writer's sentence. */
    private static boolean isShouted(String name) {
        return name.length() > 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
    }

    /** The speaker of the last trusted said-type cue inside a sentence, or null. */
    private static String lastCuedSpeaker(String sentence, Lookback lookback) {
        Matcher m = SPEAKER_CUE_ANYWHERE.matcher(sentence);
        String speaker = null;
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            if (lookback.isSpeaker(m)) {
                speaker = lookback.knownName(m);
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return speaker;
    }

    /**
     * The first match of a cue pattern in {@code text} whose speaker is plausible: not a possessive whose noun reads as
     * a cue ("Vesk's comments Tuesday, telling reporters,"), and not a description running over "and" into another
     * clause ("a woman asked for a photo and Ruiz said,"); null for none.
     */
    private static Matcher plausibleMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String name = m.group("name");
            String described = m.group("description") != null ? m.group("description") : m.group("owned");
            boolean possessive = name != null && POSSESSIVE_END.matcher(name).find();
            if (!possessive && (described == null || !described.contains(" and ")) && Lookback.isPlausible(m)) {
                return m;
            }
            from = m.start() + 1;
        }
        return null;
    }
}
