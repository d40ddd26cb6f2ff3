package dev.storyline.bench.summaries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RougeTest {

    private static final double EXACT = 1e-9;

    @Test
    void tokenizesLikeRougeScore() {
        // "was" has three letters, so it is left alone (Porter would give "wa"); "cats" and "running" are stemmed.
        assertThat(Rouge.tokens("The cats was running")).containsExactly("the", "cat", "was", "run");
        // Punctuation and the apostrophe become spaces, so "It's" splits into "it" and "s".
        assertThat(Rouge.tokens("Hello, World! It's 2024.")).containsExactly("hello", "world", "it", "s", "2024");
        assertThat(Rouge.tokens("  -- ")).isEmpty();
    }

    /*
     * candidate: the cat sat on the mat   (6 tokens, none longer than 3 letters, so nothing is stemmed)
     * reference: the cat was on the mat   (6 tokens)
     * unigrams: "the" 2 and 2, cat, on, mat shared; sat / was not: 5 matches -> P = R = F = 5/6
     * bigrams (5 each): candidate the-cat cat-sat sat-on on-the the-mat; reference the-cat cat-was was-on on-the the-mat;
     *   shared the-cat, on-the, the-mat: 3 -> P = R = F = 3/5
     * LCS: the cat on the mat = 5 -> P = R = F = 5/6
     */
    @Test
    void scoresOneWordSubstitution() {
        String candidate = "the cat sat on the mat";
        String reference = "the cat was on the mat";

        assertScore(Rouge.rouge1(candidate, reference), 5.0 / 6, 5.0 / 6, 5.0 / 6);
        assertScore(Rouge.rouge2(candidate, reference), 3.0 / 5, 3.0 / 5, 3.0 / 5);
        assertScore(Rouge.rougeL(candidate, reference), 5.0 / 6, 5.0 / 6, 5.0 / 6);
    }

    /*
     * Porter: "running" -> "run" (-ing dropped, then the doubled n undone); "dogs" -> "dog". "run" has 3 letters: kept.
     * candidate: run dog; reference: dog run
     * unigrams: both shared: P = R = F = 1
     * bigrams: run-dog against dog-run: none shared: 0
     * LCS: one token (either "run" or "dog") -> P = R = F = 1/2
     */
    @Test
    void stemsBeforeMatching() {
        String candidate = "running dogs";
        String reference = "dogs run";

        assertScore(Rouge.rouge1(candidate, reference), 1, 1, 1);
        assertScore(Rouge.rouge2(candidate, reference), 0, 0, 0);
        assertScore(Rouge.rougeL(candidate, reference), 0.5, 0.5, 0.5);
    }

    /*
     * candidate "Hello, World! It's 2024." -> hello world it s 2024            (5 tokens)
     * reference "hello world: its 2024 (now) then" -> hello world its 2024 now then   (6 tokens; "its" has 3 letters)
     * unigrams: hello, world, 2024 shared: 3 -> P = 3/5, R = 3/6, F = 2 * (3/5)(1/2) / (3/5 + 1/2) = (3/5) / (11/10) = 6/11
     * bigrams: candidate hello-world world-it it-s s-2024 (4); reference hello-world world-its its-2024 2024-now now-then (5);
     *   shared hello-world: 1 -> P = 1/4, R = 1/5, F = 2 (1/20) / (9/20) = 2/9
     * LCS: hello world 2024 = 3 -> P = 3/5, R = 1/2, F = 6/11
     */
    @Test
    void ignoresCaseAndPunctuation() {
        String candidate = "Hello, World! It's 2024.";
        String reference = "hello world: its 2024 (now) then";

        assertScore(Rouge.rouge1(candidate, reference), 3.0 / 5, 1.0 / 2, 6.0 / 11);
        assertScore(Rouge.rouge2(candidate, reference), 1.0 / 4, 1.0 / 5, 2.0 / 9);
        assertScore(Rouge.rougeL(candidate, reference), 3.0 / 5, 1.0 / 2, 6.0 / 11);
    }

    /*
     * candidate: the the the (3 tokens); reference: the cat (2 tokens)
     * unigrams: "the" 3 times against once: clipped to 1 -> P = 1/3, R = 1/2, F = 2 (1/6) / (5/6) = 2/5
     * bigrams: the-the twice against the-cat: 0
     * LCS: "the" = 1 -> P = 1/3, R = 1/2, F = 2/5
     */
    @Test
    void clipsRepeatedWordsToTheReferenceCount() {
        assertScore(Rouge.rouge1("the the the", "the cat"), 1.0 / 3, 1.0 / 2, 2.0 / 5);
        assertScore(Rouge.rouge2("the the the", "the cat"), 0, 0, 0);
        assertScore(Rouge.rougeL("the the the", "the cat"), 1.0 / 3, 1.0 / 2, 2.0 / 5);
    }

    @Test
    void scoresZeroWhenEitherTextIsEmpty() {
        assertScore(Rouge.rouge1("", "the cat"), 0, 0, 0);
        assertScore(Rouge.rouge2("the cat", "!!"), 0, 0, 0);
        assertScore(Rouge.rougeL("", ""), 0, 0, 0);
        // one token has no bigram: nothing to match, and no division by zero
        assertScore(Rouge.rouge2("cat", "cat"), 0, 0, 0);
    }

    private static void assertScore(Rouge.Score score, double precision, double recall, double f1) {
        assertThat(score.precision()).as("precision").isCloseTo(precision, within(EXACT));
        assertThat(score.recall()).as("recall").isCloseTo(recall, within(EXACT));
        assertThat(score.f1()).as("f1").isCloseTo(f1, within(EXACT));
    }
}
