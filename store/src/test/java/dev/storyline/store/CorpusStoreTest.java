package dev.storyline.store;

import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.ProgressListener;
import dev.storyline.store.StoreViews.DocumentListing;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusStoreTest {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/corpus");
    static final Path SEEDS = DEMO.resolve("../../../shared/seeds").normalize();
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path data;

    @Test
    void ingestingInBatchesAcrossReopenedStoresGivesTheStoriesOfOneBatchAnalyze() throws IOException {
        List<String> files = demoAndSeeds();
        Collections.shuffle(files, new Random(3));
        Report batch = Pipeline.standard().analyze(files, NO_STDIN, ProgressListener.NONE);
        int chunk = files.size() / 4 + 1;
        for (int start = 0; start < files.size(); start += chunk) {
            try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store, 3, 2)) {
                IngestSummary summary = ingester.ingest(files.subList(start, Math.min(files.size(), start + chunk)), NO_STDIN);
                assertThat(summary.added()).isPositive();
                assertThat(summary.build()).isNotNull();
            }
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            assertHoldsTheStoriesOf(store, batch);
        }
    }

    @Test
    void aLaterDocumentJoinsTheBuiltStoriesWithoutComposingTheOthersAgain() throws IOException {
        List<String> files = demoAndSeeds();
        Report batch = Pipeline.standard().analyze(files, NO_STDIN, ProgressListener.NONE);
        String latest = batch.documents().get(batch.documents().size() - 1).article().source();
        List<String> earlier = new ArrayList<>(files);
        earlier.remove(latest);
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(earlier, NO_STDIN);
            BuildStatistics build = ingester.ingest(List.of(latest), NO_STDIN).build();

            assertThat(build.regroupedAll()).isFalse();
            assertThat(build.documentsGrouped()).isEqualTo(1);
            assertThat(build.storiesComposed()).isPositive().isLessThan(build.stories());
            assertHoldsTheStoriesOf(store, Pipeline.standard().analyze(files, NO_STDIN, ProgressListener.NONE));
        }
    }

    @Test
    void aReopenedStoreResumesGroupingWhereTheLastProcessStopped() throws IOException {
        List<String> files = demoAndSeeds();
        Report batch = Pipeline.standard().analyze(files, NO_STDIN, ProgressListener.NONE);
        int count = batch.documents().size();
        String last = batch.documents().get(count - 1).article().source();
        String beforeLast = batch.documents().get(count - 2).article().source();
        List<String> earlier = new ArrayList<>(files);
        earlier.removeAll(List.of(last, beforeLast));
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(earlier, NO_STDIN);
        }
        assertThat(data.resolve("grouping.state")).exists();
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            BuildStatistics build = ingester.ingest(List.of(beforeLast), NO_STDIN).build();
            assertThat(build.regroupedAll()).isFalse();
            assertThat(build.documentsGrouped()).isEqualTo(1);
        }
        Files.delete(data.resolve("grouping.state"));
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            BuildStatistics build = ingester.ingest(List.of(last), NO_STDIN).build();
            assertThat(build.regroupedAll()).as("without a state, grouping starts again").isTrue();
            assertHoldsTheStoriesOf(store, batch);
        }
    }

    private static List<String> demoAndSeeds() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path directory : List.of(DEMO, SEEDS)) {
            try (Stream<Path> list = Files.list(directory)) {
                list.sorted().forEach(path -> files.add(path.toString()));
            }
        }
        return files;
    }

    /** Every story page holds what the batch report says: the story whole, its events, documents and families. */
    private static void assertHoldsTheStoriesOf(CorpusStore store, Report batch) {
        assertThat(store.documentCount()).isEqualTo(batch.documents().size() + (int) batch.skipped().stream()
                .filter(s -> s.reason().startsWith("no article text found: every body line")).count());
        assertThat(store.stories(1000)).extracting(StoryListing::id)
                .containsExactlyElementsOf(batch.stories().stream().map(Story::id).toList());
        Map<String, String> familyOf = Family.byDocument(batch.families());
        Map<String, Family> families = new HashMap<>();
        for (Family family : batch.families()) {
            families.put(family.id(), family);
        }
        Map<String, Event> events = new HashMap<>();
        for (Event event : batch.events()) {
            events.put(event.id(), event);
        }
        for (Story expected : batch.stories()) {
            StoryPage page = store.story(expected.id()).orElseThrow();
            assertThat(page.story()).isEqualTo(expected);
            assertThat(page.events()).isEqualTo(expected.events().stream().map(events::get).toList());
            assertThat(page.families()).isEqualTo(expected.documents().stream().map(familyOf::get).distinct().map(families::get).toList());
            for (DocumentListing listing : page.documents()) {
                assertThat(listing.story()).isEqualTo(expected.id());
                assertThat(listing.family()).isEqualTo(familyOf.get(listing.id()));
            }
        }
        assertThat(store.skipped()).containsExactlyInAnyOrderElementsOf(batch.skipped());
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
    void aStoreOfTheFirstSchemaIsUpgradedAndItsStoriesBuiltAgain() throws Exception {
        String analysis = StoreJson.mapper().writeValueAsString(Pipeline.standard().analyze(
                List.of(DEMO.resolve("001_bridge-collapse-courier.txt").toString()), NO_STDIN, ProgressListener.NONE).documents().get(0));
        Files.createDirectories(data);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT NOT NULL, "
                    + "title TEXT, outlet TEXT, published TEXT, url TEXT, analysis TEXT NOT NULL, ingested TEXT NOT NULL)");
            statement.execute("CREATE TABLE memberships(document TEXT PRIMARY KEY, listing TEXT NOT NULL, story TEXT, article TEXT)");
            statement.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO documents VALUES ('001_bridge-collapse-courier', "
                    + "'001.txt', 'hash', 'Bridge', 'Courier', '2026-04-14', NULL, ?, '2026-04-15T00:00:00Z')")) {
                insert.setString(1, analysis);
                insert.executeUpdate();
            }
            statement.execute("INSERT INTO meta VALUES ('batch', '1'), ('built', '1'), ('stale', '0')");
            statement.execute("PRAGMA user_version=1");
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            assertThat(store.isStale()).isTrue();
            store.update();
            assertThat(store.stories(10)).hasSize(1);
            assertThat(store.document("001_bridge-collapse-courier").orElseThrow().listing().story()).isNotNull();
        }
    }

    @Test
    void aStoreOfTheSecondSchemaIsUpgradedAndItsStoryListBuiltAgain() throws Exception {
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(List.of(DEMO.toString()), NO_STDIN);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             Statement statement = db.createStatement()) {
            for (String table : List.of("stories", "story_list", "story_outlets", "story_names", "quotes")) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("CREATE TABLE stories(id TEXT PRIMARY KEY, position INTEGER NOT NULL, listing TEXT NOT NULL, page TEXT NOT NULL)");
            statement.execute("CREATE TABLE quotes(story TEXT NOT NULL, position INTEGER NOT NULL, speaker TEXT, quote TEXT NOT NULL)");
            statement.execute("PRAGMA user_version=2");
        }
        try (CorpusStore store = CorpusStore.open(data)) {
            assertThat(store.isStale()).isTrue();
            store.update();
            assertThat(store.stories(StoryQuery.first(100)).total()).isGreaterThan(1);
            assertThat(store.entity("Oriana Vesk", 10)).hasValueSatisfying(page -> assertThat(page.quoteCount()).isPositive());
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
