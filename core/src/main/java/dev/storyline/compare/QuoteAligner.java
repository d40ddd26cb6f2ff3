package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.StoryQuote;
import dev.storyline.nlp.ContentWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Gathers the quotes of a story's documents into one entry per statement and speaker. Two quotes are one statement
 * when the same speaker (the same story entity, or the same description) is given for both and either their words
 * are the same once case and punctuation are set aside, one is contained in the other (an outlet that cut the quote
 * short), or their content words overlap by {@link #SAME_STATEMENT} or more (a quote reworded or translated
 * differently). Each wording becomes a variant citing the documents that carry it. A speaker who is a story entity
 * is named as the entity is ("Sergei Lavrov" for a document's "Lavrov"), so that one person reads as one speaker.
 *
 * <p>A quote is compared only with the statements of its own speaker, and among those only with the ones that share a
 * content word with it or have its exact wording, looked up in an index: at most {@link #MAX_COMPARED_STATEMENTS} of
 * them, so that a story quoting one person thousands of times does not compare every pair of quotes.
 */
public final class QuoteAligner {

    static final double SAME_STATEMENT = 0.5;

    /**
     * The most statements of one speaker a quote is compared with. A person rarely says hundreds of different things
     * that share words within one story; past that, a quote that matches none of the first this many is kept as a
     * statement of its own, which shows the reader one more entry rather than hiding a quote.
     */
    static final int MAX_COMPARED_STATEMENTS = 200;

    private static final class Group {
        final Quote first;
        final String speakerId;
        final Set<String> stems = new LinkedHashSet<>();
        final Map<String, CitedVariant> variants = new LinkedHashMap<>();
        int ordinal;

        Group(Quote first, String speakerId) {
            this.first = first;
            this.speakerId = speakerId;
        }
    }

    private record CitedVariant(String text, Set<String> documents) {
    }

    /** The statements of one speaker (or of no speaker), with an index of their first wording's stems. */
    private static final class SpeakerStatements {
        final List<Group> groups = new ArrayList<>();
        final CandidateIndex<String> byStem = new CandidateIndex<>();
        /** For each wording, the first statement that has it as a variant. */
        final Map<String, Group> byWording = new HashMap<>();

        void add(Group group) {
            group.ordinal = groups.size();
            groups.add(group);
            byStem.add(group.stems);
        }
    }

    /** The story's statements in order of first appearance, with speaker ids from {@code entities}. */
    public List<StoryQuote> align(List<AnalyzedDocument> documents, EntityMerger.Result entities) {
        List<Group> groups = new ArrayList<>();
        Map<String, SpeakerStatements> bySpeaker = new HashMap<>();
        SpeakerStatements unattributed = new SpeakerStatements();
        for (AnalyzedDocument document : documents) {
            for (Quote quote : document.quotes()) {
                String speakerId = entities.idOf(quote.speaker());
                String speakerKey = speakerId != null ? speakerId
                        : quote.speaker() == null ? null : EntityMerger.key(quote.speaker());
                SpeakerStatements statements = speakerKey == null ? unattributed
                        : bySpeaker.computeIfAbsent(speakerKey, k -> new SpeakerStatements());
                Set<String> stems = stems(quote.text());
                String words = normalized(quote.text());
                Group group = sameStatement(statements, speakerKey, words, stems);
                if (group == null) {
                    group = new Group(quote, speakerId);
                    group.stems.addAll(stems);
                    statements.add(group);
                    groups.add(group);
                }
                statements.byWording.merge(words, group, (known, added) -> added.ordinal < known.ordinal ? added : known);
                group.variants.computeIfAbsent(words,
                        k -> new CitedVariant(quote.text(), new LinkedHashSet<>())).documents.add(document.id());
            }
        }
        Map<String, String> nameById = new HashMap<>();
        for (StoryEntity entity : entities.entities()) {
            nameById.put(entity.id(), entity.name());
        }
        List<StoryQuote> quotes = new ArrayList<>();
        for (Group group : groups) {
            List<CitedVariant> variants = new ArrayList<>(group.variants.values());
            variants.sort((a, b) -> Integer.compare(b.documents.size(), a.documents.size()));
            List<CitedText> cited = new ArrayList<>();
            for (CitedVariant variant : variants) {
                cited.add(new CitedText(variant.text, new ArrayList<>(variant.documents)));
            }
            String speaker = group.speakerId == null ? group.first.speaker() : nameById.get(group.speakerId);
            quotes.add(new StoryQuote(group.speakerId, speaker, group.first.anonymous(),
                    group.first.kind(), cited));
        }
        return quotes;
    }

    /**
     * The first of the speaker's statements that this quote repeats: the same words, one containing the other, or
     * enough content words in common; without a speaker, only the same words.
     */
    private static Group sameStatement(SpeakerStatements statements, String speakerKey, String words,
                                       Set<String> stems) {
        Group sameWording = statements.byWording.get(words);
        if (speakerKey == null) {
            return sameWording;
        }
        int[] candidates = statements.byStem.candidates(stems, 1, MAX_COMPARED_STATEMENTS);
        if (sameWording != null) {
            candidates = IntStream.concat(Arrays.stream(candidates), IntStream.of(sameWording.ordinal))
                    .distinct().sorted().toArray();
        }
        for (int g : candidates) {
            Group group = statements.groups.get(g);
            for (String variant : group.variants.keySet()) {
                if (variant.equals(words) || !words.isEmpty() && (variant.contains(words) || words.contains(variant))) {
                    return group;
                }
            }
            if (ContentWords.dice(stems, group.stems) >= SAME_STATEMENT) {
                return group;
            }
        }
        return null;
    }

    private static Set<String> stems(String text) {
        List<String> words = Arrays.asList(text.split("[^\\p{L}\\p{N}'’-]+"));
        return ContentWords.stems(new Sentence(text, 0, words, words));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
