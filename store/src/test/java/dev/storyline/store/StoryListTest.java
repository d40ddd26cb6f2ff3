package dev.storyline.store;

import dev.storyline.model.EntityType;
import dev.storyline.store.StoreViews.EntityPage;
import dev.storyline.store.StoreViews.OutletListing;
import dev.storyline.store.StoreViews.StoryList;
import dev.storyline.store.StoreViews.StoryListing;
import dev.storyline.store.StoryQuery.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The story list's paging, orders and filters, and the entity page, over three small stories written here. */
class StoryListTest {

    private static final String DOCUMENTS = String.join("\n",
            line("crane-1", "https://courier.example/crane", "2026-04-01", "Harbour crane topples onto the quay in Tallis",
                    "A container crane toppled onto the quay in the harbour of Tallis on Wednesday morning. "
                            + "Two dock workers were taken to hospital, the port authority said. "
                            + "The crane had been inspected in March, according to the harbour master."),
            line("crane-2", "https://gazette.example/crane", "2026-04-03", "Tallis harbour crane collapse: dock workers recovering",
                    "Two dock workers hurt when a container crane toppled onto the quay in the harbour of Tallis are recovering. "
                            + "The port authority said the crane had been inspected in March. "
                            + "Unions called for every crane in the harbour to be checked."),
            line("roof-1", "https://gazette.example/roof", "2026-05-12", "Storm tears roof off Kellin primary school",
                    "A storm tore the roof off the primary school in Kellin overnight. Classes were moved to the town hall "
                            + "while builders cleared the debris from the playground. No pupil was in the building."),
            line("flood-1", "https://herald.example/flood", "2026-06-20", "Vessa river floods the lower town of Marrow",
                    "The Vessa river burst its banks and flooded the lower town of Marrow on Saturday. "
                            + "\\\"The water is still rising and we have opened the sports hall for families,\\\" Mayor Ilse Varga said. "
                            + "Volunteers filled sandbags along the embankment through the night."));

    @TempDir
    Path data;
    private CorpusStore store;

    private static String line(String id, String url, String published, String title, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"published\":\"" + published + "\",\"title\":\"" + title
                + "\",\"text\":\"" + text + "\"}";
    }

    @BeforeEach
    void ingest() throws java.io.IOException {
        store = CorpusStore.open(data);
        try (CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingestJsonLines(new ByteArrayInputStream(DOCUMENTS.getBytes(StandardCharsets.UTF_8)), "test");
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoryList query(int limit, int offset, Order order, LocalDate from, LocalDate to, String outlet, String entity, String words) {
        return store.stories(new StoryQuery(limit, offset, order, from, to, outlet, entity, words));
    }

    private static List<String> titles(StoryList list) {
        return list.stories().stream().map(StoryListing::title).toList();
    }

    @Test
    void pagesCarryTheTotalAndFollowEachOther() {
        StoryList all = query(10, 0, Order.DOCUMENTS, null, null, null, null, null);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.stories().get(0).documents()).isEqualTo(2);

        StoryList first = query(2, 0, Order.DOCUMENTS, null, null, null, null, null);
        StoryList second = query(2, 2, Order.DOCUMENTS, null, null, null, null, null);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.stories()).hasSize(2);
        assertThat(second.stories()).hasSize(1);
        assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
    }

    @Test
    void theLatestOrderPutsTheStoryWithTheNewestDocumentFirst() {
        StoryList latest = query(10, 0, Order.LATEST, null, null, null, null, null);
        assertThat(latest.sort()).isEqualTo("latest");
        assertThat(latest.stories()).extracting(StoryListing::last)
                .containsExactly(LocalDate.parse("2026-06-20"), LocalDate.parse("2026-05-12"), LocalDate.parse("2026-04-03"));
    }

