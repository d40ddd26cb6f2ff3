package dev.storyline.cluster;

import dev.storyline.model.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringTrainerTest {

    private final List<ClusterInput> documents = new ArrayList<>();
    private final Map<String, String> goldEvent = new LinkedHashMap<>();
    private final Map<String, String> goldStory = new LinkedHashMap<>();

    ClusteringTrainerTest() {
        add("chess-2025-a", "2025-06-14", "chess-2025", "chess",
                "Grandmaster Ilse Marrow wins Orrin chess open",
                "Ilse Marrow won the Orrin chess open on Saturday with eight points from nine games, a full point ahead of the field.",
                "Marrow, who is 34, clinched the title with a quiet draw against Pavel Dunn in the last round at the Orrin town hall.");
        add("chess-2025-b", "2025-06-15", "chess-2025", "chess",
                "Marrow takes Orrin open title with a round to spare",
                "The Dutch grandmaster Ilse Marrow secured the Orrin chess open a round early and drew her final game against Pavel Dunn.",
                "Organisers said 180 players entered the Orrin open, a record for the tournament in its twelfth edition.");
        add("chess-2025-c", "2025-06-16", "chess-2025", "chess",
                "Ilse Marrow reflects on Orrin chess victory",
                "Ilse Marrow said her Orrin chess open win came from careful opening preparation against the French defence.",
                "She finished with eight points, ahead of Pavel Dunn, and collected the winner's trophy at the Orrin town hall.");
        add("fire-a", "2026-03-02", "fire", "sawmill",
                "Fire destroys Kelby sawmill",
                "A fire destroyed the old sawmill in Kelby on Sunday night, and firefighters fought the blaze for six hours.",
                "No one was hurt, but owner Tom Arden said the flames had ended a century of timber work in Kelby.");
        add("fire-b", "2026-03-03", "fire", "sawmill",
                "Kelby sawmill lost to overnight blaze",
                "Firefighters spent six hours fighting a blaze that destroyed the Kelby sawmill overnight into Monday.",
                "Sawmill owner Tom Arden said the fire had wiped out a century of timber work and put forty jobs at risk.");
        add("fire-c", "2026-03-04", "fire", "sawmill",
                "Forty jobs at risk after Kelby sawmill blaze",
                "Forty workers face losing their jobs after Sunday's blaze burned down the Kelby sawmill, owner Tom Arden said.",
                "Firefighters stayed at the smouldering sawmill in Kelby for a second day to stop the fire flaring up again.");
        add("inquiry-a", "2026-04-08", "inquiry", "sawmill",
                "Faulty wiring caused Kelby sawmill fire, inquiry finds",
                "Faulty wiring in a storage shed caused the fire that destroyed the Kelby sawmill in March, investigators reported.",
                "Their inquiry report cleared owner Tom Arden of negligence and urged checks of electrical wiring at timber yards.");
        add("inquiry-b", "2026-04-09", "inquiry", "sawmill",
                "Inquiry blames wiring for Kelby sawmill fire",
                "An inquiry into the Kelby sawmill fire found that faulty electrical wiring in a storage shed started the blaze.",
                "Tom Arden welcomed the inquiry report and said he would rebuild the sawmill with new wiring throughout.");
        add("inquiry-c", "2026-04-10", "inquiry", "sawmill",
                "Kelby sawmill owner to rebuild after wiring report",
                "Tom Arden will rebuild the Kelby sawmill after an inquiry traced the March fire to faulty wiring in a shed.",
                "The inquiry report asked timber yards across the county to have their electrical wiring inspected.");
        add("chess-2026-a", "2026-06-13", "chess-2026", "chess",
                "Teenager Sami Okafor wins Orrin chess open",
                "Sixteen-year-old Sami Okafor won the Orrin chess open on Saturday, beating defending champion Ilse Marrow in round seven.",
                "Okafor finished on eight and a half points and is the youngest winner in the history of the Orrin open.");
        add("chess-2026-b", "2026-06-14", "chess-2026", "chess",
                "Okafor, 16, youngest ever Orrin open champion",
                "Sami Okafor became the youngest champion of the Orrin chess open after a last-round win against Pavel Dunn.",
                "His coach said Okafor had studied endgames every evening before the Orrin tournament.");
        add("chess-2026-c", "2026-06-15", "chess-2026", "chess",
                "Sami Okafor's Orrin open win stuns chess world",
                "Grandmasters praised sixteen-year-old Sami Okafor after his Orrin chess open victory over a strong field.",
                "Okafor beat the defending champion Ilse Marrow and Pavel Dunn on his way to eight and a half points.");
    }

    @Test
    void learnedSettingsRecoverTheGoldEventsOfTheTrainingDocuments() {
        ClusteringSettings settings = fit();

        Clustering clustering = OnlineEventClusterer.cluster(documents, Map.of(), settings);

        assertThat(clustering.events()).extracting(event -> Set.copyOf(event.documents()))
                .containsExactlyInAnyOrderElementsOf(groups(goldEvent));
    }

    @Test
    void learnedThresholdsLieStrictlyBetweenZeroAndOne() {
        ClusteringSettings settings = calibrated();

        assertThat(settings.merge()).isTrue();
        assertThat(settings.timeDecay()).isTrue();
        assertThat(List.of(settings.joinThreshold(), settings.mergeThreshold(), settings.storyThreshold(),
                settings.undatedStoryThreshold()))
                .allSatisfy(threshold -> assertThat(threshold).isStrictlyBetween(0.0, 1.0));
        assertThat(settings.undatedStoryThreshold()).isGreaterThanOrEqualTo(settings.storyThreshold());
    }

    @Test
    void aFeatureLeftOutHasNoWeightInTheEventModel() {
        int embedding = LinkModel.featureNames().indexOf("embedding");

        ClusteringSettings settings = fit();

        assertThat(settings.eventModel().weights()[embedding]).isZero();
        assertThat(Arrays.stream(settings.eventModel().weights()).filter(weight -> weight != 0)).isNotEmpty();
    }

    @Test
    void storiesCalibratedOnKindsFollowOneSituationAndKeepTwoOfOneKindApartInTime() {
        Clustering clustering = OnlineEventClusterer.cluster(documents, Map.of(), calibrated());

        assertThat(clustering.stories()).extracting(story -> Set.copyOf(story.documents())).containsExactlyInAnyOrder(
                Set.of("chess-2025-a", "chess-2025-b", "chess-2025-c"),
                Set.of("fire-a", "fire-b", "fire-c", "inquiry-a", "inquiry-b", "inquiry-c"),
                Set.of("chess-2026-a", "chess-2026-b", "chess-2026-c"));
    }

    @Test
    void theStoryModelKeepsTheGivenWeightsAndOnlyLearnsWhereToCut() {
        ClusteringSettings settings = calibrated();

        assertThat(settings.storyModel().weights()).containsExactly(ClusteringSettings.storyWeights());
        assertThat(settings.storyModel().bias()).isNegative();
    }

    private ClusteringSettings fit() {
        boolean[] features = new boolean[LinkModel.featureNames().size()];
        Arrays.fill(features, true);
        features[LinkModel.featureNames().indexOf("embedding")] = false;
        return ClusteringTrainer.fit(documents, documents, goldEvent, features, true, true,
                clustering -> bCubedF1(clustering.events().stream().map(Event::documents).toList(), goldEvent));
    }

    private ClusteringSettings calibrated() {
        return ClusteringTrainer.calibrateStories(fit(), ClusteringSettings.storyWeights(), documents, goldStory);
    }

    /** BCubed F1 of predicted groups against a gold label per document. */
    private static double bCubedF1(List<List<String>> predicted, Map<String, String> gold) {
        Map<String, Set<String>> goldGroupOf = new LinkedHashMap<>();
        for (Set<String> group : groups(gold)) {
            group.forEach(document -> goldGroupOf.put(document, group));
        }
        double precision = 0;
        double recall = 0;
        for (List<String> group : predicted) {
            for (String document : group) {
                Set<String> both = new HashSet<>(group);
                both.retainAll(goldGroupOf.get(document));
                precision += (double) both.size() / group.size();
                recall += (double) both.size() / goldGroupOf.get(document).size();
            }
        }
        precision /= gold.size();
        recall /= gold.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static Collection<Set<String>> groups(Map<String, String> labels) {
        return labels.keySet().stream()
                .collect(Collectors.groupingBy(labels::get, LinkedHashMap::new, Collectors.toSet()))
                .values();
    }

    private void add(String id, String date, String event, String story, String title, String... paragraphs) {
        documents.add(new ClusterInput(id, title, List.of(paragraphs), LocalDate.parse(date)));
        goldEvent.put(id, event);
        goldStory.put(id, story);
    }
}
