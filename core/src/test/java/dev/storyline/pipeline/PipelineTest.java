package dev.storyline.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Claim;
import dev.storyline.model.TimelineEntry;
import dev.storyline.model.CitedText;
import dev.storyline.model.StoryQuote;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.ChangedParagraph;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.model.WordEdit;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.report.ReportFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The whole pipeline on the bundled demo corpus and on the real seed pages. */
class PipelineTest {

    private static final Path DEMO = ReportAssertions.PROJECT.resolve("examples/corpus");
    private static final Path SEEDS = ReportAssertions.PROJECT.resolve("../shared/seeds").normalize();

    private static Report demo;
    private static Report seeds;

    @BeforeAll
    static void analyze() {
        demo = run(DEMO);
        seeds = run(SEEDS);
    }

    private static Report run(Path path) {
        assertThat(path).as("test input").isDirectory();
        return Pipeline.standard().analyze(List.of(path.toString()), new ByteArrayInputStream(new byte[0]), ProgressListener.NONE);
    }

    @Test
    void demoWritesSchemaValidReportsInEveryFormat(@TempDir Path out) throws IOException {
        ReportFiles.write(demo, out);

        JsonNode report = ReportAssertions.assertValidReport(out.resolve("report.json"));
        assertThat(report.path("documents")).hasSize(22);
        for (JsonNode document : report.path("documents")) {
            for (JsonNode quote : document.path("quotes")) {
                assertThat(quote.has("attribution")).as("a quote credited to someone names its rule: " + quote)
                        .isEqualTo(!quote.path("speaker").isNull());
            }
        }
        assertThat(Files.readString(out.resolve("report.md"))).contains("# Storyline report").contains("### Disputed");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("nav li svg.spark[role=img]")).as("a sparkline per story in the list").hasSize(demo.stories().size());
        for (Story story : demo.stories()) {
            org.jsoup.nodes.Element section = page.getElementById(story.id());
            assertThat(section.select("svg.chart rect")).as("bars of " + story.id()).isNotEmpty();
            assertThat(section.select("svg.chart title").first().text()).startsWith("Documents per day by outlet");
            assertThat(section.select("table.numbers tr")).hasSizeGreaterThan(1);
            for (org.jsoup.nodes.Element mark : section.select("svg.chart a")) {
                assertThat(page.getElementById(mark.attr("href").substring(1))).as(mark.attr("href")).isNotNull();
            }
            long datedEvents = demo.events().stream().filter(event -> story.events().contains(event.id()) && event.date() != null).count();
            if (datedEvents > 0) {
                assertThat(section.select("svg.timeline a")).as("timeline rows of " + story.id()).hasSize((int) datedEvents)
                        .allSatisfy(row -> assertThat(section.getElementById(row.attr("href").substring(1))).as(row.attr("href")).isNotNull());
            }
            if (story.claims().stream().anyMatch(claim -> claim.status() == ClaimStatus.DISPUTED)) {
                assertThat(section.select("table.matrix tr.disputed")).as("disputed rows of " + story.id())
                        .anyMatch(row -> !row.select("td.cell.contradicts").isEmpty());
            }
        }
        assertThat(demo.stories()).as("a demo story with a disputed claim")
                .anyMatch(story -> story.claims().stream().anyMatch(claim -> claim.status() == ClaimStatus.DISPUTED));
        assertThat(Files.readString(out.resolve("report.md"))).contains("Coverage chart: [report.html](report.html#s1)");
    }

    @Test
    void demoFoldsTheSyndicatedWireCopiesIntoOneFamily() {
        Family wire = demo.families().stream().filter(f -> f.documents().contains("003_bridge-collapse-tallis-wire")).findFirst().orElseThrow();
        assertThat(wire.documents()).containsExactlyInAnyOrder("003_bridge-collapse-tallis-wire",
                "004_bridge-collapse-kessara-syndicated", "005_bridge-collapse-pellwick-syndicated");
        assertThat(wire.copies()).hasSize(2).allSatisfy(copy -> assertThat(copy.isVerbatim()).isFalse());
        assertThat(demo.families()).filteredOn(f -> f != wire).allSatisfy(f -> assertThat(f.documents()).hasSize(1));
    }

    @Test
    void demoGroupsItsTwoStoriesAndKeepsUnrelatedArticlesApart() {
        Story bridge = storyOf(demo, "001_bridge-collapse-courier");
        Story water = storyOf(demo, "011_water-rationing-kessara");

        assertThat(bridge.documents()).containsExactlyInAnyOrder("001_bridge-collapse-courier", "002_bridge-collapse-northreach",
                "003_bridge-collapse-tallis-wire", "004_bridge-collapse-kessara-syndicated", "005_bridge-collapse-pellwick-syndicated",
                "006_inquiry-opens-courier", "007_inquiry-opens-northreach", "008_inquiry-opens-orrin",
                "009_engineer-resigns-courier", "010_engineer-resigns-pellwick");
        assertThat(water.documents()).containsExactlyInAnyOrder("011_water-rationing-kessara", "012_water-rationing-orrin",
                "vdd-2026-06-03-mereth-rationing", "013_corrowby-protest-kessara", "014_corrowby-protest-merethvoice",
                "015_water-bill-vote-merethvoice", "vdd-2026-07-02-water-bill-vote");
        assertThat(bridge.events().size()).isGreaterThanOrEqualTo(3);
        assertThat(water.events().size()).isGreaterThanOrEqualTo(3);
        for (String unrelated : List.of("016_chess-open-orrin", "017_salt-road-museum-pellwick", "018_folio-ereader-ivelan",
                "019_cup-semifinal-northreach", "vdd-2026-05-08-heron-chicks")) {
            assertThat(storyOf(demo, unrelated).documents()).containsExactly(unrelated);
        }
    }

    @Test
    void demoShowsTheDeniedClaimAndTheConflictingCasualtyFigure() {
        List<Claim> disputed = storyOf(demo, "001_bridge-collapse-courier").claims().stream()
                .filter(c -> c.status() == ClaimStatus.DISPUTED).toList();

        assertThat(disputed).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo("The city inspected the bridge in March, officials said.");
            assertThat(c.disputedBy()).anySatisfy(d -> assertThat(d.text()).contains("denied that any inspection took place in March"));
        });
        assertThat(disputed).anySatisfy(c -> {
            assertThat(c.text()).contains("14 were injured");
            assertThat(c.disputedBy()).anySatisfy(d -> assertThat(d.text()).contains("Nineteen people were injured"));
        });
        assertThat(disputed).anySatisfy(c -> assertThat(c.evidence())
                .extracting(ClaimEvidence::document, ClaimEvidence::stance)
                .contains(tuple("001_bridge-collapse-courier", ClaimEvidence.Stance.STATES),
                        tuple("002_bridge-collapse-northreach", ClaimEvidence.Stance.CONTRADICTS),
                        tuple("008_inquiry-opens-orrin", ClaimEvidence.Stance.CONTRADICTS)));
    }

    @Test
    void demoGathersEachSpeakersWordsAcrossOutletsUnderOneEntity() {
        Story bridge = storyOf(demo, "001_bridge-collapse-courier");
        StoryEntity dunkar = bridge.entities().stream().filter(e -> e.name().equals("Pavel Dunkar")).findFirst().orElseThrow();
        StoryQuote steppingDown = bridge.quotes().stream()
                .filter(q -> q.text().startsWith("I am stepping down")).findFirst().orElseThrow();
        assertThat(steppingDown.speakerId()).isEqualTo(dunkar.id());
        assertThat(steppingDown.variants()).extracting(CitedText::documents)
                .containsExactly(List.of("009_engineer-resigns-courier"), List.of("010_engineer-resigns-pellwick"));
        StoryQuote darkestNight = bridge.quotes().stream()
                .filter(q -> q.text().startsWith("This is the darkest night")).findFirst().orElseThrow();
        assertThat(darkestNight.variants()).flatExtracting(CitedText::documents).containsExactlyInAnyOrder(
                "001_bridge-collapse-courier", "002_bridge-collapse-northreach", "003_bridge-collapse-tallis-wire",
                "004_bridge-collapse-kessara-syndicated", "005_bridge-collapse-pellwick-syndicated");
    }

    @Test
    void demoResolvesWeekdaysAgainstPublicationAndDatesTheTimelineFromThem() {
        assertThat(document(demo, "002_bridge-collapse-northreach").dates())
                .anySatisfy(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 4, 14)));
        assertThat(document(demo, "014_corrowby-protest-merethvoice").dates()).first()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 6, 20)));
        Story water = storyOf(demo, "011_water-rationing-kessara");
        assertThat(water.timeline()).extracting(TimelineEntry::date).containsExactly(
                LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 2));
        assertThat(water.timeline()).allSatisfy(entry -> assertThat(entry.documents()).isNotEmpty());
    }

    @Test
    void demoFindsEveryDirectQuoteWithItsSpeaker() {
        // Quoted phrases inside the writer's sentence ("called the vote \"a first step\"") and indirect speech are not counted.
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("001_bridge-collapse-courier", List.of("Oriana Vesk", "Pavel Dunkar", "Mirela Hask", "Mirela Hask")),
                Map.entry("002_bridge-collapse-northreach", List.of("Oriana Vesk", "Emil Vorst", "Hanne Loid", "Hanne Loid")),
                Map.entry("003_bridge-collapse-tallis-wire", List.of("Oriana Vesk", "Pavel Dunkar")),
                Map.entry("004_bridge-collapse-kessara-syndicated", List.of("Oriana Vesk", "Pavel Dunkar")),
                Map.entry("005_bridge-collapse-pellwick-syndicated", List.of("Oriana Vesk", "Pavel Dunkar")),
                Map.entry("006_inquiry-opens-courier", List.of("Marit Solvane", "Lise Merrick", "Lise Merrick", "Oriana Vesk")),
                Map.entry("007_inquiry-opens-northreach", List.of("Marit Solvane", "Marit Solvane", "Marit Solvane", "Oriana Vesk")),
                Map.entry("008_inquiry-opens-orrin", List.of("Marit Solvane", "Anton Griel", "Anton Griel")),
                // The last two are Lise Merrick's: "she" goes to her father Jonas, named after her, since neither the tagger
                // nor the name model reads "Lise", opening the sentence, as part of her name.
                Map.entry("009_engineer-resigns-courier", List.of("the report", "Pavel Dunkar", "Pavel Dunkar", "Oriana Vesk", "Jonas", "Jonas")),
                Map.entry("010_engineer-resigns-pellwick", List.of("Pavel Dunkar", "Pavel Dunkar", "Elin Kosk")),
                Map.entry("011_water-rationing-kessara", List.of("Renata Olsk", "Joran Tebbe", "Joran Tebbe")),
                Map.entry("012_water-rationing-orrin", List.of("Renata Olsk", "Tamsin Holloway", "Tamsin Holloway", "Joran Tebbe")),
                Map.entry("013_corrowby-protest-kessara", List.of("Joran Tebbe", "Joran Tebbe")),
                Map.entry("014_corrowby-protest-merethvoice", List.of("Joran Tebbe", "Ruta Penner", "Ruta Penner", "Edvin Strahl")),
                Map.entry("015_water-bill-vote-merethvoice", List.of("Idris Kalloway", "Lisbet Harrow", "Lisbet Harrow", "Renata Olsk", "Renata Olsk")),
                Map.entry("016_chess-open-orrin", List.of("Nadia Korvel", "Nadia Korvel", "Edgar Lumm", "Edgar Lumm", "Nadia Korvel")),
                Map.entry("017_salt-road-museum-pellwick", List.of("Oskar Lindahl", "Oskar Lindahl", "Hedda Brook", "Hedda Brook")),
                Map.entry("018_folio-ereader-ivelan", List.of("Yannick Oster", "Yannick Oster", "Petra Vask", "Petra Vask")),
                Map.entry("019_cup-semifinal-northreach", List.of("Vera Ollenby", "Vera Ollenby", "Ilya Brenn", "Ilya Brenn")),
                Map.entry("vdd-2026-05-08-heron-chicks", List.of("Ottilie Varga", "Ottilie Varga", "Ottilie Varga")),
                Map.entry("vdd-2026-06-03-mereth-rationing", List.of("Renata Olsk", "Joran Tebbe", "Joran Tebbe")),
                Map.entry("vdd-2026-07-02-water-bill-vote", List.of("Idris Kalloway", "Idris Kalloway")));
        Map<String, List<String>> found = new TreeMap<>();
        for (AnalyzedDocument document : demo.documents()) {
            List<String> speakers = new ArrayList<>();
            for (Quote quote : document.quotes()) {
                if (quote.kind() == QuoteKind.DIRECT) {
                    speakers.add(quote.speaker() == null ? "" : quote.speaker());
                }
            }
            if (!speakers.isEmpty()) {
                found.put(document.id(), speakers);
            }
        }
        assertThat(found).isEqualTo(new TreeMap<>(expected));
    }

    @Test
    void demoReadsDatesQuotesAndCleansBoilerplate() {
        AnalyzedDocument courier = document(demo, "001_bridge-collapse-courier");
        assertThat(courier.article().published()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(courier.article().outlet()).isEqualTo("The Dravnik Courier");
        assertThat(courier.article().text()).doesNotContain("Donate").doesNotContain("Tags:").doesNotContain("21 November");
        assertThat(courier.quotes()).anySatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Oriana Vesk");
            assertThat(q.text()).startsWith("This is the darkest night");
        });
        assertThat(document(demo, "018_folio-ereader-ivelan").article().published()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(document(demo, "007_inquiry-opens-northreach").article().title())
                .isEqualTo("Judge opens Tolvar Bridge inquiry with promise of full access");
    }

    @Test
    void seedsGiveOneStoryOfFiveDocumentsWithTheWireCopiesFolded(@TempDir Path out) throws IOException {
        ReportFiles.write(seeds, out);
        ReportAssertions.assertValidReport(out.resolve("report.json"));

        assertThat(seeds.documents()).hasSize(5);
        assertThat(seeds.skipped()).isEmpty();
        assertThat(seeds.stories()).singleElement().satisfies(s -> assertThat(s.documents()).hasSize(5));
        Family copies = seeds.families().stream().filter(f -> f.documents().size() > 1).findFirst().orElseThrow();
        assertThat(Set.copyOf(copies.documents())).isEqualTo(Set.of("000_b0627b4a7361d1c1", "001_ec3000e04681081f"));
        assertThat(seeds.families()).filteredOn(f -> f != copies).allSatisfy(f -> assertThat(f.documents()).hasSize(1));
        assertThat(copies.copies()).singleElement().satisfies(copy -> {
            assertThat(copy.changed()).flatExtracting(ChangedParagraph::edits)
                    .contains(new WordEdit("Islamic State", "ISIS"), new WordEdit("centerpiece", "centrepiece"));
            assertThat(copy.changed()).flatExtracting(ChangedParagraph::edits).extracting(WordEdit::to)
                    .anySatisfy(inserted -> assertThat(inserted).contains("a source close to Hollande denied"));
        });
        assertThat(Files.readString(out.resolve("report.md"))).contains("`Islamic State` → `ISIS`");
    }

    @Test
    void seedsFindEveryDirectQuoteWithItsSpeaker() {
        Map<String, List<String>> expected = Map.of(
                "000_b0627b4a7361d1c1", List.of("Vladimir Putin", "Sergei Shoigu"),
                "001_ec3000e04681081f", List.of("a source close to Hollande", "a source close to Hollande", "Sergei Shoigu"),
                "002_adda4161e21e66f9", List.of("Sergei Shoigu", "Sergei Shoigu", "Vladimir Putin", "Vladimir Putin",
                        "the source", "the source", "Ash Carter", "Ash Carter", "Ash Carter"),
                "003_4822abd678f4bd66", List.of("Sergei Lavrov", "Sergei Lavrov", "Sergei Ivanov", "Sergei Ivanov", "Sergei Lavrov"),
                "004_190641c456ae7d2f", List.of("the source", "Dmitry Peskov", "Dmitry Peskov", "Igor Konashekov", "Sergei Lavrov"));
        Map<String, List<String>> found = new TreeMap<>();
        for (AnalyzedDocument document : seeds.documents()) {
            List<String> speakers = new ArrayList<>();
            for (Quote quote : document.quotes()) {
                if (quote.kind() == QuoteKind.DIRECT) {
                    speakers.add(quote.speaker() == null ? "" : quote.speaker());
                }
            }
            found.put(document.id(), speakers);
        }
        assertThat(found).isEqualTo(new TreeMap<>(expected));
    }

    @Test
    void seedsNameEachSpeakerOfTheStoryOnceWithOneId() {
        Story story = seeds.stories().get(0);
        Map<String, Set<String>> idsByName = new TreeMap<>();
        Map<String, Set<String>> namesById = new TreeMap<>();
        for (StoryQuote quote : story.quotes()) {
            if (quote.speakerId() != null) {
                idsByName.computeIfAbsent(quote.speaker(), k -> new java.util.HashSet<>()).add(quote.speakerId());
                namesById.computeIfAbsent(quote.speakerId(), k -> new java.util.HashSet<>()).add(quote.speaker());
            }
        }
        assertThat(idsByName).containsKeys("Sergei Lavrov", "Sergei Shoigu", "Vladimir Putin", "Dmitry Peskov")
                .doesNotContainKeys("Lavrov", "Shoigu", "Putin");
        assertThat(idsByName.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(namesById.values()).allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(story.quotes()).filteredOn(quote -> "Sergei Lavrov".equals(quote.speaker()))
                .flatExtracting(quote -> quote.variants().stream().flatMap(v -> v.documents().stream()).toList())
                .contains("003_4822abd678f4bd66", "004_190641c456ae7d2f");
    }

    @Test
    void seedsKeepTheUndatedCaspianLaunchApartFromTheStrikesAWeekBeforeInOneStory() {
        Set<String> caspian = Set.of("000_b0627b4a7361d1c1", "001_ec3000e04681081f", "002_adda4161e21e66f9");

        Event launch = seeds.events().stream().filter(e -> e.documents().contains("002_adda4161e21e66f9")).findFirst().orElseThrow();

        assertThat(Set.copyOf(launch.documents())).isEqualTo(caspian);
        assertThat(launch.date()).isEqualTo(LocalDate.of(2015, 10, 7));
        assertThat(seeds.events()).filteredOn(e -> e != launch)
                .allSatisfy(e -> assertThat(e.documents()).doesNotContainAnyElementsOf(caspian));
        assertThat(seeds.stories()).singleElement().satisfies(s -> assertThat(s.events()).contains(launch.id()));
    }

    @Test
    void seedsShowHollandesDenialOfWhatPutinSaidHeProposed() {
        Claim proposal = seeds.stories().get(0).claims().stream()
                .filter(c -> c.text().contains("voiced an interesting idea")).findFirst().orElseThrow();
        assertThat(proposal.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(proposal.documents()).contains("000_b0627b4a7361d1c1");
        assertThat(proposal.disputedBy()).extracting(CitedText::text).anySatisfy(t -> assertThat(t)
                .contains("a source close to Francois Hollande has denied that the French President made such a suggestion"));
    }

    @Test
    void seedsKeepTheArticleAndItsDatesButNotTheBannersAndAppeals() {
        AnalyzedDocument moscowTimes = document(seeds, "000_b0627b4a7361d1c1");
        assertThat(moscowTimes.article().title()).isEqualTo("Russia Launches Rockets on Islamic State in Syria");
        assertThat(moscowTimes.article().outlet()).isEqualTo("The Moscow Times");
        assertThat(moscowTimes.article().text()).startsWith("Four Russian warships in the Caspian Sea")
                .doesNotContain("Dear readers").doesNotContain("newsletter").doesNotContain("Remind me later");

        assertThat(document(seeds, "003_4822abd678f4bd66").article().published()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(document(seeds, "004_190641c456ae7d2f").article().published()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(document(seeds, "004_190641c456ae7d2f").article().text()).doesNotContain("EmbassyPages");
    }

    private static Story storyOf(Report report, String documentId) {
        return report.stories().stream().filter(s -> s.documents().contains(documentId)).findFirst().orElseThrow();
    }

    private static AnalyzedDocument document(Report report, String id) {
        return report.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
