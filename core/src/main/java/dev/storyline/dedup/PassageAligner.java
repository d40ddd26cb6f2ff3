package dev.storyline.dedup;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.ChangedParagraph;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.WordEdit;
import dev.storyline.nlp.ContentWords;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns the paragraphs of a copy with those of its family's canonical copy, to show what a syndicating outlet did
 * to a wire story: the paragraphs it kept, edited, added and left out, and the words it changed.
 *
 * <p>Alignment runs in two passes over the paragraphs:
 * <ol>
 *   <li>A copy paragraph is <em>shared</em> when its words equal those of a canonical paragraph, ignoring case,
 *       punctuation and typography (curly or straight quotes, dash variants, spacing).</li>
 *   <li>The paragraphs left over are paired when their word sets are similar: the Dice coefficient
 *       {@code 2|A∩B| / (|A| + |B|)} reaches the minimum similarity (0.5 by default). Pairs are taken best first
 *       and each paragraph is used once. A pair is a <em>changed</em> paragraph; its word-level edits come from a
 *       diff of the two token sequences.</li>
 * </ol>
 * Between the two, a copy paragraph that joins two or more canonical paragraphs (or a canonical paragraph that the copy
 * splits in two or more) is paired with them joined, as one changed paragraph.
 * Copy paragraphs still unpaired are <em>added</em>; canonical paragraphs still unpaired are <em>dropped</em>. The copy
 * is <em>reordered</em> when its shared and changed paragraphs do not follow the canonical order.
 *
 * <p>Paragraph pairing compares every leftover paragraph with every other, which is fine for articles (tens of
 * paragraphs).
 */
public final class PassageAligner {

    /** The default least Dice coefficient of word sets for two paragraphs to count as one paragraph edited. */
    public static final double DEFAULT_SIMILARITY = 0.5;

    /** A run of letters and digits (with marks and invisible formatting), or one other visible character. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}\\p{Cf}]+|[^\\p{L}\\p{N}\\p{M}\\p{Cf}\\s\\p{Z}]");
    private static final String SINGLE_QUOTES = "'`\u00b4\u2018\u2019\u201a\u201b\u2032\u2039\u203a";
    private static final String DOUBLE_QUOTES = "\"\u00ab\u00bb\u201c\u201d\u201e\u201f\u2033";

    private final double minimumSimilarity;

    public PassageAligner() {
        this(DEFAULT_SIMILARITY);
    }

    /** @param minimumSimilarity the least Dice coefficient of word sets for two paragraphs to pair, in (0, 1] */
    public PassageAligner(double minimumSimilarity) {
        if (!(minimumSimilarity > 0 && minimumSimilarity <= 1)) {
            throw new IllegalArgumentException("minimum similarity must be in (0, 1]: " + minimumSimilarity);
        }
        this.minimumSimilarity = minimumSimilarity;
    }

