package dev.storyline.nlp.quotes;

import java.util.regex.Matcher;

/**
 * Words in quotation marks in one paragraph, with what the speaker rules read around them.
 *
 * @param paragraph       the paragraph's index
 * @param open            where the opening mark is in the paragraph
 * @param close           just after the closing mark
 * @param text            the words inside the marks, as written, stripped
 * @param before          the text before the opening mark from the start of its sentence, or from the previous quote
 *                        of the paragraph when that is nearer
 * @param after           the text after the closing mark up to the next quotation mark; empty when the quote closes
 *                        its own sentence and the next one starts, unless that sentence is only a cue
 *                        ({@code "... missing." Trump said.})
 * @param lookback        what a cue's speaker is resolved against
 * @param previousClose   where the paragraph's previous quote closed, or -1 for the paragraph's first
 * @param previousSpeaker the speaker of the paragraph's previous quote, or null
 * @param closingSpeaker  the speaker of the quote that closed the previous paragraph with no more than its cue after
 *                        it, or null
 */
record QuotedSpan(int paragraph, int open, int close, String text, String before, String after, Lookback lookback,
                  int previousClose, String previousSpeaker, String closingSpeaker) {

    /** The most words of a sentence after a quote that is only its cue: a name of two words, a verb and a listener. */
    private static final int MAX_CUE_SENTENCE_WORDS = 4;

    /**
     * The quote {@code m} found in paragraph {@code p}'s normalized text (group 1 holding the words), with the speakers
     * so far: the paragraph's previous quote closing at {@code previousClose} (-1 for none) and its speaker, the
     * speaker that closed the previous paragraph, and the document's last speaker.
     */
    static QuotedSpan of(QuoteContext context, int p, Matcher m, int previousClose, String previousSpeaker,
                         String closingSpeaker, String lastSpeaker) {
        String normalized = context.normalized(p);
        String text = context.paragraph(p).substring(m.start(1), m.end(1)).strip();
        int nextOpen = normalized.indexOf('"', m.end());
        String after = normalized.substring(m.end(), nextOpen < 0 ? normalized.length() : nextOpen);
        if (text.endsWith(".") && QuoteText.startsUpperCase(after) && !isCueSentence(after)) {
            after = "";
        }
        String before = normalized.substring(Math.max(previousClose, context.sentenceStart(p, m.start())), m.start());
        int offset = context.paragraphStart(p);
        boolean opensParagraph = previousClose < 0 && before.isBlank();
        int leadIn = opensParagraph && offset > 0 ? context.sentenceStartInDocument(offset - 1) : -1;
        Lookback lookback = new Lookback(context.names(), offset + Math.max(0, previousClose), offset + m.start(), lastSpeaker,
                leadIn);
        return new QuotedSpan(p, m.start(), m.end(), text, before, after, lookback, previousClose, previousSpeaker,
                closingSpeaker);
    }

    /** Whether the text after a quote opens with a sentence that is a cue and little more: "Trump told reporters." */
    private static boolean isCueSentence(String after) {
        return CuePatterns.opensWithCue(after) && QuoteText.wordCount(QuoteText.restOfSentence(after)) <= MAX_CUE_SENTENCE_WORDS;
    }
}
