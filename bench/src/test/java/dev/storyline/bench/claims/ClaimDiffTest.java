package dev.storyline.bench.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClaimDiffTest {

    private static final String FIRST = "{\"topic\": \"Storm\", \"date\": \"2020-01-02\", \"pair_id\": \"p1\", "
            + "\"claim_a\": \"Ten people died.\", \"claim_b\": \"Twelve people died.\", \"article_a\": \"T1\", "
            + "\"article_b\": \"T2\", \"relation\": %d, \"rationale\": []}";
    private static final String SECOND = "{\"topic\": \"Storm\", \"date\": \"2020-01-02\", \"pair_id\": \"p1_rev\", "
            + "\"claim_a\": \"Twelve people died.\", \"claim_b\": \"Ten people died.\", \"article_a\": \"T2\", "
            + "\"article_b\": \"T1\", \"relation\": %d, \"rationale\": [\"Twelve\"]}";

    @Test
    void joinsTheStrengthAndWeakLabelsOfEachPair(@TempDir Path dir) throws IOException {
        write(dir.resolve(ClaimDiff.STRENGTH_FILE), FIRST.formatted(1), SECOND.formatted(0));
        write(dir.resolve(ClaimDiff.WEAK_FILE), FIRST.formatted(0), SECOND.formatted(1));

        List<ClaimDiff.Pair> pairs = ClaimDiff.read(dir);

        assertThat(pairs).containsExactly(
                new ClaimDiff.Pair("p1", "Storm", "Ten people died.", "Twelve people died.", true, false),
                new ClaimDiff.Pair("p1_rev", "Storm", "Twelve people died.", "Ten people died.", false, true));
    }

    @Test
    void refusesFilesWhosePairsDoNotLineUp(@TempDir Path dir) throws IOException {
        write(dir.resolve(ClaimDiff.STRENGTH_FILE), FIRST.formatted(1), SECOND.formatted(0));
        write(dir.resolve(ClaimDiff.WEAK_FILE), SECOND.formatted(1), FIRST.formatted(0));

        assertThatThrownBy(() -> ClaimDiff.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("item 0");
    }

    @Test
    void refusesARelationOtherThanZeroOrOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(ClaimDiff.WEAK_FILE);
        write(file, FIRST.formatted(2));

        assertThatThrownBy(() -> ClaimDiff.readFile(file)).isInstanceOf(IOException.class).hasMessageContaining("p1");
    }

    @Test
    void rocAucCountsThePositiveNegativeOrderingsThatAreRight() {
        // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 0.35 beats 0.1 only, 0.8 beats both: 3 of 4
        double auc = RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});

        assertThat(auc).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void rocAucCountsTiesAsHalfSoADecisionGetsMeanOfRecallAndSpecificity() {
        // positives 1 and 0 against the negative 0: a win and a tie; recall 1/2, specificity 1
        double auc = RocAuc.of(new double[] {1, 0, 0}, new boolean[] {true, true, false});

        assertThat(auc).isCloseTo(0.75, within(1e-12));
        assertThat(RocAuc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, false})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rocAucIsUndefinedWithoutBothClasses() {
        assertThat(RocAuc.of(new double[] {0.2, 0.9}, new boolean[] {true, true})).isNaN();
        assertThat(RocAuc.of(new double[] {0.2, 0.9}, new boolean[] {false, false})).isNaN();
    }

    @Test
    void confusionGivesPrecisionRecallAndF1OfADecision() {
        ClaimEvaluation.Confusion c = ClaimEvaluation.Confusion.of(
                new boolean[] {true, true, false, false, true}, new boolean[] {true, false, true, false, false});

        assertThat(c).isEqualTo(new ClaimEvaluation.Confusion(3, 1, 2));
        assertThat(c.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(c.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(ClaimEvaluation.Confusion.of(new boolean[] {false}, new boolean[] {true}).precision()).isNaN();
        assertThat(ClaimEvaluation.Confusion.of(new boolean[] {false}, new boolean[] {true}).f1()).isZero();
    }

    @Test
    void baselinesSeeNegationWordsAndSharedWords() {
        assertThat(ClaimEvaluation.negated(ClaimEvaluation.words("He didn’t resign."))).isTrue();
        assertThat(ClaimEvaluation.negated(ClaimEvaluation.words("There is no deal."))).isTrue();
        assertThat(ClaimEvaluation.negated(ClaimEvaluation.words("Nothing changed, notably."))).isTrue();
        assertThat(ClaimEvaluation.negated(ClaimEvaluation.words("The minister resigned notably early."))).isFalse();
        assertThat(ClaimEvaluation.jaccard(ClaimEvaluation.words("A b c"), ClaimEvaluation.words("b, C d d")))
                .isCloseTo(0.5, within(1e-12));
        assertThat(ClaimEvaluation.jaccard(List.of(), List.of())).isZero();
    }

    private static void write(Path file, String... items) throws IOException {
        Files.writeString(file, "{\"data\": [" + String.join(", ", items) + "], \"ver\": 1.0}", StandardCharsets.UTF_8);
    }
}
