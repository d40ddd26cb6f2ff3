package dev.storyline.nlp.quotes;

import dev.storyline.model.Entity;
import dev.storyline.model.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One document as every quote rule reads it, built once: the paragraphs with their quotation marks made straight and
 * photo credits blanked ({@link PhotoCredits}), joined into one text with a line break after each (offsets in it are "document offsets"), the analyzer's sentences
 * as spans of their paragraphs, and the document's names ({@link NameIndex}).
 */
final class QuoteContext {

    private final List<String> paragraphs;
    private final List<String> normalized;
    private final int[] paragraphStarts;
    private final String text;
    private final NameIndex names;
    /** Per paragraph, the sentences' starts and ends in it, in order. */
    private final int[][] sentenceStarts;
    private final int[][] sentenceEnds;

    QuoteContext(List<String> paragraphs, List<Sentence> sentences, List<Entity> entities) {
        this.paragraphs = List.copyOf(paragraphs);
        this.normalized = new ArrayList<>(paragraphs.size());
        this.paragraphStarts = new int[paragraphs.size()];
        StringBuilder all = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            paragraphStarts[p] = all.length();
            String straight = PhotoCredits.blanked(straightQuotes(paragraphs.get(p)));
            normalized.add(straight);
            all.append(straight).append('\n');
        }
        this.text = all.toString();
        this.names = new NameIndex(entities, text);
        this.sentenceStarts = new int[paragraphs.size()][];
        this.sentenceEnds = new int[paragraphs.size()][];
        int[] counts = new int[paragraphs.size()];
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() >= 0 && sentence.paragraph() < counts.length) {
                counts[sentence.paragraph()]++;
            }
        }
        for (int p = 0; p < counts.length; p++) {
            sentenceStarts[p] = new int[counts[p]];
            sentenceEnds[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (Sentence sentence : sentences) {
            int p = sentence.paragraph();
            if (p >= 0 && p < counts.length && sentence.end() <= paragraphs.get(p).length()) {
                sentenceStarts[p][counts[p]] = sentence.start();
                sentenceEnds[p][counts[p]++] = sentence.end();
            }
        }
        for (int p = 0; p < counts.length; p++) {
            sentenceStarts[p] = Arrays.copyOf(sentenceStarts[p], counts[p]);
            sentenceEnds[p] = Arrays.copyOf(sentenceEnds[p], counts[p]);
        }
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** Paragraph {@code p} as written. */
    String paragraph(int p) {
        return paragraphs.get(p);
    }

    /**
     * Paragraph {@code p} with curly and angle double quotation marks straight, no-break spaces plain and photo
     * credits blanked, every offset as in the paragraph.
     */
    String normalized(int p) {
        return normalized.get(p);
    }

    /** Where paragraph {@code p} starts in the document's text. */
    int paragraphStart(int p) {
        return paragraphStarts[p];
    }

    /** The normalized paragraphs joined, each followed by a line break. */
    String text() {
        return text;
    }

    NameIndex names() {
        return names;
    }

    /** Where the sentence holding {@code offset} of paragraph {@code p} starts in it; 0 before the first sentence. */
    int sentenceStart(int p, int offset) {
        int[] starts = sentenceStarts[p];
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return starts[i];
        }
        int before = -i - 2;
        return before < 0 ? 0 : starts[before];
    }

    /** The sentences of paragraph {@code p} as start and end offsets in it, in order. */
    List<int[]> sentences(int p) {
        List<int[]> spans = new ArrayList<>(sentenceStarts[p].length);
        for (int i = 0; i < sentenceStarts[p].length; i++) {
            spans.add(new int[] {sentenceStarts[p][i], sentenceEnds[p][i]});
        }
        return spans;
    }

    /**
     * Where the sentence holding the document offset {@code end - 1} starts, as a document offset; never before the
     * start of that offset's paragraph.
     */
    int sentenceStartInDocument(int end) {
        int p = Arrays.binarySearch(paragraphStarts, end - 1);
        p = p >= 0 ? p : -p - 2;
        if (p < 0) {
            return 0;
        }
        return paragraphStarts[p] + sentenceStart(p, end - 1 - paragraphStarts[p]);
    }

    /**
     * Curly and angle double quotation marks replaced by a straight one, and no-break spaces by a plain space so that
     * the cue patterns see "the company said" in web text, keeping every offset.
     */
    static String straightQuotes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u00a0') {
                chars[i] = ' ';
            } else if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″') {
                chars[i] = '"';
            }
        }
        return new String(chars);
    }
}
