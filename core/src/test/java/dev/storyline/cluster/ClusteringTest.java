package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Explanation;
import dev.storyline.model.Story;
import dev.storyline.model.StoryExplanation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringTest {

    private final ClusterInput fireA = input("fire-a", "2026-03-02", "Fire destroys Kelby sawmill",
            "A fire destroyed the old sawmill in Kelby on Sunday night, and firefighters fought the blaze for six hours.",
            "No one was hurt, but the sawmill owner Tom Arden said the fire had ended a hundred years of timber work in Kelby.");
    private final ClusterInput fireB = input("fire-b", "2026-03-03", "Kelby sawmill lost to overnight blaze",
            "Firefighters spent six hours fighting a blaze that destroyed the Kelby sawmill overnight into Monday.",
            "The sawmill owner, Tom Arden, said the fire had wiped out a century of timber work and that forty jobs were at risk.");
    private final ClusterInput fireInquiry = input("fire-inquiry", "2026-03-30", "Faulty wiring caused Kelby sawmill fire, inquiry finds",
            "Faulty wiring in a storage shed caused the fire that destroyed the Kelby sawmill in March, fire investigators said.",
            "The sawmill owner Tom Arden said he would rebuild, and that the forty timber jobs would return within two years.");
    private final ClusterInput chess = input("chess", "2026-03-02", "Teenager wins Orrin chess open",
            "A sixteen-year-old student won the Orrin chess open on Sunday, beating two grandmasters in the final rounds.",
            "Her coach said she had prepared for the tournament by studying endgames every evening for a year.");

    @Test
    void reportsOfOneHappeningFormOneEventAndOtherTopicsTheirOwn() {
        Clustering clustering = cluster(List.of(fireA, fireB, chess, fireInquiry), Map.of());

        assertThat(clustering.events()).extracting(Event::documents).containsExactlyInAnyOrder(
                List.of("chess"), List.of("fire-a", "fire-b"), List.of("fire-inquiry"));
        Event fire = eventOf(clustering, "fire-a");
        assertThat(fire.date()).hasToString("2026-03-02");
        assertThat(fire.title()).isIn(fireA.title(), fireB.title());
    }

    @Test
    void aLaterEventThatRefersBackJoinsTheStoryAndAnUnrelatedOneDoesNot() {
        Clustering clustering = cluster(List.of(fireA, fireB, chess, fireInquiry), Map.of());

        assertThat(clustering.stories()).hasSize(2);
        Story fire = clustering.stories().stream().filter(s -> s.documents().contains("fire-a")).findFirst().orElseThrow();
        assertThat(fire.events()).hasSize(2);
        assertThat(fire.documents()).containsExactly("fire-a", "fire-b", "fire-inquiry");
    }

    @Test
    void theSameReportMonthsLaterIsANewEvent() {
        ClusterInput again = input("fire-again", "2026-09-02", fireB.title(), fireB.paragraphs().toArray(String[]::new));

        Clustering clustering = cluster(List.of(fireA, again), Map.of());

        assertThat(clustering.events()).hasSize(2);
    }

    @Test
    void membersOfOneFamilyAlwaysShareAnEvent() {
        Clustering clustering = cluster(List.of(fireA, chess), Map.of("fire-a", "f1", "chess", "f1"));

        assertThat(clustering.events()).singleElement()
                .satisfies(e -> assertThat(e.documents()).containsExactlyInAnyOrder("fire-a", "chess"));
    }

    @Test
    void addingOneAtATimeGivesTheBatchResult() {
        List<ClusterInput> documents = List.of(fireA, chess, fireB, fireInquiry);
        OnlineEventClusterer online = new OnlineEventClusterer();
        for (ClusterInput document : documents) {
            online.add(document, null);
        }

        assertThat(online.result()).isEqualTo(cluster(new ArrayList<>(documents), Map.of()));
    }

    @Test
    void aClustererRestoredFromACheckpointGoesOnAsTheOneThatTookIt() {
        OnlineEventClusterer online = new OnlineEventClusterer();
        online.add(fireA, null);
        online.add(chess, null);
        ClusteringCheckpoint checkpoint = online.checkpoint();
        online.add(fireInquiry, null);

        OnlineEventClusterer restored = OnlineEventClusterer.restore(checkpoint, online);
        assertThat(checkpoint.documents()).isEqualTo(2);
        restored.add(fireB, null);
        restored.add(fireInquiry, null);

        assertThat(restored.result()).isEqualTo(cluster(List.of(fireA, chess, fireB, fireInquiry), Map.of()));
        assertThat(online.result().events()).extracting(Event::documents).as("the clusterer the checkpoint came from is left as it was")
                .containsExactlyInAnyOrder(List.of("fire-a"), List.of("chess"), List.of("fire-inquiry"));
    }

    @Test
    void everyDocumentIsExplainedWithItsDecisionAndTopFeatures() {
        Clustering clustering = cluster(List.of(fireA, fireB, chess), Map.of());

        assertThat(clustering.explanations()).extracting(Explanation::document).containsExactly("fire-a", "chess", "fire-b");
        Explanation joined = clustering.explanations().get(2);
        assertThat(joined.decision()).isEqualTo("joined");
        assertThat(joined.event()).isEqualTo(eventOf(clustering, "fire-a").id());
        assertThat(joined.score()).isGreaterThanOrEqualTo(ClusteringSettings.DEFAULTS.joinThreshold());
        assertThat(joined.features()).containsKeys("body", "names");
        assertThat(clustering.explanations().get(0).decision()).isEqualTo("new");
    }

    @Test
    void everyEventIsExplainedWithWhyItSitsInItsStory() {
        Clustering clustering = cluster(List.of(fireA, fireB, chess, fireInquiry), Map.of());

        assertThat(clustering.storyExplanations()).extracting(StoryExplanation::event)
                .containsExactlyElementsOf(clustering.events().stream().map(Event::id).toList());
        StoryExplanation inquiry = clustering.storyExplanations().stream()
                .filter(e -> e.event().equals(eventOf(clustering, "fire-inquiry").id())).findFirst().orElseThrow();
        assertThat(inquiry.decision()).isEqualTo("joined");
        assertThat(inquiry.story()).isEqualTo(storyOf(clustering, "fire-a").id());
        assertThat(inquiry.score()).isGreaterThanOrEqualTo(ClusteringSettings.DEFAULTS.storyThreshold());
        assertThat(inquiry.features()).containsKeys("subject", "cast");
    }

    @Test
    void aStoryStaysOpenWhileEventsKeepComingAndClosesAfterAQuietSpell() {
        ClusterInput april = input("fire-rebuild", "2026-04-27", "Kelby sawmill rebuilding starts after fire",
                "Work began on Monday to rebuild the Kelby sawmill that a fire destroyed in March, owner Tom Arden said.",
                "Arden said the forty timber jobs lost in the fire would return once the new sawmill opens next year.");
        ClusterInput may = input("fire-reopen", "2026-05-25", "Kelby sawmill owner hires back fire-hit workers",
                "Tom Arden hired back twelve of the forty workers who lost their jobs when fire destroyed the Kelby sawmill.",
                "The rebuilt sawmill in Kelby will cut its first timber in the autumn, Arden said.");
        ClusterInput yearLater = input("fire-anniversary", "2027-08-02", "Kelby sawmill owner Tom Arden retires",
                "Tom Arden, who rebuilt the Kelby sawmill after the fire, said on Monday he would retire and sell the business.",
                "The Kelby sawmill now employs forty timber workers again, Arden said.");

        Clustering clustering = cluster(List.of(fireA, fireB, fireInquiry, april, may, yearLater), Map.of());

        assertThat(storyOf(clustering, "fire-a").documents())
                .containsExactly("fire-a", "fire-b", "fire-inquiry", "fire-rebuild", "fire-reopen");
        assertThat(storyOf(clustering, "fire-anniversary").documents()).containsExactly("fire-anniversary");
    }

    @Test
    void undatedReportsThatNameADayComeBeforeTheOtherUndatedOnes() {
        ClusterInput plain = new ClusterInput("plain", "Sawmill fire", List.of("The fire burned on Wednesday."), null);
        ClusterInput named = new ClusterInput("named", "Sawmill fire", List.of("Since the fire of March 2, Kelby waits."), null);

        assertThat(OnlineEventClusterer.inTimeOrder(List.of(plain, named, fireA))).extracting(ClusterInput::id)
                .containsExactly("fire-a", "named", "plain");
    }

    @Test
    void anUndatedEventNeedsMoreToJoinAStoryThanADatedOne() {
        assertThat(ClusteringSettings.DEFAULTS.undatedStoryThreshold())
                .isGreaterThan(ClusteringSettings.DEFAULTS.storyThreshold());
    }

    private static Story storyOf(Clustering clustering, String document) {
        return clustering.stories().stream().filter(s -> s.documents().contains(document)).findFirst().orElseThrow();
    }

    private static Clustering cluster(List<ClusterInput> documents, Map<String, String> families) {
        return OnlineEventClusterer.cluster(documents, families, ClusteringSettings.DEFAULTS);
    }

    private static Event eventOf(Clustering clustering, String document) {
        return clustering.events().stream().filter(e -> e.documents().contains(document)).findFirst().orElseThrow();
    }

    private static ClusterInput input(String id, String date, String title, String... paragraphs) {
        return new ClusterInput(id, title, List.of(paragraphs), LocalDate.parse(date));
    }
}
