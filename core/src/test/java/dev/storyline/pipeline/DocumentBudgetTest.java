package dev.storyline.pipeline;

import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.nlp.TextAnalyzer;
import dev.storyline.summarize.CentroidSummarizer;
import dev.storyline.util.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time budget per document: a document over it is skipped with the reason naming the budget, the stages stop soon
 * after it has passed rather than finishing, and the run goes on with the next document. A budget that is not honoured
 * fails the test at its timeout rather than hanging the build.
 */
@Timeout(120)
class DocumentBudgetTest {

    private static final String PARAGRAPH = "The harbour office said on Monday that the north quay will close for "
            + "repairs. Ships due at the quay are sent to the south berth, the office said in a statement.";

    /** An analyzer that never finishes a document whose id ends with "endless", but checks its deadline as the stages do. */
    private static final TextAnalyzer ENDLESS_ON_ONE = new TextAnalyzer() {
        @Override
        public AnalyzedDocument analyze(Article article) {
            return analyze(article, Deadline.NONE);
        }

        @Override
        public AnalyzedDocument analyze(Article article, Deadline deadline) {
            while (article.id().endsWith("endless")) {
                deadline.check();
                Thread.onSpinWait();
            }
            return new AnalyzedDocument(article, List.of(), List.of(), List.of(), List.of(), List.of());
        }
    };

    @Test
    void aDocumentOverItsBudgetIsSkippedWithTheReasonAndTheRunGoesOnWithTheNext(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-endless.txt"), "Harbour notice\n\n" + PARAGRAPH);
        Files.writeString(dir.resolve("b-good.txt"), "Quay notice\n\n" + PARAGRAPH);
        Pipeline pipeline = new Pipeline(new Ingester(), ArticleExtractor.standard(), ENDLESS_ON_ONE,
                new MinHashDeduplicator(), ClusteringSettings.DEFAULTS, new SentenceClaimAligner(), new CentroidSummarizer())
                .withDocumentBudget(Duration.ofSeconds(1));

        Report report = pipeline.analyze(List.of(dir.toString()), InputStream.nullInputStream(), ProgressListener.NONE);

        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.source()).endsWith("a-endless.txt");
            assertThat(skipped.reason()).isEqualTo(
                    "took longer than the 1 s analysis budget per document (--document-timeout); skipped");
        });
        assertThat(report.documents()).extracting(AnalyzedDocument::id).containsExactly("b-good");
    }

    @Test
    void theStandardStagesStopSoonAfterATinyBudgetOnALargeDocument() {
        StringBuilder text = new StringBuilder("Harbour works report\n\n");
        for (int i = 0; text.length() < 5_000_000; i++) {
            text.append("\"We will reopen berth ").append(i).append(" before the summer,\" Harbour Master Ilse Marko said. ")
                    .append(PARAGRAPH).append("\n\n");
        }
        Pipeline pipeline = Pipeline.standard().withDocumentBudget(Duration.ofMillis(5));
        List<SkippedInput> skipped = new ArrayList<>();

        long start = System.nanoTime();
        AnalyzedDocument analyzed = pipeline.analyze(page("large", text.toString()), skipped);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(analyzed).isNull();
        assertThat(skipped).singleElement().extracting(SkippedInput::reason)
                .isEqualTo("took longer than the 0.005 s analysis budget per document (--document-timeout); skipped");
        assertThat(seconds).as("stopped at a check soon after the budget, not after analyzing 5 MB (a minute's work)")
                .isLessThan(10);
    }

    @Test
    void noBudgetMeansNoDocumentIsSkippedForTime() {
        Pipeline pipeline = Pipeline.standard().withDocumentBudget(Duration.ZERO);
        List<SkippedInput> skipped = new ArrayList<>();

        AnalyzedDocument analyzed = pipeline.analyze(page("notice", "Harbour notice\n\n" + PARAGRAPH), skipped);

        assertThat(pipeline.documentBudget()).isZero();
        assertThat(analyzed).isNotNull();
        assertThat(skipped).isEmpty();
        assertThat(Pipeline.standard().documentBudget()).isEqualTo(Pipeline.DEFAULT_DOCUMENT_BUDGET);
    }

    private static RawDocument page(String id, String text) {
        return new RawDocument(id, id + ".txt", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
    }
}
