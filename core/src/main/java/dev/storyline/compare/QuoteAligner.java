package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Quote;
import dev.storyline.model.Sentence;
import dev.storyline.model.StoryQuote;
import dev.storyline.nlp.ContentWords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the quotes of a story's documents into one entry per statement and speaker. Two quotes are one statement
 * when the same speaker (the same story entity, or the same description) is given for both and either their words
 * are the same once case and punctuation are set aside, one is contained in the other (an outlet that cut the quote
 * short), or their content words overlap by {@link #SAME_STATEMENT} or more (a quote reworded or translated
 * differently). Each wording becomes a variant citing the documents that carry it.
 */
public final class QuoteAligner {

    static final double SAME_STATEMENT = 0.5;

    private static final class Group {
        final String speakerKey;
        final Quote first;
        final String speakerId;
        final Set<String> stems = new LinkedHashSet<>();
        final Map<String, CitedVariant> variants = new LinkedHashMap<>();

        Group(String speakerKey, Quote first, String speakerId) {
            this.speakerKey = speakerKey;
            this.first = first;
            this.speakerId = speakerId;
        }
    }

    private record CitedVariant(String text, Set<String> documents) {
    }

    /** The story's statements in order of first appearance, with speaker ids from {@code entities}. */
    public List<StoryQuote> align(List<AnalyzedDocument> documents, EntityMerger.Result entities) {
        List<Group> groups = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            for (Quote quote : document.quotes()) {
                String speakerId = entities.idOf(quote.speaker());
                String speakerKey = speakerId != null ? speakerId
                        : quote.speaker() == null ? null : EntityMerger.key(quote.speaker());
                Set<String> stems = stems(quote.text());
                Group group = sameStatement(groups, speakerKey, quote.text(), stems);
                if (group == null) {
                    group = new Group(speakerKey, quote, speakerId);
                    group.stems.addAll(stems);
                    groups.add(group);
                }
                group.variants.computeIfAbsent(normalized(quote.text()),
                        k -> new CitedVariant(quote.text(), new LinkedHashSet<>())).documents.add(document.id());
            }
        }
        List<StoryQuote> quotes = new ArrayList<>();
        for (Group group : groups) {
            List<CitedVariant> variants = new ArrayList<>(group.variants.values());
            variants.sort((a, b) -> Integer.compare(b.documents.size(), a.documents.size()));
            List<CitedText> cited = new ArrayList<>();
            for (CitedVariant variant : variants) {
                cited.add(new CitedText(variant.text, new ArrayList<>(variant.documents)));
            }
            quotes.add(new StoryQuote(group.speakerId, group.first.speaker(), group.first.anonymous(),
                    group.first.kind(), cited));
        }
        return quotes;
    }

    private static Group sameStatement(List<Group> groups, String speakerKey, String text, Set<String> stems) {
        String words = normalized(text);
        for (Group group : groups) {
            if (speakerKey == null ? group.speakerKey != null : !speakerKey.equals(group.speakerKey)) {
                continue;
            }
            for (String variant : group.variants.keySet()) {
                if (variant.equals(words) || speakerKey != null && !words.isEmpty()
                        && (variant.contains(words) || words.contains(variant))) {
                    return group;
                }
            }
            if (speakerKey != null && ContentWords.dice(stems, group.stems) >= SAME_STATEMENT) {
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
