package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AverageLinkBaselineTest {

    private final List<LabeledDocument> documents = List.of(
            document("a", "Fire destroys Kelby sawmill", "A fire destroyed the Kelby sawmill overnight, firefighters said."),
            document("b", "Kelby sawmill destroyed by fire", "Firefighters said the Kelby sawmill was destroyed by an overnight fire."),
            document("c", "Teenager wins chess open", "A sixteen-year-old won the Orrin chess open on Sunday."));

    @Test
    void aHighCutKeepsEveryDocumentAloneAndALowCutJoinsSimilarOnesFirst() {
        AverageLinkBaseline baseline = new AverageLinkBaseline(documents);

        Map<String, String> strict = baseline.cut(0.99);
        Map<String, String> loose = baseline.cut(0.2);

        assertThat(strict.values()).doesNotHaveDuplicates();
        assertThat(loose.get("a")).isEqualTo(loose.get("b")).isNotEqualTo(loose.get("c"));
    }

    @Test
    void pairCosinesAreHighForParaphrasesAndLowForUnrelatedTexts() {
        double[] cosines = AverageLinkBaseline.pairCosines(List.of(documents.get(0), documents.get(0)),
                List.of(documents.get(1), documents.get(2)));

        assertThat(cosines[0]).isGreaterThan(cosines[1]);
        assertThat(cosines[1]).isLessThan(0.1);
    }

    private static LabeledDocument document(String id, String title, String body) {
        return new LabeledDocument(id, title, List.of(body), null, id, id);
    }
}