    @Test
    void filtersNarrowByDateRangeOutletEntityAndWords() {
        assertThat(titles(query(10, 0, Order.DOCUMENTS, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), null, null, null)))
                .singleElement().asString().contains("roof");
        assertThat(query(10, 0, Order.DOCUMENTS, LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-02"), null, null, null).total())
                .as("a day between a story's documents, with none of its own").isZero();
        assertThat(titles(query(10, 0, Order.DOCUMENTS, LocalDate.parse("2026-04-03"), null, null, null, null)))
                .as("from a day on").hasSize(3);
        assertThat(titles(query(10, 0, Order.DOCUMENTS, null, LocalDate.parse("2026-04-01"), null, null, null)))
                .as("up to a day").singleElement().asString().containsIgnoringCase("crane");

        StoryList gazette = query(10, 0, Order.LATEST, null, null, "GAZETTE.example", null, null);
        assertThat(gazette.total()).isEqualTo(2);
        assertThat(titles(gazette)).anySatisfy(title -> assertThat(title).contains("roof"))
                .anySatisfy(title -> assertThat(title).containsIgnoringCase("crane"));

        assertThat(titles(query(10, 0, Order.DOCUMENTS, null, null, null, "ilse varga", null))).singleElement().asString().contains("floods");
        assertThat(titles(query(10, 0, Order.DOCUMENTS, null, null, null, null, "sandbags"))).singleElement().asString().contains("floods");
        assertThat(titles(query(10, 0, Order.DOCUMENTS, null, null, null, null, "Sandbags volunteers"))).singleElement().asString().contains("floods");
        assertThat(query(10, 0, Order.DOCUMENTS, null, null, null, null, "sandbags crane").total()).as("every word is needed").isZero();
        assertThat(query(10, 0, Order.DOCUMENTS, null, null, null, null, "harbour").total()).as("words of two documents of one story").isEqualTo(1);
        assertThat(query(10, 0, Order.DOCUMENTS, null, null, "nowhere.example", null, null).total()).isZero();
        assertThat(query(10, 0, Order.DOCUMENTS, null, null, null, null, "xylophone").total()).isZero();
    }

    @Test
    void aRowCarriesItsDocumentsPerDayForASparkline() {
        StoryListing crane = query(10, 0, Order.DOCUMENTS, null, null, null, null, null).stories().get(0);
        assertThat(crane.activity().unit()).isEqualTo("day");
        assertThat(crane.activity().start()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(crane.activity().counts()).containsExactly(1, 0, 1);
    }

    @Test
    void outletsAreListedWithTheirDocumentsAndStories() {
        assertThat(store.outlets()).containsExactly(new OutletListing("gazette.example", 2, 2),
                new OutletListing("courier.example", 1, 1), new OutletListing("herald.example", 1, 1));
    }

    @Test
    void anEntityPageHasItsStoriesAndWhatItSaid() {
        EntityPage page = store.entity("Ilse Varga", 10).orElseThrow();
        assertThat(page.name()).isEqualTo("Ilse Varga");
        assertThat(page.type()).isEqualTo(EntityType.PERSON);
        assertThat(page.storyCount()).isEqualTo(1);
        assertThat(page.stories()).singleElement().extracting(StoryListing::title).asString().contains("floods");
        assertThat(page.quoteCount()).isEqualTo(1);
        assertThat(page.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.quote().text()).startsWith("The water is still rising");
            assertThat(quote.date()).isEqualTo(LocalDate.parse("2026-06-20"));
            assertThat(quote.storyTitle()).contains("floods");
        });
        assertThat(store.entity("Nobody Here", 10)).isEmpty();
    }

    @Test
    void theListFollowsALaterBuild() throws java.io.IOException {
        assertThat(query(10, 0, Order.DOCUMENTS, null, null, null, null, null).total()).isEqualTo(3);
        String later = line("fire-1", "https://courier.example/fire", "2026-07-02", "Warehouse fire in Dunmore burns overnight",
                "A fire destroyed a timber warehouse in Dunmore overnight. Firefighters kept the flames from the houses nearby. "
                        + "The cause is not yet known, the fire brigade said.");
        try (CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingestJsonLines(new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8)), "test");
        }
        StoryList after = query(10, 0, Order.LATEST, null, null, "courier.example", null, null);
        assertThat(after.total()).isEqualTo(2);
        assertThat(titles(after).get(0)).contains("fire");
    }

    @Test
    void aQueryThatCannotBeAnsweredSaysWhy() {
        assertThatThrownBy(() -> Order.of("oldest")).hasMessageContaining("documents, latest, sources, disputed, report");
        assertThatThrownBy(() -> new StoryQuery(10, 0, Order.DOCUMENTS, LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-01"),
                null, null, null)).hasMessageContaining("ends before it starts");
    }
}
