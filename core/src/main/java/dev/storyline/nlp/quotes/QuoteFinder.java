package dev.storyline.nlp.quotes;

import dev.storyline.model.Entity;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.model.Sentence;
import dev.storyline.util.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import static dev.storyline.nlp.quotes.CuePatterns.CUE_RIGHT_BEFORE;
import static dev.storyline.nlp.quotes.CuePatterns.MIN_EMBEDDED_QUOTE_WORDS;
import static dev.storyline.nlp.quotes.CuePatterns.MIN_EMBEDDED_SENTENCE_WORDS;
import static dev.storyline.nlp.quotes.CuePatterns.MIN_QUOTE_WORDS;
import static dev.storyline.nlp.quotes.CuePatterns.QUOTED;
import static dev.storyline.nlp.quotes.CuePatterns.UNNAMED_GROUP;
import static dev.storyline.nlp.quotes.CuePatterns.UNNAMED_THE;

/**
 * Finds what a document reports people said: direct quotes, quoted phrases and indirect speech, each with its speaker
 * and the rule that chose the speaker.
 *
 * <p>The document is read once into a {@link QuoteContext}: the paragraphs, the analyzer's sentences with their
 * offsets, and the names with their types. Every pair of double quotation marks is then a {@link QuotedSpan}:
 * <ul>
 *   <li><b>Direct quotes</b> get their speaker from the first rule that names one, {@link SpeakerSieve#CUED} then
 *   {@link SpeakerSieve#CARRIED_OVER}:
 *   a cue after or before the quote, a signature, a known name with a verb, the cue closing the sentence, a label, the
 *   subject of the sentence leading in; then the voice of the paragraph's previous quote, of the quote closing the
 *   previous paragraph, or of the sentence just before.</li>
 *   <li><b>Quoted phrases</b> are words in quotation marks that are not a quote of their own: fewer than
 *   {@value CuePatterns#MIN_QUOTE_WORDS} words ({@value CuePatterns#MIN_EMBEDDED_QUOTE_WORDS} when they start in lower
 *   case), or inside the writer's own sentence with neither a colon, comma, bracket or cue verb before them nor a
 *   cue after ({@code He called the plan "a betrayal of farmers and their families"}), unless they read as a sentence
 *   of their own (at least {@value CuePatterns#MIN_EMBEDDED_SENTENCE_WORDS} words starting with a capital). A phrase
 *   gets a speaker only from the cued rules or from the subject of its own sentence: the rules that carry a voice
 *   over are too loose for a few words.</li>
 *   <li><b>Indirect speech</b> ({@link IndirectSpeech}) is read in the sentences that hold no direct quote, in
 *   paragraphs with an even number of quotation marks.</li>
 * </ul>
 * A pronoun stands for a person only, never an organisation or a place.
 */
public final class QuoteFinder {

    /** Words a title leaves in lower case. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "with",
            "for", "to", "in", "on", "at", "by", "from", "as", "vs.");

    /** A quote with its offset in its paragraph, to keep a paragraph's quotes in reading order. */
    private record Placed(int offset, Quote quote) {
    }

    /** The quotes, phrases and indirect speech of a document's paragraphs, in reading order. */
    public List<Quote> find(List<String> paragraphs, List<Sentence> sentences, List<Entity> entities, Deadline deadline) {
        QuoteContext context = new QuoteContext(paragraphs, sentences, entities);
        List<Quote> quotes = new ArrayList<>();
        String lastSpeaker = null;
        String closingSpeaker = null;
        for (int p = 0; p < context.paragraphCount(); p++) {
            deadline.check();
            String normalized = context.normalized(p);
            List<Placed> placed = new ArrayList<>();
            List<int[]> directSpans = new ArrayList<>();
            Matcher m = QUOTED.matcher(normalized);
            int previousClose = -1;
            String previousSpeaker = null;
            int from = 0;
            while (from < normalized.length() && m.find(from)) {
                deadline.check();
                if (isBetweenQuotes(context.paragraph(p), m)) {
                    from = m.end() - 1;
                    continue;
                }
                from = m.end();
                QuotedSpan quote = QuotedSpan.of(context, p, m, previousClose, previousSpeaker, closingSpeaker, lastSpeaker);
                String text = quote.text();
                Attributed cued = SpeakerSieve.first(SpeakerSieve.CUED, quote, context);
                Attributed speaker = cued != null ? cued : SpeakerSieve.first(SpeakerSieve.CARRIED_OVER, quote, context);
                if (isDirect(text, quote.before(), quote.after())) {
                    placed.add(new Placed(m.start(), quote(text, speaker, QuoteKind.DIRECT)));
                    directSpans.add(new int[] {m.start(), m.end()});
                    if (speaker != null) {
                        lastSpeaker = speaker.speaker();
                    }
                } else {
                    Attributed phraseSpeaker = cued != null ? cued : SpeakerSieve.PHRASE.attribute(quote, context);
                    placed.add(new Placed(m.start(), quote(text, phraseSpeaker, QuoteKind.PHRASE)));
                }
                previousClose = m.end();
                previousSpeaker = speaker == null ? null : speaker.speaker();
            }
            boolean endsOnCue = previousClose >= 0 && context.sentenceStart(p, normalized.length() - 1) <= previousClose;
            closingSpeaker = endsOnCue ? previousSpeaker : null;
            if (normalized.chars().filter(c -> c == '"').count() % 2 == 0) {
                placed.addAll(indirectSpeech(context, p, directSpans, lastSpeaker, deadline));
            }
            placed.sort(Comparator.comparingInt(Placed::offset));
            for (Placed quote : placed) {
                quotes.add(quote.quote());
            }
        }
        return quotes;
    }

