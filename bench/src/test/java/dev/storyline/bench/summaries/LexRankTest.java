package dev.storyline.bench.summaries;

import dev.storyline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LexRankTest {

    /*
     * Sentence 0 shares a term with each of 1, 2 and 3, which share none with each other; 4 shares nothing.
     * IDF over 5 sentences: ln(5/2) for storm, floods, coastal, town; ln 5 for the rest. Cosines with 0: 0.19 for 1 and
     * 2, 0.35 for 3, all above the 0.1 threshold; so 0 links to itself, 1, 2, 3 (degree 4); 1, 2, 3 link to themselves
     * and 0 (degree 2); 4 only to itself.
     * Stationary scores with jump 0.15/5 = 0.03 per sentence:
     *   p4 = 0.03 + 0.85 p4                                       -> p4 = 1/5
     *   p1 = p2 = p3 = a = 0.03 + 0.85 (p0/4 + a/2)
     *   p0 + 3a = 4/5, and p0 = 0.03 + 0.85 (p0/4 + 3a/2)         -> p0 = 0.37 / 1.2125 = 148/485, a = 16/97
     */
    private static final List<String> HUB = List.of(
            "storm floods coastal town",
            "storm damages bridge",
            "floods close schools",
            "coastal town evacuates residents",
            "markets rise sharply");

    @Test
    void theSentenceLinkedToAllOthersScoresHighest() {
        double[] scores = LexRank.scores(terms(HUB));

        assertThat(scores[0]).isCloseTo(148.0 / 485, within(1e-8));
        assertThat(scores[1]).isCloseTo(16.0 / 97, within(1e-8));
        assertThat(scores[2]).isCloseTo(16.0 / 97, within(1e-8));
        assertThat(scores[3]).isCloseTo(16.0 / 97, within(1e-8));
        assertThat(scores[4]).isCloseTo(1.0 / 5, within(1e-8));
        assertThat(Arrays.stream(scores).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aBudgetOfOneSentenceTakesTheMostCentral() {
        List<Sentence> summary = LexRank.summarize(sentences(HUB), 4);

        assertThat(summary).extracting(Sentence::text).containsExactly("storm floods coastal town");
    }

    @Test
    void skipsASentenceThatRepeatsOneAlreadyTaken() {
        List<String> texts = new ArrayList<>(HUB);
        texts.add("storm floods the coastal town");

        List<Sentence> summary = LexRank.summarize(sentences(texts), 6);

        assertThat(summary).hasSize(2);
        assertThat(summary.get(0).text()).isEqualTo("storm floods coastal town");
        assertThat(summary).extracting(Sentence::text).doesNotContain("storm floods the coastal town");
    }

    @Test
    void returnsWhatItTakesInInputOrderWhenTheBudgetIsNotReached() {
        List<Sentence> summary = LexRank.summarize(sentences(HUB), 1000);

        assertThat(summary).extracting(Sentence::text).containsExactlyElementsOf(HUB);
    }

    @Test
    void scoresASingleSentenceOne() {
        assertThat(LexRank.scores(terms(List.of("storm floods town")))).containsExactly(1.0);
        assertThat(LexRank.summarize(List.of(), 10)).isEmpty();
    }

    private static List<Sentence> sentences(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(text, 0, Arrays.asList(text.split(" ")), List.of()));
        }
        return sentences;
    }

    private static List<List<String>> terms(List<String> texts) {
        List<List<String>> terms = new ArrayList<>();
        for (String text : texts) {
            terms.add(Arrays.asList(text.split(" ")));
        }
        return terms;
    }
}