    /** How {@code copy} differs from {@code canonical}, paragraph by paragraph. */
    public CopyAlignment align(AnalyzedDocument canonical, AnalyzedDocument copy) {
        List<Paragraph> source = paragraphs(canonical.article().paragraphs());
        List<Paragraph> target = paragraphs(copy.article().paragraphs());
        int[] partnerOfTarget = new int[target.size()];
        boolean[] sourceUsed = new boolean[source.size()];
        Arrays.fill(partnerOfTarget, -1);

        int shared = pairIdentical(source, target, partnerOfTarget, sourceUsed);
        Map<Integer, Paragraph[]> changedAt = new HashMap<>();
        boolean[] absorbed = new boolean[target.size()];
        pairJoined(source, target, partnerOfTarget, sourceUsed, changedAt, absorbed);
        pairSimilar(source, target, partnerOfTarget, sourceUsed, changedAt, absorbed);

        List<String> added = new ArrayList<>();
        List<ChangedParagraph> changed = new ArrayList<>();
        boolean reordered = false;
        int previousSource = -1;
        for (int t = 0; t < target.size(); t++) {
            int s = partnerOfTarget[t];
            if (absorbed[t]) {
                continue;
            }
            if (s < 0) {
                added.add(target.get(t).text);
                continue;
            }
            if (s < previousSource) {
                reordered = true;
            }
            previousSource = s;
            Paragraph[] pair = changedAt.get(t);
            if (pair != null) {
                changed.add(new ChangedParagraph(pair[0].text, pair[1].text, edits(pair[0], pair[1])));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (int s = 0; s < source.size(); s++) {
            if (!sourceUsed[s]) {
                dropped.add(source.get(s).text);
            }
        }
        return new CopyAlignment(copy.id(), shared, added, dropped, changed, reordered);
    }

    /**
     * Pairs copy paragraphs with canonical paragraphs that have the same words. A paragraph printed twice pairs with
     * its occurrences in order. Returns the number of pairs.
     */
    private static int pairIdentical(List<Paragraph> source, List<Paragraph> target, int[] partnerOfTarget, boolean[] sourceUsed) {
        Map<String, Deque<Integer>> sourceByKey = new HashMap<>();
        for (int s = 0; s < source.size(); s++) {
            sourceByKey.computeIfAbsent(source.get(s).key, k -> new ArrayDeque<>()).add(s);
        }
        int pairs = 0;
        for (int t = 0; t < target.size(); t++) {
            Deque<Integer> candidates = sourceByKey.get(target.get(t).key);
            if (candidates != null && !candidates.isEmpty()) {
                int s = candidates.poll();
                partnerOfTarget[t] = s;
                sourceUsed[s] = true;
                pairs++;
            }
        }
        return pairs;
    }

    /**
     * Pairs paragraphs that one side prints as one and the other as several: a copy paragraph that holds most of the
     * words of two or more leftover canonical paragraphs is paired with them joined, and a canonical paragraph split
     * into several copy paragraphs is paired with those joined. Layouts differ between outlets; without this a merged
     * paragraph would show as dropped text plus a long insertion.
     */
    private static void pairJoined(List<Paragraph> source, List<Paragraph> target, int[] partnerOfTarget,
                                   boolean[] sourceUsed, Map<Integer, Paragraph[]> changedAt, boolean[] absorbed) {
        for (int t = 0; t < target.size(); t++) {
            if (partnerOfTarget[t] >= 0) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            for (int s = 0; s < source.size(); s++) {
                if (!sourceUsed[s] && isMostlyWithin(source.get(s), target.get(t))) {
                    parts.add(s);
                }
            }
            if (parts.size() >= 2) {
                List<String> texts = new ArrayList<>();
                for (int s : parts) {
                    sourceUsed[s] = true;
                    texts.add(source.get(s).text);
                }
                partnerOfTarget[t] = parts.get(0);
                changedAt.put(t, new Paragraph[] {new Paragraph(String.join(" ", texts)), target.get(t)});
            }
        }
        for (int s = 0; s < source.size(); s++) {
            if (sourceUsed[s]) {
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            for (int t = 0; t < target.size(); t++) {
                if (partnerOfTarget[t] < 0 && !absorbed[t] && isMostlyWithin(target.get(t), source.get(s))) {
                    parts.add(t);
                }
            }
            if (parts.size() >= 2) {
                List<String> texts = new ArrayList<>();
                for (int t : parts) {
                    absorbed[t] = true;
                    texts.add(target.get(t).text);
                }
                int first = parts.get(0);
                absorbed[first] = false;
                sourceUsed[s] = true;
                partnerOfTarget[first] = s;
                changedAt.put(first, new Paragraph[] {source.get(s), new Paragraph(String.join(" ", texts))});
            }
        }
    }

    /** Whether at least 60 % of the words of {@code part} (three words or more) occur in {@code whole}. */
    private static boolean isMostlyWithin(Paragraph part, Paragraph whole) {
        if (part.words.size() < 3) {
            return false;
        }
        return ContentWords.shared(part.words, whole.words) >= 0.6 * part.words.size();
    }

    /** Pairs the paragraphs left over by similarity of their word sets, the most similar first. */
    private void pairSimilar(List<Paragraph> source, List<Paragraph> target, int[] partnerOfTarget, boolean[] sourceUsed,
                             Map<Integer, Paragraph[]> changedAt, boolean[] absorbed) {
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < source.size(); s++) {
            if (sourceUsed[s]) {
                continue;
            }
            for (int t = 0; t < target.size(); t++) {
                if (partnerOfTarget[t] >= 0 || absorbed[t]) {
                    continue;
                }
                double similarity = ContentWords.dice(source.get(s).words, target.get(t).words);
                if (similarity >= minimumSimilarity) {
                    candidates.add(new Candidate(s, t, similarity));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(Candidate::source).thenComparingInt(Candidate::target));
        for (Candidate candidate : candidates) {
            if (!sourceUsed[candidate.source()] && partnerOfTarget[candidate.target()] < 0) {
                sourceUsed[candidate.source()] = true;
                partnerOfTarget[candidate.target()] = candidate.source();
                changedAt.put(candidate.target(), new Paragraph[] {source.get(candidate.source()), target.get(candidate.target())});
            }
        }
    }

    /**
     * The word-level edits from one paragraph to the other: a diff of their folded tokens, each difference reported
     * with the text the documents print. Differences in punctuation alone are left out, as they are for shared
     * paragraphs.
     */
    private static List<WordEdit> edits(Paragraph source, Paragraph target) {
        List<WordEdit> edits = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(source.folded, target.folded).getDeltas()) {
            Chunk<String> from = delta.getSource();
            Chunk<String> to = delta.getTarget();
            if (!source.hasWord(from.getPosition(), from.size()) && !target.hasWord(to.getPosition(), to.size())) {
                continue;
            }
            edits.add(new WordEdit(source.span(from.getPosition(), from.size()), target.span(to.getPosition(), to.size())));
        }
        return edits;
    }

    private static List<Paragraph> paragraphs(List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        for (String text : texts) {
            paragraphs.add(new Paragraph(text));
        }
        return paragraphs;
    }

    /**
     * Folds case and typographic variants so that tokens compare as a reader would: curly, straight and angle quotes
     * are the same, as are the dash characters; invisible formatting characters such as soft hyphens are dropped.
     */
    static String fold(String token) {
        String folded = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (SINGLE_QUOTES.indexOf(c) >= 0) {
                out.append('\'');
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                out.append('"');
            } else if (c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                out.append('-');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A candidate pair of leftover paragraphs and the similarity of their word sets. */
    private record Candidate(int source, int target, double similarity) {
    }

    /** A paragraph split into tokens, with the forms the alignment compares. */
    private static final class Paragraph {
        final String text;
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
        /** The folded tokens, words and punctuation, that the word diff compares. */
        final List<String> folded = new ArrayList<>();
        /** The folded words joined by spaces: equal keys mean a shared paragraph. */
        final String key;
        final Set<String> words = new HashSet<>();

        Paragraph(String text) {
            this.text = text;
            Matcher matcher = TOKEN.matcher(text);
            StringBuilder joined = new StringBuilder();
            while (matcher.find()) {
                String token = fold(matcher.group());
                if (token.isEmpty()) {
                    continue;
                }
                starts.add(matcher.start());
                ends.add(matcher.end());
                folded.add(token);
                if (isWord(token)) {
                    words.add(token);
                    if (!joined.isEmpty()) {
                        joined.append(' ');
                    }
                    joined.append(token);
                }
            }
            key = joined.toString();
        }

        boolean hasWord(int first, int count) {
            for (int i = first; i < first + count; i++) {
                if (isWord(folded.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** The text the document prints from token {@code first} through the next {@code count - 1} tokens. */
        String span(int first, int count) {
            if (count == 0) {
                return "";
            }
            return text.substring(starts.get(first), ends.get(first + count - 1));
        }
    }
}