    /**
     * Whether a pair of marks is the closing mark of one quote and the opening mark of the next, as curly marks
     * show: the words between them are the writer's ({@code ”Pastor Scott defended Trump’s “}).
     */
    private static boolean isBetweenQuotes(String paragraph, Matcher m) {
        return paragraph.charAt(m.start()) == '”' || paragraph.charAt(m.end() - 1) == '“';
    }

    private static Quote quote(String text, Attributed speaker, QuoteKind kind) {
        if (speaker == null) {
            return new Quote(text, null, false, kind, null);
        }
        return new Quote(text, speaker.speaker(), isAnonymous(speaker.speaker()), kind, speaker.attribution());
    }

    /**
     * The indirect speech of one paragraph, each placed at the start of its sentence. A sentence holding a direct
     * quote gives none.
     */
    private static List<Placed> indirectSpeech(QuoteContext context, int p, List<int[]> directSpans, String lastSpeaker,
                                               Deadline deadline) {
        List<Placed> found = new ArrayList<>();
        int offset = context.paragraphStart(p);
        int previousQuoteEnd = 0;
        int nextDirect = 0;
        for (int[] span : context.sentences(p)) {
            deadline.check();
            while (nextDirect < directSpans.size() && directSpans.get(nextDirect)[1] <= span[0]) {
                nextDirect++;
            }
            if (nextDirect < directSpans.size() && directSpans.get(nextDirect)[0] < span[1]) {
                previousQuoteEnd = span[1];
                continue;
            }
            Lookback lookback = new Lookback(context.names(), offset + previousQuoteEnd, offset + span[0], lastSpeaker);
            String sentence = context.paragraph(p).substring(span[0], span[1]).strip();
            Quote quote = IndirectSpeech.in(sentence, lookback, deadline);
            if (quote != null) {
                found.add(new Placed(span[0], quote));
            }
        }
        return found;
    }

    /**
     * Whether the words in quotation marks are a direct quote rather than a quoted phrase (see the class comment).
     */
    private static boolean isDirect(String text, String before, String after) {
        boolean spoken = isSpoken(text);
        if (!isQuote(text) && !spoken) {
            return false;
        }
        String lead = before.replaceAll("[\\s\\u00a0]+$", "");
        boolean embedded = !lead.isEmpty() && !lead.endsWith(":") && !lead.endsWith(",") && !lead.endsWith("(")
                && !CUE_RIGHT_BEFORE.matcher(lead).find();
        if (!embedded || CuePatterns.opensWithCue(after)) {
            return true;
        }
        return isQuote(text) && QuoteText.wordCount(text) >= MIN_EMBEDDED_SENTENCE_WORDS && Character.isUpperCase(text.charAt(0));
    }

    /**
     * Whether a few quoted words are an utterance of their own rather than a phrase: they start with a capital and end
     * with the punctuation of speech inside the marks ({@code "Not even one," he said}, {@code "You lie!"}). Such words
     * are a direct quote when they are introduced or followed as one.
     */
    private static boolean isSpoken(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean punctuated = last == ',' || last == '!' || last == '?' || last == '.';
        return punctuated && (last == '!' || last == '?' || !isTitle(text.substring(0, text.length() - 1)));
    }

    /**
     * Whether words are written as a title, two or more with every word but the small ones capitalized ("Sunday
     * Morning Futures", "Apollo 13"): the name of a show or a book, not an utterance.
     */
    private static boolean isTitle(String words) {
        String[] parts = words.strip().split("\\s+");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isEmpty() && !TITLE_SMALL_WORDS.contains(part) && !Character.isUpperCase(part.codePointAt(0))
                    && !Character.isDigit(part.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }


    /** Long enough to be a quotation: {@value CuePatterns#MIN_QUOTE_WORDS} words, {@value CuePatterns#MIN_EMBEDDED_QUOTE_WORDS} in lower case. */
    private static boolean isQuote(String text) {
        int words = QuoteText.wordCount(text);
        boolean embedded = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
        return words >= (embedded ? MIN_EMBEDDED_QUOTE_WORDS : MIN_QUOTE_WORDS);
    }

    /**
     * Whether a speaker is an unnamed source: a description with an indefinite article, or people named only by a
     * group ("a source close to the mayor", "officials familiar with the talks", "U.S. officials"), as opposed to a
     * name or a definite description that points at someone known ("the minister", "the report").
     */
    static boolean isAnonymous(String speaker) {
        if (speaker == null) {
            return false;
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        return lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ") || lower.startsWith("another ")
                || lower.startsWith("sources") || UNNAMED_THE.matcher(lower).matches()
                || lower.startsWith("officials") || lower.startsWith("people ") || lower.startsWith("some ")
                || !lower.startsWith("the ") && UNNAMED_GROUP.matcher(lower).matches();
    }
}
