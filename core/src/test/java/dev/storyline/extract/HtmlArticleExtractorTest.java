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
    void siteNameIsStrippedFromTheTitleTag() {
        assertThat(HtmlArticleExtractor.cleanTitle("Riverside Echo - Museum reopens after flood", "Riverside Echo"))
                .isEqualTo("Museum reopens after flood");
    }
}
