package dev.storyline.cluster;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringTest {

    private final AnalyzedDocument fireA = TestArticles.analyzed("fire-a", "Ledger", "2026-03-02", "Fire destroys Kelby sawmill",
            "A fire destroyed the old sawmill in Kelby on Sunday night, and firefighters fought the blaze for six hours.",
            "No one was hurt, but the sawmill owner said the fire had ended a hundred years of timber work in Kelby.");
    private final AnalyzedDocument fireB = TestArticles.analyzed("fire-b", "Post", "2026-03-03", "Kelby sawmill lost to overnight blaze",
            "Firefighters spent six hours fighting a blaze that destroyed the Kelby sawmill overnight into Monday.",
            "The sawmill owner said the fire had wiped out a century of timber work and that forty jobs were at risk.");
    private final AnalyzedDocument fireInquiry = TestArticles.analyzed("fire-inquiry", "Ledger", "2026-03-30", "Faulty wiring caused Kelby sawmill fire, inquiry finds",
            "Faulty wiring in a storage shed caused the fire that destroyed the Kelby sawmill in March, fire investigators said.",
            "The sawmill owner said he would rebuild, and that the forty timber jobs would return within two years.");
    private final AnalyzedDocument chess = TestArticles.analyzed("chess", "Post", "2026-03-02", "Teenager wins Orrin chess open",
            "A sixteen-year-old student won the Orrin chess open on Sunday, beating two grandmasters in the final rounds.",
            "Her coach said she had prepared for the tournament by studying endgames every evening for a year.");

    @Test
    void reportsOfOneHappeningFormOneEventAndOtherTopicsTheirOwn() {
        List<AnalyzedDocument> documents = List.of(fireA, fireB, chess, fireInquiry);
        List<Event> events = new OnlineEventClusterer().events(documents, singletons(documents));

        assertThat(events).extracting(Event::documents).containsExactly(
                List.of("chess"), List.of("fire-a", "fire-b"), List.of("fire-inquiry"));
        assertThat(events.get(1).date()).hasToString("2026-03-02");
        assertThat(events.get(1).title()).isIn(fireA.article().title(), fireB.article().title());
    }

    @Test
    void eventsOfOneStoryAreLinkedAndUnrelatedEventsAreNot() {
        List<AnalyzedDocument> documents = List.of(fireA, fireB, chess, fireInquiry);
        List<Event> events = new OnlineEventClusterer().events(documents, singletons(documents));
        List<Story> stories = new StoryLinker().stories(events, documents);

        assertThat(stories).hasSize(2);
        Story fire = stories.stream().filter(s -> s.documents().contains("fire-a")).findFirst().orElseThrow();
        assertThat(fire.events()).hasSize(2);
        assertThat(fire.documents()).containsExactly("fire-a", "fire-b", "fire-inquiry");
    }

    @Test
    void membersOfOneFamilyAlwaysShareAnEvent() {
        List<AnalyzedDocument> documents = List.of(fireA, chess);
        List<Family> oneFamily = List.of(new Family("f1", List.of("fire-a", "chess"), "fire-a"));

        List<Event> events = new OnlineEventClusterer().events(documents, oneFamily);

        assertThat(events).singleElement().satisfies(e -> assertThat(e.documents()).containsExactlyInAnyOrder("fire-a", "chess"));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<AnalyzedDocument> forward = List.of(fireA, fireB, chess, fireInquiry);
        List<AnalyzedDocument> backward = List.of(fireInquiry, chess, fireB, fireA);
        assertThat(new OnlineEventClusterer().events(backward, singletons(backward)))
                .isEqualTo(new OnlineEventClusterer().events(forward, singletons(forward)));
    }

    private static List<Family> singletons(List<AnalyzedDocument> documents) {
        return documents.stream().map(d -> new Family("f-" + d.id(), List.of(d.id()), d.id())).toList();
    }
}
