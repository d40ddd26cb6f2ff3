package dev.storyline.pipeline;

import dev.storyline.TestArticles;
import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.summarize.CentroidSummarizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusBuilderTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static List<AnalyzedDocument> corpus;

    /** The demo corpus and the seeds, each document analyzed on its own, as a store receives them. */
    @BeforeAll
    static void analyze() {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        IngestSink sink = new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                AnalyzedDocument analyzed = PIPELINE.analyze(document, skipped);
                if (analyzed != null) {
                    documents.add(analyzed);
                }
            }

            @Override
            public void skip(SkippedInput input) {
                skipped.add(input);
            }
        };
        Path project = ReportAssertions.PROJECT;
        new Ingester().ingest(List.of(project.resolve("examples/corpus").toString(), project.resolve("../shared/seeds").normalize().toString()),
                InputStream.nullInputStream(), sink, input -> { });
        corpus = documents;
    }

    @Test
    void documentsArrivingInTimeOrderAreOnlyAddedAndEveryBuildEqualsTheBatch() {
        List<AnalyzedDocument> inTimeOrder = inTimeOrder();
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        int continued = 0;
        int storiesKept = 0;
        for (int i = 0; i < inTimeOrder.size(); i++) {
            builder.put(inTimeOrder.get(i));
            Report built = builder.build(List.of());
            assertSameStories(built, PIPELINE.build(inTimeOrder.subList(0, i + 1), List.of()));
            CorpusBuilder.BuildStatistics statistics = builder.statistics();
            if (statistics.documentsGrouped() == 1) {
                continued++;
            }
            storiesKept += statistics.stories() - statistics.storiesComposed();
        }
        assertThat(continued).as("builds that only added the new document").isGreaterThan(inTimeOrder.size() / 2);
        assertThat(storiesKept).as("stories kept from the build before").isPositive();
    }

    @Test
    void documentsArrivingInAnyOrderGiveTheBatchReport() {
        List<AnalyzedDocument> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(7));
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        int storiesKept = 0;
        for (int start = 0; start < shuffled.size(); start += 5) {
            List<AnalyzedDocument> batch = shuffled.subList(start, Math.min(shuffled.size(), start + 5));
            for (AnalyzedDocument document : batch) {
                builder.put(document);
            }
            assertSameStories(builder.build(List.of()), PIPELINE.build(shuffled.subList(0, start + batch.size()), List.of()));
            storiesKept += builder.statistics().stories() - builder.statistics().storiesComposed();
        }
        assertThat(storiesKept).as("stories kept, under new ids where earlier documents moved them").isPositive();
        assertThat(builder.build(List.of()).stories()).isNotEmpty();
        assertThat(builder.statistics().storiesComposed()).as("a build with nothing new composes nothing").isZero();
    }

    @Test
    void lateDocumentsRestartGroupingFromTheCheckpointBeforeTheirDateAndEveryBuildEqualsTheBatch() {
        List<AnalyzedDocument> inTimeOrder = inTimeOrder();
        List<AnalyzedDocument> onTime = new ArrayList<>();
        List<AnalyzedDocument> late = new ArrayList<>();
        for (int i = 0; i < inTimeOrder.size(); i++) {
            AnalyzedDocument document = inTimeOrder.get(i);
            (i % 4 == 1 && document.article().published() != null ? late : onTime).add(document);
        }
        Collections.reverse(late);
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        List<AnalyzedDocument> put = new ArrayList<>(onTime);
        onTime.forEach(builder::put);
        builder.build(List.of());
        assertThat(builder.statistics().checkpointBytes()).isPositive();

        int restartedFromACheckpoint = 0;
        for (int start = 0; start < late.size(); start += 2) {
            List<AnalyzedDocument> batch = late.subList(start, Math.min(late.size(), start + 2));
            batch.forEach(builder::put);
            put.addAll(batch);
            assertSameStories(builder.build(List.of()), PIPELINE.build(put, List.of()));
            CorpusBuilder.BuildStatistics statistics = builder.statistics();
            if (!statistics.regroupedAll()) {
                assertThat(statistics.documentsGrouped()).isLessThan(statistics.documents());
                restartedFromACheckpoint++;
            }
        }
        assertThat(restartedFromACheckpoint).as("late builds that kept the grouping before their date").isGreaterThan(late.size() / 4);
    }

    @Test
    void aReplacedDocumentGivesTheBatchReportOfItsNewText() {
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        for (AnalyzedDocument document : corpus) {
            builder.put(document);
        }
        builder.build(List.of());
        List<AnalyzedDocument> edited = new ArrayList<>(corpus);
        AnalyzedDocument first = corpus.get(0);
        Article article = first.article();
        List<String> paragraphs = new ArrayList<>(article.paragraphs());
        paragraphs.add("A spokesperson said on Friday that 40 more families had been moved from the riverside.");
        AnalyzedDocument replacement = TestArticles.analyzed(first.id(), article.outlet(), String.valueOf(article.published()),
                article.title(), paragraphs.toArray(String[]::new));
        edited.set(0, replacement);
        builder.put(replacement);

        Report built = builder.build(List.of());
        assertSameStories(built, PIPELINE.build(edited, List.of()));
        assertThat(built.documents()).contains(replacement);
    }

    @Test
    void aCopyOfAnOldArticleArrivingMonthsLaterJoinsItsSettledEvent() {
        List<AnalyzedDocument> documents = new ArrayList<>();
        LocalDate latest = LocalDate.MIN;
        for (AnalyzedDocument document : corpus) {
            LocalDate published = document.article().published();
            if (published != null) {
                documents.add(document);
                latest = published.isAfter(latest) ? published : latest;
            }
        }
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        for (AnalyzedDocument document : documents) {
            builder.put(document);
        }
        builder.build(List.of());
        AnalyzedDocument original = builder.build(List.of()).documents().get(0);
        Article article = original.article();
        AnalyzedDocument copy = TestArticles.analyzed("zz-late-copy", "Late Reprints", latest.plusDays(1).toString(),
                article.title(), article.paragraphs().toArray(String[]::new));
        documents.add(copy);
        builder.put(copy);

        Report built = builder.build(List.of());
        assertSameStories(built, PIPELINE.build(documents, List.of()));
        assertThat(builder.statistics().regroupedAll()).isFalse();
        assertThat(built.events()).anySatisfy(event -> assertThat(event.documents()).contains(original.id(), copy.id()));
    }

    @Test
    void aLineThatStartsToRecurLeavesTheEarlierDocumentToo() {
        String footer = "Sign up for the Harbour Ledger morning newsletter and never miss a council vote.";
        AnalyzedDocument ferry = TestArticles.analyzed("ferry", "Harbour Ledger", "2024-05-02", "Ferry fares rise",
                "Ferry fares on the Kell crossing rise by 8 percent from June, the operator said.", footer);
        AnalyzedDocument library = TestArticles.analyzed("library", "Harbour Ledger", "2024-05-03", "Library reopens",
                "The central library reopened on Friday after a two-year rebuild of its reading rooms.", footer);
        CorpusBuilder builder = CorpusBuilder.growing(PIPELINE);
        builder.put(ferry);
        assertThat(builder.build(List.of()).documents().get(0).article().paragraphs()).contains(footer);

        builder.put(library);
        Report built = builder.build(List.of());
        assertSameStories(built, PIPELINE.build(List.of(ferry, library), List.of()));
        for (AnalyzedDocument document : built.documents()) {
            assertThat(document.article().paragraphs()).doesNotContain(footer);
            assertThat(document.article().removed()).extracting(RemovedText::text).contains(footer);
        }
        assertThat(builder.isCleaned("ferry")).isTrue();
        assertThat(builder.statistics().regroupedAll()).as("the ferry text changed after it was grouped").isTrue();
    }

    @Test
    void anotherProcessResumesTheSavedGroupingAndOnlyAddsTheNewDocuments() throws IOException {
        List<AnalyzedDocument> inTimeOrder = inTimeOrder();
        int half = inTimeOrder.size() / 2;
        CorpusBuilder first = CorpusBuilder.growing(PIPELINE);
        for (AnalyzedDocument document : inTimeOrder.subList(0, half)) {
            first.put(document);
        }
        Report built = first.build(List.of());
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        assertThat(first.saveGrouping(state)).isTrue();

        CorpusBuilder second = CorpusBuilder.growing(PIPELINE);
        for (AnalyzedDocument document : inTimeOrder) {
            second.put(document);
        }
        second.restore(built, idsOf(inTimeOrder.subList(half, inTimeOrder.size())));
        assertThat(second.resumeGrouping(new ByteArrayInputStream(state.toByteArray()))).isTrue();

        assertSameStories(second.build(List.of()), PIPELINE.build(inTimeOrder, List.of()));
        assertThat(second.statistics().regroupedAll()).isFalse();
        assertThat(second.statistics().documentsGrouped()).isEqualTo(inTimeOrder.size() - half);
    }

    @Test
    void anotherProcessKeepsTheCheckpointsAndTakesLateDocumentsFromThem() throws IOException {
        List<AnalyzedDocument> inTimeOrder = inTimeOrder();
        List<AnalyzedDocument> late = List.of(inTimeOrder.get(inTimeOrder.size() * 3 / 4));
        List<AnalyzedDocument> onTime = new ArrayList<>(inTimeOrder);
        onTime.removeAll(late);
        CorpusBuilder first = CorpusBuilder.growing(PIPELINE);
        onTime.forEach(first::put);
        Report built = first.build(List.of());
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        assertThat(first.saveGrouping(state)).isTrue();

        CorpusBuilder second = CorpusBuilder.growing(PIPELINE);
        inTimeOrder.forEach(second::put);
        second.restore(built, idsOf(late));
        assertThat(second.resumeGrouping(new ByteArrayInputStream(state.toByteArray()))).isTrue();

        assertSameStories(second.build(List.of()), PIPELINE.build(inTimeOrder, List.of()));
        assertThat(second.statistics().regroupedAll()).as("the late document restarts from a saved checkpoint").isFalse();
        assertThat(second.statistics().documentsGrouped()).isLessThan(inTimeOrder.size());
    }

    @Test
    void aGroupingStateOfOtherSettingsOrWithForeignClassesIsNotResumed() throws IOException {
        CorpusBuilder first = CorpusBuilder.growing(PIPELINE);
        for (AnalyzedDocument document : corpus) {
            first.put(document);
        }
        Report built = first.build(List.of());
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        first.saveGrouping(state);

        ClusteringSettings defaults = ClusteringSettings.DEFAULTS;
        Pipeline other = new Pipeline(new Ingester(), ArticleExtractor.standard(), new OpenNlpTextAnalyzer(), new MinHashDeduplicator(),
                new ClusteringSettings(defaults.eventModel(), 0.5, true, defaults.mergeThreshold(), defaults.storyModel(),
                        defaults.storyThreshold(), defaults.undatedStoryThreshold(), true), new SentenceClaimAligner(),
                new CentroidSummarizer());
        CorpusBuilder second = new CorpusBuilder(other);
        for (AnalyzedDocument document : corpus) {
            second.put(document);
        }
        second.restore(built, Set.of());
        assertThat(second.resumeGrouping(new ByteArrayInputStream(state.toByteArray()))).isFalse();
        assertSameStories(second.build(List.of()), other.build(corpus, List.of()));
        assertThat(second.statistics().regroupedAll()).isTrue();

        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(foreign)) {
            objects.writeObject(new ArrayList<>(List.of(URI.create("https://example.org/"))));
        }
        assertThatThrownBy(() -> second.resumeGrouping(new ByteArrayInputStream(foreign.toByteArray())))
                .isInstanceOf(InvalidClassException.class);
    }

    private static List<AnalyzedDocument> inTimeOrder() {
        List<AnalyzedDocument> sorted = new ArrayList<>(corpus);
        sorted.sort(Comparator.comparing((AnalyzedDocument d) -> d.article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(AnalyzedDocument::id));
        return sorted;
    }

    private static Set<String> idsOf(List<AnalyzedDocument> documents) {
        Set<String> ids = new HashSet<>();
        for (AnalyzedDocument document : documents) {
            ids.add(document.id());
        }
        return ids;
    }

    /** Everything a reader sees of two reports: documents, families, events and stories with all they hold. */
    private static void assertSameStories(Report actual, Report expected) {
        assertThat(actual.documents()).isEqualTo(expected.documents());
        assertThat(actual.families()).isEqualTo(expected.families());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.stories()).isEqualTo(expected.stories());
        assertThat(actual.explanations()).isEqualTo(expected.explanations());
        assertThat(actual.skipped()).isEqualTo(expected.skipped());
    }
}
