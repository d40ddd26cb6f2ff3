package dev.storyline.compare;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.StoryQuote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One person quoted under different forms of their name across a story's documents is one speaker. */
class SpeakerIdentityTest {

    private static List<StoryQuote> storyQuotes(AnalyzedDocument... documents) {
        EntityMerger.Result entities = new EntityMerger().merge(List.of(documents), "s1-n");
        return new QuoteAligner().align(List.of(documents), entities);
    }

    @Test
    void aSurnameAFullNameAndATitledNameAreOneSpeakerWithOneId() {
        List<StoryQuote> quotes = storyQuotes(
                TestArticles.analyzed("a", "Courier", "2026-03-02", null,
                        "Russia's Foreign Minister Sergei Lavrov met his counterparts in Geneva on Monday.",
                        "“We will not accept these sanctions under any circumstances,” Russia's Foreign Minister Sergei Lavrov said."),
                TestArticles.analyzed("b", "Wire", "2026-03-02", null,
                        "Talks on the sanctions went on in Geneva.",
                        "“The talks will go on next week whatever happens,” Lavrov said."),
                TestArticles.analyzed("c", "Herald", "2026-03-03", null,
                        "“We will not accept these sanctions under any circumstances,” Sergei Lavrov told reporters."));

        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(StoryQuote::speaker).containsOnly("Sergei Lavrov");
        assertThat(quotes).extracting(StoryQuote::speakerId).doesNotContainNull().containsOnly(quotes.get(0).speakerId());
    }
}
