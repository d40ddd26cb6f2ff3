package dev.storyline.server;

import dev.storyline.model.Family;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreViews.DocumentListing;
import dev.storyline.store.StoreViews.StoryListing;
import dev.storyline.store.StoreViews.StoryPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in Debian's Chromium, driven by Selenium through the system chromedriver (nothing is downloaded): the
 * demo corpus served on loopback; the story list paged and filtered through the location's hash; a story's coverage
 * chart, claims matrix, timeline and a syndicated copy's word edits; an entity's page; search; a document's metadata
 * and the rules that chose it; keyboard focus; and documents whose text holds markup that must stay text wherever it
 * is shown. Screenshots go to {@code target/screenshots/}. Skipped when Chromium is not installed ({@code .ci/run}
 * installs it).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String HOSTILE_NOTICE = "<script>window.injected=1</script>Harbour notice";
    private static final String HOSTILE_FESTIVAL = "<img src=x onerror=window.injected=4>Harbour festival";
    private static final By STORY_LINKS = By.cssSelector("ul.stories a.story");

    private static Path data;
    private static CorpusStore store;
    private static StorylineServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        data = Files.createTempDirectory("storyline-browser-test");
        store = CorpusStore.open(data);
        try (CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(List.of(StorylineServerTest.DEMO.toString()), InputStream.nullInputStream());
            // Markup in a title, a text and a URL; the second document quotes a speaker of the demo corpus, so that its
            // title shows up in the story list and on that speaker's entity page too.
            String hostile = "{\"id\":\"hostile\",\"url\":\"javascript:window.injected=3\",\"title\":\"" + HOSTILE_NOTICE + "\",\"text\":"
                    + "\"The harbour office posted a notice. <img src=x onerror=\\\"window.injected=2\\\"> It said the quay closes at noon.\"}\n"
                    + "{\"id\":\"hostile-festival\",\"published\":\"2026-12-01\",\"title\":\"" + HOSTILE_FESTIVAL + "\",\"text\":"
                    + "\"The harbour festival opened on Saturday with a parade of fishing boats. \\\"We wanted a day of music and food for "
                    + "everyone,\\\" said Hanne Loid, who organised the festival. Stalls lined the quay until late evening.\"}\n";
            ingester.ingestJsonLines(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "test");
        }
        server = StorylineServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.address().getPort() + "/";
        Path profile = Files.createTempDirectory("storyline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            store.close();
        }
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Loads the UI afresh at {@code hash}, so that no test sees the page another one left. */
    private static void open(String hash) {
        browser.get("about:blank");
        browser.get(base + hash);
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static String hash() {
        return URLDecoder.decode(String.valueOf(script("return location.hash")), StandardCharsets.UTF_8);
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The story ids of the rows the list shows, read from their links. */
    private static List<String> shownStories() {
        return browser.findElements(STORY_LINKS).stream()
                .map(link -> URLDecoder.decode(link.getAttribute("href").replaceFirst("^.*#/story/", ""), StandardCharsets.UTF_8))
                .toList();
    }

    private static void waitForFocusOnHeading() {
        waiting().until(driver -> "H1".equals(script("return document.activeElement && document.activeElement.tagName")));
    }

    @Test
    void aStoryShowsItsCoverageChartClaimsMatrixTimelineAndAQuoteWithItsSpeaker() throws IOException {
        open("");
        WebElement disputedStory = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@class='stories']/li[.//span[contains(@class,'disputed')]]//a[contains(@class,'story')]")));
        String title = disputedStory.getText();
        disputedStory.click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        waitForFocusOnHeading();
        assertThat(browser.getTitle()).isEqualTo(title + " · Storyline");

        // The claims matrix: a disputed row where a source contradicts, and beneath it what contradicts the claim.
        WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.matrix tr.claim.disputed")));
        List<WebElement> sources = browser.findElements(By.cssSelector("table.matrix th.source"));
        assertThat(sources).isNotEmpty();
        assertThat(row.findElements(By.cssSelector("td.cell"))).hasSameSizeAs(sources);
        assertThat(row.findElement(By.cssSelector("td.claim-text")).getText()).isNotBlank();
        assertThat(row.findElements(By.cssSelector("td.claim-text .cite a"))).isNotEmpty();
        WebElement contradicting = browser.findElement(By.cssSelector("table.matrix tr.claim.disputed td.cell.contradicts"));
        assertThat(contradicting.getText()).isEqualTo("✗ contradicts");
        WebElement against = row.findElement(By.xpath("following-sibling::tr[1]"));
        assertThat(against.getAttribute("class")).contains("against");
        assertThat(against.getText()).startsWith("✗ Contradicted by:");
        assertThat(against.findElements(By.cssSelector(".cite a"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.matrix td.cell.states"))).isNotEmpty();

        WebElement chart = browser.findElement(By.cssSelector("img.chart"));
        waiting().until(driver -> ((Number) script("return arguments[0].naturalWidth", chart)).intValue() > 0);
        assertThat(chart.getAttribute("alt")).startsWith("Documents per day by outlet");
        assertThat(browser.findElements(By.cssSelector("table.numbers tr"))).hasSizeGreaterThan(1);

        WebElement quote = browser.findElement(By.xpath("//blockquote[starts-with(normalize-space(.), '“')]"));
        assertThat(quote.findElements(By.cssSelector(".cite a"))).isNotEmpty();
        WebElement speaker = quote.findElement(By.xpath("preceding-sibling::h3[@class='speaker'][1]"));
        assertThat(speaker.getText()).isNotBlank().isNotEqualTo("Unattributed");
        assertThat(browser.findElements(By.cssSelector("h3.speaker a[href^='#/entity/']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("ul.entities a[href^='#/entity/']"))).isNotEmpty();
        script("window.scrollTo(0, 0)");
        screenshot("story");

        // The timeline: one linked row per dated event, in date order; a row leads to its event, which takes the focus.
        List<WebElement> rows = browser.findElements(By.cssSelector("svg.event-axis a.event-link"));
        assertThat(rows).hasSizeGreaterThan(1);
        List<String> labels = rows.stream().map(link -> link.getDomAttribute("aria-label")).toList();
        assertThat(labels).allMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2} · .+ · \\d+ sources?"));
        assertThat(labels.stream().map(text -> text.substring(0, 10)).toList()).isSorted();
        String href = rows.get(1).getDomAttribute("href");
        String event = href.substring(href.indexOf("?event=") + "?event=".length());
        rows.get(1).click();
        waiting().until(driver -> ("event-" + event).equals(script("return document.activeElement.id")));
        assertThat(browser.findElement(By.id("event-" + event)).getText()).isEqualTo(labels.get(1).replaceFirst(" · \\d+ sources?$", ""));

        // A shared address of an event opens the story there, with the focus on the event's heading.
        open("#/story/" + URLDecoder.decode(href.replaceFirst("^#/story/", "").replaceFirst("\\?.*$", ""), StandardCharsets.UTF_8)
                + "?event=" + event);
        waiting().until(driver -> ("event-" + event).equals(script("return document.activeElement.id")));
        assertThat(((Number) script("return window.scrollY")).intValue()).isGreaterThan(0);
        screenshot("story-event");

        // Long groups of claims are folded behind a button that says what it does.
        List<WebElement> unfold = browser.findElements(By.cssSelector("table.matrix button.unfold"));
        if (!unfold.isEmpty()) {
            WebElement button = unfold.get(0);
            WebElement rowsBehind = browser.findElement(By.id(button.getDomAttribute("aria-controls")));
            assertThat(rowsBehind.isDisplayed()).isFalse();
            script("arguments[0].scrollIntoView()", button);
            button.click();
            assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(rowsBehind.findElements(By.cssSelector("tr.claim")).get(0).isDisplayed()).isTrue();
        }
    }

    @Test
    void aCopyShowsTheWordsItChanged() throws IOException {
        String story = null;
        for (StoryListing listing : store.stories(100)) {
            StoryPage page = store.story(listing.id()).orElseThrow();
            boolean edited = page.families().stream().map(Family::copies).flatMap(List::stream)
                    .anyMatch(copy -> copy.changed().stream().anyMatch(changed -> !changed.edits().isEmpty()));
            if (edited) {
                story = listing.id();
                break;
            }
        }
        assertThat(story).as("a demo story with a copy that edits words").isNotNull();
        open("#/story/" + story);
        WebElement copies = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//details[contains(@class,'copies')][.//p[contains(@class,'changed')]//ins]")));
        copies.findElement(By.tagName("summary")).click();
        WebElement copy = copies.findElement(By.xpath(".//details[contains(@class,'copy')][.//p[contains(@class,'changed')]//ins]"));
        copy.findElement(By.tagName("summary")).click();
        WebElement inserted = copy.findElement(By.cssSelector("p.changed ins"));
        assertThat(inserted.isDisplayed()).isTrue();
        assertThat(inserted.getText()).isNotBlank();
        WebElement changed = inserted.findElement(By.xpath(".."));
        assertThat(changed.findElements(By.tagName("del"))).isNotEmpty();
        assertThat(copy.findElement(By.tagName("summary")).getText()).contains("changed");
        script("arguments[0].scrollIntoView({block: 'start'})", copies);
        screenshot("copy-diff");
    }

    @Test
    void theListPagesThroughTheStoriesAndTheBackButtonReturns() throws IOException {
        open("#/?limit=3");
        WebElement count = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.count")));
        assertThat(count.getText()).matches("Stories 1–3 of \\d+");
        int total = Integer.parseInt(count.getText().replaceFirst(".* of ", ""));
        assertThat(total).isGreaterThan(3);
        List<String> first = shownStories();
        assertThat(first).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("ul.stories svg.spark[role='img']"))).isNotEmpty()
                .allMatch(spark -> spark.getAttribute("aria-label").matches("documents per (day|week|month) from \\d{4}-\\d{2}-\\d{2}: \\d+(, \\d+)*"));
        waitForFocusOnHeading();
        screenshot("list");

        browser.findElement(By.cssSelector("nav.pages a.next")).click();
        waiting().until(ExpectedConditions.textMatches(By.cssSelector("p.count"), java.util.regex.Pattern.compile("Stories 4–\\d+ of " + total)));
        assertThat(hash()).contains("offset=3").contains("limit=3");
        List<String> second = shownStories();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(browser.findElements(By.cssSelector("nav.pages a.previous"))).hasSize(1);
        waitForFocusOnHeading();

        browser.navigate().back();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("p.count"), "Stories 1–3 of " + total));
        assertThat(shownStories()).isEqualTo(first);
    }

    @Test
    void theListFiltersByOutletAndDateAndTheAddressHoldsTheFilters() throws IOException {
        open("");
        WebElement outletMenu = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.filters select[name='outlet']")));
        waiting().until(driver -> new Select(outletMenu).getOptions().size() > 1);
        int unfiltered = shownStories().size();
        new Select(outletMenu).selectByIndex(1);
        String outlet = new Select(outletMenu).getFirstSelectedOption().getAttribute("value");
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        waiting().until(driver -> hash().contains("outlet=" + outlet));
        waiting().until(ExpectedConditions.textMatches(By.cssSelector("p.filtering"), java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(outlet))));
        List<String> byOutlet = shownStories();
        assertThat(byOutlet).isNotEmpty().hasSizeLessThan(unfiltered);
        for (String id : byOutlet) {
            assertThat(store.story(id).orElseThrow().documents()).as("story " + id).anyMatch(d -> outlet.equalsIgnoreCase(d.outlet()));
        }

        LocalDate from = LocalDate.parse("2026-06-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        script("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("form.filters input[name='from']")), from.toString());
        script("arguments[0].value = arguments[1]", browser.findElement(By.cssSelector("form.filters input[name='to']")), to.toString());
        browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
        waiting().until(driver -> hash().contains("from=" + from) && hash().contains("to=" + to));
        assertThat(hash()).contains("outlet=" + outlet);
        waiting().until(ExpectedConditions.textMatches(By.cssSelector("p.filtering"), java.util.regex.Pattern.compile("from " + from)));
        for (String id : shownStories()) {
            List<DocumentListing> documents = store.story(id).orElseThrow().documents();
            assertThat(documents).as("story " + id).anyMatch(d -> d.published() != null && !d.published().isBefore(from) && !d.published().isAfter(to));
            assertThat(documents).as("story " + id).anyMatch(d -> outlet.equalsIgnoreCase(d.outlet()));
        }
        assertThat(browser.findElement(By.cssSelector("input[name='from']")).getAttribute("value")).isEqualTo(from.toString());
        assertThat(new Select(browser.findElement(By.cssSelector("select[name='outlet']"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(outlet);
        screenshot("list-filtered");

        // Dates alone, from a shared address: every story shown has a document in the range.
        open("#/?from=" + from + "&to=" + to);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.count")));
        List<String> byDate = shownStories();
        assertThat(byDate).isNotEmpty().hasSizeLessThan(unfiltered);
        for (String id : byDate) {
            assertThat(store.story(id).orElseThrow().documents()).as("story " + id)
                    .anyMatch(d -> d.published() != null && !d.published().isBefore(from) && !d.published().isAfter(to));
        }

        // Changing the order changes the address at once; clearing the filters leaves the whole list.
        new Select(browser.findElement(By.cssSelector("select[name='sort']"))).selectByValue("latest");
        waiting().until(driver -> hash().contains("sort=latest"));
        browser.findElement(By.cssSelector("form.filters a.clear")).click();
        waiting().until(driver -> hash().equals("#/"));
        waiting().until(driver -> shownStories().size() == unfiltered);
    }

    @Test
    void aBadFilterShowsTheServersMessage() {
        open("#/?from=2026-07-01&to=2026-06-01");
        WebElement error = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error")));
        assertThat(error.getText()).contains("2026-07-01");
        assertThat(browser.findElements(By.cssSelector("form.filters"))).hasSize(1);
    }

    @Test
    void anEntityPageListsItsStoriesAndQuotes() throws IOException {
        open("#/story/s1");
        WebElement speaker = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h3.speaker a")));
        String name = speaker.getText();
        speaker.click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), name));
        waitForFocusOnHeading();
        assertThat(browser.getTitle()).isEqualTo(name + " · Storyline");
        assertThat(shownStories()).contains("s1");
        assertThat(browser.findElements(By.cssSelector("ul.stories svg.spark[role='img']"))).isNotEmpty();
        List<WebElement> quotes = browser.findElements(By.cssSelector("table.quotes tr td.date"));
        assertThat(quotes).isNotEmpty();
        List<String> dates = quotes.stream().map(WebElement::getText).toList();
        assertThat(dates).isSorted();
        assertThat(browser.findElements(By.cssSelector("table.quotes a.story"))).isNotEmpty();
        screenshot("entity");

        open("#/entity/no%20such%20person");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Not found"));
    }

    @Test
    void searchFindsADocumentAndOpensItsMetadataAndText() throws IOException {
        open("");
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("inquiry");
        browser.findElement(By.cssSelector("#search button")).click();
        WebElement first = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.results li a")));
        String title = first.getText();
        assertThat(title.toLowerCase()).contains("inquiry");
        screenshot("search");
        first.click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(browser.findElements(By.cssSelector("p.paragraph"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.removed td.reason"))).isNotEmpty();
        List<WebElement> fields = browser.findElements(By.cssSelector("table.metadata tr th[scope='row']"));
        assertThat(fields.stream().map(WebElement::getText).toList()).containsExactly("title", "outlet", "byline", "published");
        WebElement titleRow = fields.get(0).findElement(By.xpath(".."));
        assertThat(titleRow.findElement(By.cssSelector("td.value")).getText()).isEqualTo(title);
        assertThat(titleRow.findElement(By.cssSelector("td.rule")).getText()).isNotBlank().isNotEqualTo("not found");
        screenshot("document");
    }

    @Test
    void theKeyboardSkipsToTheContent() {
        open("");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.count")));
        // The skip link is the first thing Tab reaches, and shows when it has the focus.
        assertThat(script("return document.querySelector(\"a[href], button, input, select, [tabindex]:not([tabindex='-1'])\").className"))
                .isEqualTo("skip");
        script("document.querySelector('a.skip').focus()");
        assertThat(browser.findElement(By.cssSelector("a.skip")).isDisplayed()).isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForFocusOnHeading();
        assertThat(hash()).isIn("", "#/");
    }

    @Test
    void markupInADocumentStaysText() throws IOException {
        open("#/document/hostile");
        WebElement heading = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h1[contains(., 'Harbour')]")));
        assertThat(heading.getText()).isEqualTo(HOSTILE_NOTICE);
        assertThat(browser.findElement(By.cssSelector("p.paragraph")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("p.meta .url")).getText()).isEqualTo("javascript:window.injected=3");
        assertThat(browser.findElement(By.cssSelector("table.metadata td.value")).getText()).isEqualTo(HOSTILE_NOTICE);
        screenshot("document-hostile");

        // The list row of their story, the story page and the page of the speaker the second one quotes.
        open("");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.count")));
        WebElement row = browser.findElements(STORY_LINKS).stream().filter(link -> link.getText().contains("Harbour")).findFirst().orElseThrow();
        assertThat(row.getText()).isIn(HOSTILE_NOTICE, HOSTILE_FESTIVAL);
        String storyTitle = row.getText();
        row.click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), storyTitle));
        assertThat(browser.getTitle()).isEqualTo(storyTitle + " · Storyline");
        assertThat(browser.findElements(By.cssSelector("main img:not(.chart)"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main script"))).isEmpty();

        open("#/entity/Hanne%20Loid");
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Hanne Loid"));
        assertThat(browser.findElements(STORY_LINKS).stream().map(WebElement::getText).toList()).contains(storyTitle);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(script("return window.injected === undefined")).isEqualTo(true);
        assertThat(Set.of(HOSTILE_NOTICE, HOSTILE_FESTIVAL)).contains(storyTitle);
    }
}
