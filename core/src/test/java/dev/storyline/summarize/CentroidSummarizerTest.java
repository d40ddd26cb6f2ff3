package dev.storyline.summarize;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CentroidSummarizerTest {

    private final AnalyzedDocument first = TestArticles.analyzed("first", null, "2026-05-01", null,
            "Heavy snow closed the mountain pass between Arlen and Dossa on Friday, stranding hundreds of lorries.",
            "Road crews said the pass would stay shut until the avalanche risk had fallen.",
            "Drivers were given blankets and hot food at a school in Arlen overnight.",
            "\"We have never seen this much snow in May,\" a crew chief said to reporters at the barrier.");
    private final AnalyzedDocument second = TestArticles.analyzed("second", null, "2026-05-02", null,
            "The mountain pass between Arlen and Dossa was closed by heavy snow on Friday, leaving hundreds of lorries stranded.",
            "Forecasters expect milder weather from Tuesday, which would let crews clear the road.");

    @Test
    void picksAtMostTheAskedNumberOfDistinctSentencesEachCitingItsSources() {
        List<CitedText> summary = new CentroidSummarizer().summarize(List.of(first, second), 3);

        assertThat(summary).hasSize(3);
        assertThat(summary).allSatisfy(s -> assertThat(s.documents()).isNotEmpty());
        assertThat(summary).extracting(CitedText::text).noneMatch(t -> t.startsWith("\""));
        long aboutClosure = summary.stream().filter(s -> s.text().contains("pass between Arlen and Dossa")).count();
        assertThat(aboutClosure).as("the same fact twice").isEqualTo(1);
        CitedText closure = summary.stream().filter(s -> s.text().contains("pass between Arlen and Dossa")).findFirst().orElseThrow();
        assertThat(closure.documents()).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void keepsReadingOrderOfDocumentsThenSentences() {
        List<String> readingOrder = new ArrayList<>();
        for (AnalyzedDocument document : List.of(first, second)) {
            document.sentences().forEach(sentence -> readingOrder.add(sentence.text()));
        }

        List<CitedText> summary = new CentroidSummarizer().summarize(List.of(first, second), 5);

        assertThat(summary).hasSizeGreaterThan(2);
        List<Integer> positions = summary.stream().map(s -> readingOrder.indexOf(s.text())).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void aFactMoreSourcesRepeatThanTheCorroborationCapIsPickedAndCitesEverySource() {
        List<AnalyzedDocument> documents = new ArrayList<>();
        int sources = CentroidSummarizer.MAX_CORROBORATING_SOURCES + 10;
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < sources; d++) {
            String id = "outlet-" + d;
            expected.add(id);
            documents.add(TestArticles.analyzed(id, null, "2026-05-01", null,
                    "Heavy snow closed the mountain pass between Arlen and Dossa on Friday, stranding hundreds of lorries.",
                    "Local reporter number " + d + " watched ploughs work along the valley road near village " + d + " for hours."));
        }
        documents.add(first);

        List<CitedText> summary = new CentroidSummarizer().summarize(documents, 2);

        CitedText closure = summary.stream().filter(s -> s.text().startsWith("Heavy snow closed")).findFirst().orElseThrow();
        expected.add("first");
        assertThat(closure.documents()).as("citations are never capped").containsExactlyElementsOf(expected);
    }
}
