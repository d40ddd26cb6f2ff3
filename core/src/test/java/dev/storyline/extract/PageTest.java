package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void metaTagsAreKeyedByLowerCaseNameAndTheFirstOfANameWins() {
        Page page = Page.parse("""
                <html><head>
                <meta property="OG:Title" content=" Storm hits coast ">
                <meta property="og:title" content="Second">
                <meta name="author" content="Ana Ruiz">
                </head><body><p>x</p></body></html>""", null);
        assertThat(page.meta("og:title")).isEqualTo("Storm hits coast");
        assertThat(page.meta("author")).isEqualTo("Ana Ruiz");
        assertThat(page.meta("description")).isNull();
    }

    @Test
    void jsonLdObjectsAreFlattenedAndBrokenBlocksSkipped() {
        Page page = Page.parse("""
                <script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Planet"},
                  {"@type": "NewsArticle", "headline": "Storm", "comment": {"@type": "Comment", "author": "x"}}]}</script>
                <script type="application/ld+json">{broken</script>
                <p>x</p>""", null);
        assertThat(page.jsonLd()).extracting(node -> node.path("@type").asText())
                .containsExactly("", "WebSite", "NewsArticle");
        assertThat(page.jsonLdArticle().path("headline").asText()).isEqualTo("Storm");
    }

    @Test
    void aTitleWithoutItsEndTagIsCutAtTheNextTagAndTheBodySurvives() {
        Page page = Page.parse("""
                <html><head><title>Storm hits the coast
                <meta charset="utf-8"></head>
                <body><p>The storm reached the coast on Monday night.</p></body></html>""", null);
        assertThat(page.dom().title()).isEqualTo("Storm hits the coast");
        assertThat(page.dom().body().text()).isEqualTo("The storm reached the coast on Monday night.");
    }

    @Test
    void aClosedTitleIsLeftAlone() {
        String html = "<title>A <b> in a title</title><p>x</p>";
        assertThat(Page.closeTitle(html)).isSameAs(html);
    }

    @Test
    void elementsAreListedOnceInDocumentOrderAndStayListedAfterRemoval() {
        Page page = Page.parse("<html><head><title>T</title></head><body><div><p id='a'>x</p></div><p id='b'>y</p>"
                + "<script type='APPLICATION/LD+JSON'>{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script></body></html>",
                null);
        assertThat(page.elements()).extracting(org.jsoup.nodes.Element::normalName)
                .containsExactly("#root", "html", "head", "title", "body", "div", "p", "p", "script");
        assertThat(page.jsonLdArticle().path("headline").asText()).isEqualTo("H");

        page.dom().getElementById("a").remove();

        assertThat(page.elements()).hasSize(9);
    }
}
