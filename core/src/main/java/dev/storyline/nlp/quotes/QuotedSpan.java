package dev.storyline.nlp.quotes;

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
 *                        its own sentence and the next one starts
 * @param lookback        what a cue's speaker is resolved against
 * @param previousClose   where the paragraph's previous quote closed, or -1 for the paragraph's first
 * @param previousSpeaker the speaker of the paragraph's previous quote, or null
 * @param closingSpeaker  the speaker of the quote that closed the previous paragraph with no more than its cue after
 *                        it, or null
 */
record QuotedSpan(int paragraph, int open, int close, String text, String before, String after, Lookback lookback,
                  int previousClose, String previousSpeaker, String closingSpeaker) {
}
