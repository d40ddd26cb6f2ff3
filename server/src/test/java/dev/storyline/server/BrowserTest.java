package dev.storyline.server;

import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end in Debian's Chromium, driven by Selenium through the system chromedriver (nothing is downloaded):
 * the demo corpus served on loopback, a story with a disputed claim and a quoted speaker, search, and a document
 * whose text holds markup that must stay text. Screenshots go to {@code target/screenshots/}. Skipped when
 * Chromium is not installed ({@code .ci/run} installs it).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

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
            String hostile = "{\"id\":\"hostile\",\"url\":\"javascript:window.injected=3\",\"title\":\"<script>window.injected=1</script>Harbour notice\",\"text\":"
                    + "\"The harbour office posted a notice. <img src=x onerror=\\\"window.injected=2\\\"> It said the quay closes at noon.\"}\n";
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
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStoryShowsItsCoverageChartADisputedClaimWithBothSidesAndAQuoteWithItsSpeaker() throws IOException {
        browser.get(base);
        WebElement disputedStory = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@class='stories']/li[span[contains(@class,'disputed')]]/a")));
        disputedStory.click();

        WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.disputed tr.claim")));
        List<WebElement> sides = row.findElements(By.tagName("td"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getText()).isNotBlank();
        assertThat(sides.get(1).getText()).isNotBlank();
        assertThat(sides.get(0).findElements(By.cssSelector(".cite a"))).isNotEmpty();
        assertThat(sides.get(1).findElements(By.cssSelector(".cite a"))).isNotEmpty();

        WebElement chart = browser.findElement(By.cssSelector("img.chart"));
        waiting().until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", chart)).intValue() > 0);
        assertThat(chart.getAttribute("alt")).startsWith("Documents per day by outlet");
        assertThat(browser.findElements(By.cssSelector("table.numbers tr"))).hasSizeGreaterThan(1);

        WebElement quote = browser.findElement(By.xpath("//blockquote[starts-with(normalize-space(.), '“')]"));
        assertThat(quote.findElements(By.cssSelector(".cite a"))).isNotEmpty();
        WebElement speaker = quote.findElement(By.xpath("preceding-sibling::h3[@class='speaker'][1]"));
        assertThat(speaker.getText()).isNotBlank().isNotEqualTo("Unattributed");
        screenshot("story");
    }

    @Test
    void searchFindsADocumentAndOpensIt() throws IOException {
        browser.get(base);
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
    }

    @Test
    void markupInADocumentStaysText() throws IOException {
        browser.get(base + "#/document/hostile");
        WebElement heading = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h1[contains(., 'Harbour')]")));
        assertThat(heading.getText()).isEqualTo("<script>window.injected=1</script>Harbour notice");
        assertThat(browser.findElement(By.cssSelector("p.paragraph")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("p.meta .url")).getText()).isEqualTo("javascript:window.injected=3");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined")).isEqualTo(true);
        screenshot("document");
    }
}
