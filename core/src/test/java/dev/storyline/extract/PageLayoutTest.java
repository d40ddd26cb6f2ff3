package dev.storyline.extract;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLayoutTest {

    private static PageLayout layout(String head, String body) {
        return Page.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", null).layout();
    }

    private static boolean outside(PageLayout layout, String id) {
        for (int i = 0; i < layout.size(); i++) {
            if (layout.element(i).id().equals(id)) {
                return layout.outside(i);
            }
        }
        throw new AssertionError("no element #" + id);
    }

    @Test
    void theHeadingIsTheHeadlineTheTitleRepeats() {
        PageLayout layout = layout("<title>Council approves new bridge | City News</title>",
                "<h1>City News</h1><h2>Most read</h2><h2 id='headline'>Council approves new bridge</h2><p>Text.</p>");

        assertThat(layout.heading()).extracting(Element::id).isEqualTo("headline");
    }

    @Test
    void withoutATitleMatchTheFirstH1IsTheHeading() {
        PageLayout layout = layout("<title>City News</title>", "<h2>Menu</h2><h1 id='first'>Bridge</h1><h1>Other</h1>");

        assertThat(layout.heading()).extracting(Element::id).isEqualTo("first");
    }

    @Test
    void navigationSidebarsCommentsAndPageFootersAreOutsideTheArticle() {
        PageLayout layout = layout("<title>Bridge</title>", """
                <nav><a id='nav-link'>Home</a></nav>
                <div class='has-sidebar'><article><h1>Bridge</h1>
                  <p id='body'>Text.</p>
                  <footer id='article-footer'>Filed under politics</footer>
                  <div class='comment-list'><p id='comment'>Nice</p></div>
                </article>
                <div id='sidebar'><p id='in-sidebar'>Most read</p></div></div>
                <footer><p id='page-footer'>Contact</p></footer>""");

        assertThat(outside(layout, "nav-link")).isTrue();
        assertThat(outside(layout, "body")).isFalse();
        assertThat(outside(layout, "article-footer")).isFalse();
        assertThat(outside(layout, "comment")).isTrue();
        assertThat(outside(layout, "in-sidebar")).isTrue();
        assertThat(outside(layout, "page-footer")).isTrue();
    }

    @Test
    void theSitesBannerIsLeftOutOfBothTextsAndTheRestOfTheBoilerplateOnlyOutOfTheArticlesText() {
        PageLayout layout = layout("<title>Bridge</title>", """
                <header class='masthead'>Monday, 3 June 2019</header>
                <main><h1>Bridge</h1><p>The council voted.</p><script>var x = 1;</script></main>
                <div class='related'>Other story</div>""");

        assertThat(layout.articleText()).contains("Bridge", "The council voted.")
                .doesNotContain("3 June", "Other story", "var x");
        assertThat(layout.allText()).contains("Other story").doesNotContain("3 June", "var x");
        assertThat(layout.articleText().substring(layout.headingOffset()).strip()).startsWith("Bridge");
    }

    @Test
    void headingsAreNearerAfterThanBefore() {
        PageLayout layout = layout("<title>Bridge</title>", "<p id='before'>a</p><h1>Bridge</h1><p id='after'>b</p>");
        int heading = -1;
        for (int i = 0; i < layout.size(); i++) {
            if (layout.element(i) == layout.heading()) {
                heading = i;
            }
        }

        assertThat(layout.distanceFromHeading(heading + 1)).isEqualTo(1);
        assertThat(layout.distanceFromHeading(heading - 1)).isEqualTo(2);
        assertThat(layout.element(0).nameIs("body")).isTrue();
    }

    @Test
    void anEmptyPageHasNoHeadingAndNoText() {
        PageLayout layout = Page.parse("", null).layout();

        assertThat(layout.articleText()).isBlank();
        assertThat(layout.allText()).isBlank();
        assertThat(layout.heading()).isNull();
        assertThat(layout.headingOffset()).isEqualTo(-1);
    }

    @Test
    void textIsNormalisedAsJsoupNormalisesATextNode() {
        for (String raw : new String[] {"a  b", " a\n\tb ", "x\u00A0\u00A0y", "so\u00ADft", "z\u200B w", "", "   ",
            "two  \n  lines\r\nend", "\u200B \u200B x"}) {
            StringBuilder text = new StringBuilder("[");
            PageLayout.appendNormalised(text, raw);
            assertThat(text.toString()).as(raw).isEqualTo("[" + new org.jsoup.nodes.TextNode(raw).text());
        }
    }

    @Test
    void theTextMeasuresTakenWithTheLayoutAreThoseOfAWalkOfTheBody() {
        Page page = Page.parse("<html><head><title>Bridge</title></head><body><nav><a href='/'>Home, news</a></nav>"
                + "<article><h1>Bridge</h1><p>The council, at last, <a href='/v'>voted</a>.</p><p>  Spaced   out  </p>"
                + "</article><div class='comments'>Nice, really</div></body></html>", null);
        TextStats shared = page.textStats();
        TextStats walked = TextStats.of(page.dom().body());

        for (Element element : page.dom().body().getAllElements()) {
            assertThat(shared.chars(element)).as(element.tagName()).isEqualTo(walked.chars(element));
            assertThat(shared.commas(element)).isEqualTo(walked.commas(element));
            assertThat(shared.linkDensity(element)).isEqualTo(walked.linkDensity(element));
        }
        assertThat(shared.chars(page.dom().body())).isPositive();
    }
}
