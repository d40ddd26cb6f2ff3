package dev.storyline.store;

import dev.storyline.model.Event;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.ProgressListener;
import dev.storyline.store.StoreViews.DocumentPage;
import dev.storyline.store.StoreViews.IngestSummary;
import dev.storyline.store.StoreViews.SearchResult;
import dev.storyline.store.StoreViews.StoryListing;
import dev.storyline.store.StoreViews.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusStoreTest {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/corpus");
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path data;

    @Test
    void ingestingTheDemoInTwoHalvesGivesTheStoriesOfOneBatchAnalyze() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(DEMO)) {
            list.sorted().forEach(path -> files.add(path.toString()));
        }
        Report batch = Pipeline.standard().analyze(List.of(DEMO.toString()), NO_STDIN, ProgressListener.NONE);
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store, 4, 2)) {
            ingester.ingest(files.subList(0, files.size() / 2), NO_STDIN);
            IngestSummary second = ingester.ingest(files.subList(files.size() / 2, files.size()), NO_STDIN);
            assertThat(second.added()).isPositive();

            assertThat(store.documentCount()).isEqualTo(batch.documents().size());
            List<StoryListing> stories = store.stories(100);
            assertThat(stories).hasSameSizeAs(batch.stories());
            for (Story expected : batch.stories()) {
                StoryPage page = store.story(expected.id()).orElseThrow();
                assertThat(page.story().documents()).isEqualTo(expected.documents());
                assertThat(page.story().events()).isEqualTo(expected.events());
                assertThat(page.story().claims()).isEqualTo(expected.claims());
                assertThat(page.story().quotes()).isEqualTo(expected.quotes());
                List<String> eventIds = new ArrayList<>();
                for (Event event : page.events()) {
                    eventIds.add(event.id());
                }
                assertThat(eventIds).isEqualTo(expected.events());
            }
        }
    }

    @Test
    void reingestingUnchangedFilesDoesNothingAndAChangedFileReplacesItsDocument() throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Files.copy(DEMO.resolve("001_bridge-collapse-courier.txt"), inbox.resolve("a.txt"));
        Files.copy(DEMO.resolve("012_water-rationing-orrin.txt"), inbox.resolve("b.txt"));
        try (CorpusStore store = CorpusStore.open(data.resolve("store")); CorpusIngester ingester = new CorpusIngester(store)) {
            assertThat(ingester.ingest(List.of(inbox.toString()), NO_STDIN).added()).isEqualTo(2);

            IngestSummary again = ingester.ingest(List.of(inbox.toString()), NO_STDIN);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.added() + again.updated()).isZero();

            String edited = Files.readString(inbox.resolve("b.txt")).replace("rationing", "restrictions");
            Files.writeString(inbox.resolve("b.txt"), edited);
            IngestSummary changed = ingester.ingest(List.of(inbox.toString()), NO_STDIN);
            assertThat(changed.updated()).isEqualTo(1);
            assertThat(changed.unchanged()).isEqualTo(1);
            assertThat(store.documentCount()).isEqualTo(2);
            assertThat(store.document("b").orElseThrow().article().text()).contains("restrictions");
        }
    }

    @Test
    void searchFindsDocumentsByTheirWordsAndNamesTheirStories() {
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(List.of(DEMO.toString()), NO_STDIN);
            SearchResult result = store.search("bridge collapse", 10);
            assertThat(result.documents()).isNotEmpty();
            assertThat(result.documents().get(0).title().toLowerCase()).contains("bridge");
            assertThat(result.stories()).isNotEmpty();
            assertThat(store.search("\"zzz unheard-of words\"", 10).documents()).isEmpty();
            assertThat(store.search("   ", 10).documents()).isEmpty();
        }
    }

    @Test
    void aDocumentPageHasItsCleanTextAndWhatWasRemoved() {
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(List.of(DEMO.resolve("007_inquiry-opens-northreach.html").toString()), NO_STDIN);
            DocumentPage page = store.document("007_inquiry-opens-northreach").orElseThrow();
            assertThat(page.article().paragraphs()).isNotEmpty();
            assertThat(page.article().removed()).isNotEmpty();
            assertThat(page.listing().story()).isNotNull();
            assertThat(store.document("no-such-document")).isEmpty();
        }
    }

    @Test
    void badInputsAreRecordedAsSkippedAndTheRestIsStored() throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.copy(DEMO.resolve("001_bridge-collapse-courier.txt"), inbox.resolve("good.txt"));
        try (CorpusStore store = CorpusStore.open(data.resolve("store")); CorpusIngester ingester = new CorpusIngester(store)) {
            IngestSummary summary = ingester.ingest(List.of(inbox.toString()), NO_STDIN);
            assertThat(summary.added()).isEqualTo(1);
            assertThat(summary.skipped()).isEqualTo(2);
            assertThat(store.skipped()).extracting(skipped -> Path.of(skipped.source()).getFileName().toString())
                    .containsExactlyInAnyOrder("empty.txt", "binary.txt");
        }
    }

    @Test
    void postedJsonLinesAreStoredAndAStoreReopensWithWhatWasCommitted() throws IOException {
        String body = "{\"id\":\"p1\",\"title\":\"Harbour crane falls\",\"text\":\"A crane fell in the harbour of Tallis on Monday. "
                + "Nobody was hurt, the port authority said.\"}\nnot json\n";
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            IngestSummary summary = ingester.ingestJsonLines(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "POST");
            assertThat(summary.added()).isEqualTo(1);
            assertThat(summary.skipped()).isEqualTo(1);
        }
        try (CorpusStore reopened = CorpusStore.open(data)) {
            assertThat(reopened.documentIds()).containsExactly("p1");
            assertThat(reopened.search("crane", 5).documents()).extracting(d -> d.id()).containsExactly("p1");
            Optional<DocumentPage> page = reopened.document("p1");
            assertThat(page).isPresent();
            assertThat(page.get().listing().title()).isEqualTo("Harbour crane falls");
        }
    }

    @Test
    void aStoreInUseCannotBeOpenedAgain() {
        try (CorpusStore store = CorpusStore.open(data)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorpusStore.open(data))
                    .isInstanceOf(StoreException.class).hasMessageContaining(data.toString());
        }
    }
}
