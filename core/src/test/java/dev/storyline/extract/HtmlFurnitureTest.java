package dev.storyline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlFurnitureTest {

    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private static HtmlFurniture smallPart(String html) {
        return HtmlFurniture.match(first(html), 0.05, 0.0);
    }

    @Test
    void scriptsStylesAndEmbedsAreInvisible() {
        assertThat(smallPart("<svg><text>icon</text></svg>")).isEqualTo(HtmlFurniture.INVISIBLE);
        assertThat(smallPart("<iframe src='x'></iframe>")).isEqualTo(HtmlFurniture.INVISIBLE);
        assertThat(smallPart("<noscript>Please enable JavaScript</noscript>")).isEqualTo(HtmlFurniture.INVISIBLE);
    }

    @Test
    void aNoscriptHoldingMostOfThePageIsContent() {
        assertThat(HtmlFurniture.match(first("<noscript><p>The whole article.</p></noscript>"), 0.9, 0.0)).isNull();
    }

    @Test
    void hiddenElementsAreFurniture() {
        assertThat(smallPart("<div hidden>Modal text</div>")).isEqualTo(HtmlFurniture.HIDDEN);
        assertThat(smallPart("<div style='display: none'>Hidden text</div>")).isEqualTo(HtmlFurniture.HIDDEN);
    }

    @Test
    void navigationHeaderFooterAndAsideAreFurnitureUnlessTheyHoldMostOfThePage() {
        assertThat(smallPart("<nav><a href='/'>Home</a></nav>")).isEqualTo(HtmlFurniture.NAVIGATION);
        assertThat(smallPart("<div role='navigation'>Menu</div>")).isEqualTo(HtmlFurniture.NAVIGATION);
        assertThat(smallPart("<header>Site banner</header>")).isEqualTo(HtmlFurniture.PAGE_HEADER);
        assertThat(smallPart("<footer>Contact us</footer>")).isEqualTo(HtmlFurniture.PAGE_FOOTER);
        assertThat(smallPart("<aside>Most read</aside>")).isEqualTo(HtmlFurniture.ASIDE);
        assertThat(HtmlFurniture.match(first("<footer><p>Long article text.</p></footer>"), 0.8, 0.0)).isNull();
        assertThat(HtmlFurniture.match(first("<nav><p>Long article text.</p></nav>"), 0.8, 0.1)).isNull();
        assertThat(HtmlFurniture.match(first("<nav><a>A huge menu</a></nav>"), 0.8, 0.9)).isEqualTo(HtmlFurniture.NAVIGATION);
    }

    @Test
    void captionsAndCreditsAreFurniture() {
        assertThat(smallPart("<figcaption>The bridge at dawn.</figcaption>")).isEqualTo(HtmlFurniture.CAPTION);
        assertThat(smallPart("<div class='image-credit'>Photo: Reuters</div>")).isEqualTo(HtmlFurniture.CAPTION);
    }

    @Test
    void formControlsAreFurniture() {
        assertThat(smallPart("<button>Subscribe</button>")).isEqualTo(HtmlFurniture.FORM_CONTROL);
        assertThat(smallPart("<select><option>EN</option></select>")).isEqualTo(HtmlFurniture.FORM_CONTROL);
    }

    @Test
    void classAndIdNamesMarkShareBarsCommentsAndNewsletterBoxes() {
        for (String html : new String[] {"<div class='share-bar'>Share</div>", "<section id='comments'>Nice post!</section>",
                "<div class='newsletter_signup'>Sign up</div>", "<div class='cookie-consent'>We use cookies</div>",
                "<div class='related'>More stories</div>", "<ul class='breadcrumbs'><li>Home</li></ul>"}) {
            assertThat(smallPart(html)).as(html).isEqualTo(HtmlFurniture.NAMED_FURNITURE);
        }
        assertThat(HtmlFurniture.NAMED_FURNITURE.reasonFor(first("<div class='share-bar'>Share</div>"))).isEqualTo("html: furniture (share)");
    }

    @Test
    void namesOnlyCountAsWholeWordsAndNotAsModifiers() {
        assertThat(smallPart("<div class='node-promoted'>Text</div>")).isNull();
        assertThat(smallPart("<section class='TestReport__Section--Ads'>Review text</section>")).isNull();
        assertThat(smallPart("<div class='shareholders'>Text</div>")).isNull();
    }

    @Test
    void aContentNameOrALargeShareOfThePageProtectsAWrapper() {
        assertThat(HtmlFurniture.match(first("<div class='article-body has-share'>Text</div>"), 0.3, 0.0)).isNull();
        assertThat(HtmlFurniture.match(first("<div class='page-header-wrapper'>Everything</div>"), 0.7, 0.0)).isNull();
        assertThat(HtmlFurniture.match(first("<article class='comments'>Text</article>"), 0.05, 0.0)).isNull();
    }

    @Test
    void theTokenLookupFindsWhatAPatternOfTheWordsFinds() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?:^|[-_ ])("
                + RegionNames.alternation("", "", RegionNames.Use.FURNITURE, RegionNames.Use.CAPTION) + ")(?:$|[-_ ])",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] names = {"share-bar", "entry-content clearfix", "Comments", "site-header main", "read-more-link",
            "readmore", "post_tag-list", "tag-lists", "about-the-author box", "shareholders ads", "x  sidebar",
            "nav\nbar", "-ad-", "top_ads_2", "image-credit", "authorbio", "sr-only", "side-bar", "more-stories__item",
            "a__b menu", "ad", "", " ", "promoted", "visually-hidden"};
        for (String name : names) {
            java.util.regex.Matcher m = pattern.matcher(name);
            String expected = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
            assertThat(HtmlFurniture.furnitureWord(name)).as(name).isEqualTo(expected);
        }
    }
}
