package dev.storyline.bench.clustering;

import dev.storyline.bench.summaries.Rouge;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TimelineScoresTest {

    private static final double EPS = 1e-9;

    /**
     * Gold: Jan 1 "big cat sat", Jan 3 "red dog ran off". Predicted: Jan 1 "big cat ran", Jan 4 "red dog ran".
     * All words have three letters or fewer, so none is stemmed.
     */
    private static final SortedMap<LocalDate, List<String>> GOLD = timeline(
            day(1), "big cat sat",
            day(3), "red dog ran off");
    private static final SortedMap<LocalDate, List<String>> PREDICTED = timeline(
            day(1), "big cat ran",
            day(4), "red dog ran");

    @Test
    void dateF1OnTheTwoDateExample() {
        // Exact: predicted {1, 4}, gold {1, 3}, shared {1}: P = 1/2, R = 1/2.
        // Within a day: 1 pairs with 1, 4 pairs with 3: P = R = 1.
        TimelineScores.Detail detail = TimelineScores.detail(PREDICTED, GOLD);

        assertThat(detail.date().precision()).isCloseTo(0.5, within(EPS));
        assertThat(detail.date().recall()).isCloseTo(0.5, within(EPS));
        assertThat(detail.date().f1()).isCloseTo(0.5, within(EPS));
        assertThat(detail.dateWithinDay().f1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void dateF1WithinDayPairsEachDateOnce() {
        // Predicted 2, 3 and gold 1, 2: 2 takes 1 (earliest free), 3 takes 2, so 2 of 2; exact shares only 2.
        TimelineScores.Prf near = TimelineScores.dateF1WithinDay(List.of(day(2), day(3)), List.of(day(1), day(2)));
        assertThat(near.precision()).isCloseTo(1.0, within(EPS));
        assertThat(near.recall()).isCloseTo(1.0, within(EPS));

        // Predicted 1, 5, 6 and gold 2, 9: only 1-2 pairs. P = 1/3, R = 1/2, F1 = 2 (1/6) / (5/6) = 2/5.
        TimelineScores.Prf sparse = TimelineScores.dateF1WithinDay(List.of(day(1), day(5), day(6)),
                List.of(day(2), day(9)));
        assertThat(sparse.precision()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(sparse.recall()).isCloseTo(0.5, within(EPS));
        assertThat(sparse.f1()).isCloseTo(0.4, within(EPS));

        // Two predicted dates around one gold date: only one of them may take it.
        TimelineScores.Prf crowded = TimelineScores.dateF1WithinDay(List.of(day(4), day(6)), List.of(day(5)));
        assertThat(crowded.precision()).isCloseTo(0.5, within(EPS));
        assertThat(crowded.recall()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void concatRougeOnTheTwoDateExample() {
        // Unigrams: predicted big cat ran red dog ran (6), gold big cat sat red dog ran off (7).
        //   Matches big, cat, ran (min 2, 1), red, dog = 5: P = 5/6, R = 5/7, F1 = 50/65 = 10/13.
        // Bigrams across the joined text: predicted big-cat cat-ran ran-red red-dog dog-ran (5),
        //   gold big-cat cat-sat sat-red red-dog dog-ran ran-off (6). Matches 3: P = 3/5, R = 1/2, F1 = 6/11.
        TimelineScores.Detail detail = TimelineScores.detail(PREDICTED, GOLD);

        assertThat(detail.concatRouge1().precision()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(detail.concatRouge1().recall()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(detail.concatRouge1().f1()).isCloseTo(10.0 / 13, within(EPS));
        assertThat(detail.concatRouge2().f1()).isCloseTo(6.0 / 11, within(EPS));
    }

    @Test
    void agreementRougeOnTheTwoDateExample() {
        // Only Jan 1 is in both. ROUGE-1: big, cat match (2); predicted unigrams 3 + 3, gold 3 + 4.
        //   P = 2/6, R = 2/7, F1 = (4/21) / (13/21) = 4/13.
        // ROUGE-2: big-cat matches (1); predicted bigrams 2 + 2, gold 2 + 3. P = 1/4, R = 1/5, F1 = 2/9.
        TimelineScores.Detail detail = TimelineScores.detail(PREDICTED, GOLD);

        assertThat(detail.agreementRouge1().precision()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(detail.agreementRouge1().recall()).isCloseTo(2.0 / 7, within(EPS));
        assertThat(detail.agreementRouge1().f1()).isCloseTo(4.0 / 13, within(EPS));
        assertThat(detail.agreementRouge2().f1()).isCloseTo(2.0 / 9, within(EPS));
    }

    @Test
    void alignedRougeOnTheTwoDateExample() {
        // Cost (1 - 1/(days + 1)) * (1 - ROUGE-1 F1):
        //   predicted Jan 1: gold Jan 1 costs 0; so it pairs with Jan 1 (weight 1).
        //   predicted Jan 4: gold Jan 1 costs 3/4 * (1 - 0) = 3/4; gold Jan 3 costs 1/2 * (1 - 6/7) = 1/14,
        //     since "red dog ran" vs "red dog ran off" has P = 1, R = 3/4, F1 = 6/7. Pairs with Jan 3 (weight 1/2).
        //   Recall: gold Jan 1 pairs with Jan 1; gold Jan 3 with Jan 4 (1/14 against 2/3 * 5/7 for Jan 1).
        // ROUGE-1: precision (2 + 3/2) / 6 = 7/12, recall (2 + 3/2) / 7 = 1/2, F1 = (7/12) / (13/12) = 7/13.
        // ROUGE-2: Jan 1 pair shares big-cat (1), Jan 4-Jan 3 shares red-dog dog-ran (2, half weight).
        //   precision (1 + 1) / 4 = 1/2, recall (1 + 1) / 5 = 2/5, F1 = (2/5) / (9/10) = 4/9.
        TimelineScores.Detail detail = TimelineScores.detail(PREDICTED, GOLD);

        assertThat(detail.alignedRouge1().precision()).isCloseTo(7.0 / 12, within(EPS));
        assertThat(detail.alignedRouge1().recall()).isCloseTo(0.5, within(EPS));
        assertThat(detail.alignedRouge1().f1()).isCloseTo(7.0 / 13, within(EPS));
        assertThat(detail.alignedRouge2().precision()).isCloseTo(0.5, within(EPS));
        assertThat(detail.alignedRouge2().recall()).isCloseTo(0.4, within(EPS));
        assertThat(detail.alignedRouge2().f1()).isCloseTo(4.0 / 9, within(EPS));
    }

    @Test
    void alignedRougeLetsSeveralPredictedDatesShareOneGoldDate() {
        // Gold Jan 10 "cat sat"; predicted Jan 10 "cat sat" and Jan 11 "cat ran". Both predicted dates pair with
        // Jan 10: precision (2 + 1/2 * 1) / 4 = 5/8; recall: Jan 10 pairs with Jan 10, 2 / 2 = 1. F1 = 10/13.
        SortedMap<LocalDate, List<String>> gold = timeline(day(10), "cat sat");
        SortedMap<LocalDate, List<String>> predicted = timeline(day(10), "cat sat", day(11), "cat ran");

        TimelineScores.Prf aligned = TimelineScores.detail(predicted, gold).alignedRouge1();

        assertThat(aligned.precision()).isCloseTo(5.0 / 8, within(EPS));
        assertThat(aligned.recall()).isCloseTo(1.0, within(EPS));
        assertThat(aligned.f1()).isCloseTo(10.0 / 13, within(EPS));
    }

    @Test
    void goldAgainstItselfScoresOneEverywhere() {
        TimelineScores.Scores scores = TimelineScores.score(GOLD, GOLD);

        assertThat(List.of(scores.dateF1(), scores.dateF1WithinDay(), scores.concatRouge1(), scores.concatRouge2(),
                scores.agreementRouge1(), scores.agreementRouge2(), scores.alignedRouge1(), scores.alignedRouge2()))
                .allSatisfy(value -> assertThat(value).isCloseTo(1.0, within(EPS)));
    }

    @Test
    void anEmptyPredictionScoresZero() {
        TimelineScores.Scores scores = TimelineScores.score(new TreeMap<>(), GOLD);

        assertThat(scores.dateF1()).isZero();
        assertThat(scores.concatRouge1()).isZero();
        assertThat(scores.alignedRouge1()).isZero();
    }

    @Test
    void oneDayEachIsPlainRougeWithTheBenchTokenizer() {
        // Stemming, case and punctuation included: the tokens must follow the summaries bench's Rouge.
        String candidate = "The Oil companies were running; spilled oil, 5,000 barrels!";
        String reference = "Oil company runs: the spill of 5000 barrels in running waters.";
        TimelineScores.Scores scores = TimelineScores.score(timeline(day(1), candidate), timeline(day(2), reference));

        assertThat(scores.concatRouge1()).isCloseTo(Rouge.rouge1(candidate, reference).f1(), within(EPS));
        assertThat(scores.concatRouge2()).isCloseTo(Rouge.rouge2(candidate, reference).f1(), within(EPS));
    }

    @Test
    void meanAveragesEachF1() {
        TimelineScores.Scores a = new TimelineScores.Scores(1, 0.5, 0.2, 0.1, 0.4, 0.2, 0.3, 0.1);
        TimelineScores.Scores b = new TimelineScores.Scores(0, 0.5, 0.4, 0.3, 0.0, 0.0, 0.1, 0.3);

        TimelineScores.Scores mean = TimelineScores.mean(List.of(a, b));

        assertThat(mean.dateF1()).isCloseTo(0.5, within(EPS));
        assertThat(mean.concatRouge1()).isCloseTo(0.3, within(EPS));
        assertThat(mean.alignedRouge2()).isCloseTo(0.2, within(EPS));
        assertThatThrownBy(() -> TimelineScores.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanOfPartsTakesF1OfTheAveragedPrecisionAndRecall() {
        // Within-day date scores (P, R): first (1, 1); second predicted {1, 5, 6} against gold {2, 9}: (1/3, 1/2).
        // Averages P = 2/3, R = 3/4, F1 = 2 (1/2) / (17/12) = 12/17; the plain mean of F1 would be (1 + 2/5) / 2.
        TimelineScores.Detail first = TimelineScores.detail(GOLD, GOLD);
        TimelineScores.Detail second = TimelineScores.detail(
                timeline(day(1), "x", day(5), "x", day(6), "x"), timeline(day(2), "x", day(9), "x"));

        TimelineScores.Scores parts = TimelineScores.meanOfParts(List.of(first, second));
        TimelineScores.Scores plain = TimelineScores.mean(List.of(first.f1(), second.f1()));

        assertThat(parts.dateF1WithinDay()).isCloseTo(12.0 / 17, within(EPS));
        assertThat(plain.dateF1WithinDay()).isCloseTo(0.7, within(EPS));
    }

    private static LocalDate day(int dayOfJanuary) {
        return LocalDate.of(2020, 1, dayOfJanuary);
    }

    private static SortedMap<LocalDate, List<String>> timeline(Object... dateThenText) {
        SortedMap<LocalDate, List<String>> timeline = new TreeMap<>();
        for (int i = 0; i < dateThenText.length; i += 2) {
            timeline.put((LocalDate) dateThenText[i], List.of((String) dateThenText[i + 1]));
        }
        return timeline;
    }
}
