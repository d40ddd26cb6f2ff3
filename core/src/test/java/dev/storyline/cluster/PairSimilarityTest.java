package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairSimilarityTest {

    private static final int FERRY_A = 0;
    private static final int FERRY_B = 1;
    private static final int ORCHARD = 2;
    private static final int OTHER_FERRY = 3;

    private final List<ClusterInput> documents = List.of(
            input("ferry-a", "Ferry runs aground off Tarrow Island",
                    "The passenger ferry Morven ran aground on rocks off Tarrow Island early on Tuesday, and coastguard boats took off all 212 passengers.",
                    "The captain, Ewan Lisk, said a steering fault had pushed the ferry onto the rocks in thick fog."),
            input("ferry-b", "Coastguard rescues 212 from grounded Morven ferry",
                    "Coastguard crews rescued 212 passengers after the ferry Morven struck rocks near Tarrow Island in fog on Tuesday morning.",
                    "Captain Ewan Lisk blamed a steering fault for the grounding, and the ferry operator suspended sailings to Tarrow."),
            input("orchard", "Apple harvest at Brindle orchards best in a decade",
                    "Growers at the Brindle orchards picked their largest apple crop in ten years after a warm, wet summer.",
                    "Cider makers in the valley expect prices for pressing apples to fall this autumn."),
            input("other-ferry", "Engine fire forces evacuation of Dunmore ferry",
                    "Passengers were taken off the ferry Caldera at Dunmore harbour on Tuesday after a fire broke out in its engine room.",
                    "Harbour master Ruth Oyelaran said firefighters put out the blaze within an hour and no one was injured."));

    private final PairSimilarity similarity = new PairSimilarity(documents, ClusteringSettings.DEFAULTS);

    @Test
    void twoReportsOfOneHappeningScoreAboveAnUnrelatedReport() {
        assertThat(similarity.probability(FERRY_A, FERRY_B))
                .isGreaterThan(similarity.probability(FERRY_A, ORCHARD))
                .isGreaterThan(similarity.probability(FERRY_B, ORCHARD));
    }

    @Test
    void twoReportsOfOneHappeningScoreAboveAnotherHappeningOfTheSameKind() {
        double join = ClusteringSettings.DEFAULTS.joinThreshold();
        assertThat(similarity.probability(FERRY_A, FERRY_B))
                .isGreaterThanOrEqualTo(join)
                .isGreaterThan(similarity.probability(FERRY_A, OTHER_FERRY))
                .isGreaterThan(similarity.probability(FERRY_B, OTHER_FERRY));
        assertThat(similarity.probability(FERRY_A, OTHER_FERRY)).isLessThan(join);
    }

    @Test
    void everyProbabilityLiesBetweenZeroAndOne() {
        for (int i = 0; i < documents.size(); i++) {
            for (int j = 0; j < documents.size(); j++) {
                assertThat(similarity.probability(i, j)).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void theOrderOfThePairDoesNotChangeTheProbability() {
        for (int i = 0; i < documents.size(); i++) {
            for (int j = i + 1; j < documents.size(); j++) {
                assertThat(similarity.probability(i, j)).isCloseTo(similarity.probability(j, i), within(1e-9));
            }
        }
    }

    private static ClusterInput input(String id, String title, String... paragraphs) {
        return new ClusterInput(id, title, List.of(paragraphs), LocalDate.parse("2026-05-12"));
    }
}
