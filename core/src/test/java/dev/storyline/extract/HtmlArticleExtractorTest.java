package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {

    private static Article extract(String html, String url) {
        RawDocument raw = new RawDocument("page", "page.html", url, MediaType.HTML, html.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
        return new HtmlArticleExtractor().extract(raw);
    }

    @Test
    void readsMetadataFromTheHeadAndTheBodyFromTheArticle() {
        Article article = extract("""
                <!DOCTYPE html><html lang="en"><head>
                <title>Museum reopens after flood | Riverside Echo</title>
                <meta property="og:site_name" content="Riverside Echo">
                <meta property="article:published_time" content="2026-03-09T07:30:00Z">
                <meta name="author" content="Tom Reyes">
                </head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article>
                  <h1>Museum reopens after flood</h1>
                  <p class="byline">By Tom Reyes</p>
                  <p>The town museum reopened on Monday, eight months after floodwater filled its ground floor.</p>
                  <figure><img src="m.jpg"><figcaption>Visitors queue at the door.</figcaption></figure>
                  <p>Curators said most of the collection had been saved by volunteers who carried it upstairs.</p>
                  <div class="share-bar">Share on social media</div>
                </article>
                <aside class="related"><p>Related: Flood defences delayed again</p></aside>
                <footer>© 2026 Riverside Echo</footer>
                </body></html>
                """, "https://echo.example/news/museum");

        assertThat(article.title()).isEqualTo("Museum reopens after flood");
        assertThat(article.outlet()).isEqualTo("Riverside Echo");
        assertThat(article.byline()).isEqualTo("Tom Reyes");
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(article.paragraphs()).containsExactly(
                "The town museum reopened on Monday, eight months after floodwater filled its ground floor.",
                "Curators said most of the collection had been saved by volunteers who carried it upstairs.");
        assertThat(article.removed()).extracting(RemovedText::reason)
                .contains("html: navigation", "html: furniture (byline)", "html: caption", "html: furniture (share)", "html: aside",
                        "html: page footer", "repeated headline");
    }

    @Test
    void withoutAnArticleElementTakesTheBlockWithTheMostParagraphTextAndTheDateFromTheUrl() {
        Article article = extract("""
                <html><body>
                <div id="menu"><p>Home</p><p>Sport</p></div>
                <div class="content">
                  <h2>Bakery wins national prize</h2>
                  <p>A family bakery in Dunmore has won the national bread prize for its rye loaf.</p>
                  <p>The judges praised the crust and said the loaf kept well for a week.</p>
                </div>
                <div class="sidebar"><p>Most read: a very long list of other stories that are not this one at all.</p></div>
                <script>var tracking = "not text";</script>
                </body></html>
                """, "https://dunmore.example/2026/07/21/bakery-prize");

        assertThat(article.title()).isEqualTo("Bakery wins national prize");
        assertThat(article.paragraphs()).containsExactly(
                "A family bakery in Dunmore has won the national bread prize for its rye loaf.",
                "The judges praised the crust and said the loaf kept well for a week.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(article.outlet()).isEqualTo("dunmore.example");
        assertThat(article.text()).doesNotContain("tracking");
    }

    @Test
    void brokenHtmlStillYieldsItsText() {
        Article article = extract("<html><body><p>Unclosed paragraph about the harbour wall repairs that began today.<div><p>Second part of the story, still readable.</body>",
                null);

        assertThat(article.text()).contains("harbour wall repairs").contains("Second part of the story");
    }

    @Test
    void eachMetadataFieldRecordsTheRuleThatChoseIt() {
        Article article = extract("""
                <html><head><title>Museum reopens after flood - Riverside Echo</title>
                <meta property="og:site_name" content="Riverside Echo">
                <meta name="author" content="Ana Ruiz">
                <meta property="article:published_time" content="2026-05-03T09:00:00Z"></head>
                <body><article><h1>Museum reopens after flood</h1><p>%s</p><p>%s</p></article></body></html>
                """.formatted(PROSE, PROSE), "https://example.org/museum");

        assertThat(article.title()).isEqualTo("Museum reopens after flood");
        assertThat(article.chosenBy().title()).isEqualTo("visible h1 agreeing with <title>");
        assertThat(article.chosenBy().outlet()).isEqualTo("og:site_name");
        assertThat(article.chosenBy().byline()).isEqualTo("meta author");
        assertThat(article.chosenBy().published()).startsWith("date: ");
    }

    @Test
    void aPageWithoutTheTitleEndTagKeepsItsTitleAndBody() {
        Article article = extract("<html><head><title>Museum reopens after flood\n<meta charset=utf-8></head><body><p>"
                + PROSE + "</p><p>" + PROSE + "</p></body></html>", null);

        assertThat(article.title()).isEqualTo("Museum reopens after flood");
        assertThat(article.text()).contains("approved the budget");
    }

    private static final String PROSE = "The council approved the budget on Tuesday, after a long debate, with nine votes to four.";

    private static String reasonFor(Article article, String text) {
        for (RemovedText removed : article.removed()) {
            if (removed.text().equals(text)) {
                return removed.reason();
            }
        }
        return null;
    }

    @Test
    void blockRulesDropLinkListsBylinesDatesPageControlsCreditsAndOneWordLines() {
        Article article = extract("<html><head><title>Budget passes</title></head><body><div class='story'>"
                + "<p>By Ana Ruiz</p><p>March 3, 2026</p>"
                + ("<p>" + PROSE + "</p>").repeat(3)
                + "<p><a href='/a'>Council budget archive</a> and <a href='/b'>past votes</a></p>"
                + "<p>Photo: City Hall press office</p><p>Print</p><p>Advertisement</p><p>Budget</p>"
                + "<ul><li>Schools</li><li>Roads</li></ul>"
                + "</div></body></html>", null);

        assertThat(article.paragraphs()).containsExactly(PROSE, PROSE, PROSE, "Schools", "Roads");
        assertThat(reasonFor(article, "By Ana Ruiz")).isEqualTo("byline");
        assertThat(reasonFor(article, "March 3, 2026")).isEqualTo("date line");
        assertThat(reasonFor(article, "Council budget archive and past votes")).isEqualTo(HtmlArticleExtractor.LINK_LIST);
        assertThat(reasonFor(article, "Photo: City Hall press office")).isEqualTo("credit line");
        assertThat(reasonFor(article, "Print")).isEqualTo("page control");
        assertThat(reasonFor(article, "Advertisement")).isEqualTo("navigation");
        assertThat(reasonFor(article, "Budget")).isEqualTo("short line");
        assertThat(article.byline()).isEqualTo("Ana Ruiz");
    }

    @Test
    void everythingOutsideTheArticleIsKeptInRemovedWithTheReason() {
        Article article = extract("<html><body><div id='promo-box'>Win a trip to Lisbon today</div><div class='story'>"
                + ("<p>" + PROSE + "</p>").repeat(3) + "</div><div>Weather: sunny, 21 degrees</div></body></html>", null);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(reasonFor(article, "Weather: sunny, 21 degrees")).isEqualTo(HtmlArticleExtractor.OUTSIDE_ARTICLE);
        assertThat(reasonFor(article, "Win a trip to Lisbon today")).isEqualTo("html: furniture (promo)");
    }

    @Test
    void jsonLdArticleBodyReplacesTheDomOnlyWhenTheMarkupHidTheArticle() {
        String longBody = (PROSE + "\\n").repeat(8);
        String hidden = extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + longBody + "\"}</script></head><body><div id='app'><p>Loading the story, please wait a moment...</p></div></body></html>", null)
                .text();
        Article rich = extract("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"Short teaser only.\"}"
                + "</script></head><body><article>" + ("<p>" + PROSE + "</p>").repeat(3) + "</article></body></html>", null);

        assertThat(hidden).startsWith(PROSE).doesNotContain("Loading the story");
        assertThat(rich.paragraphs()).containsExactly(PROSE, PROSE, PROSE);
    }

    @Test
    void brokenJsonLdIsIgnored() {
        Article article = extract("<html><head><script type='application/ld+json'>{ not json</script></head><body><article>"
                + ("<p>" + PROSE + "</p>").repeat(2) + "</article></body></html>", null);

        assertThat(article.paragraphs()).containsExactly(PROSE, PROSE);
    }

    @Test
    void outletComesFromTheCopyrightLineBeforeTheHost() {
        Article article = extract("<html><body><article>" + ("<p>" + PROSE + "</p>").repeat(2)
                + "</article><footer><p>© 2026 Harbour Gazette. All rights reserved.</p></footer></body></html>",
                "https://www.gazette.example/news/budget");

        assertThat(article.outlet()).isEqualTo("Harbour Gazette");
    }
}
