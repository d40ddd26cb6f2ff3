package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineChooserTest {

    private static Choice choose(String html) {
        return HeadlineChooser.read(Page.parse(html, "https://www.dailyplanet.example/news/1"), "Daily Planet").choose(null);
    }

    @Test
    void theVisibleHeadlineWinsWhenItAgreesWithADeclaredTitle() {
        Choice title = choose("""
                <title>Storm hits the coast, thousands without power | Daily Planet</title>
                <meta property="og:title" content="Coastal storm: what we know so far">
                <h1>Daily Planet</h1>
                <h1>Storm hits the coast, thousands without power</h1><p>Body.</p>""");
        assertThat(title.value()).isEqualTo("Storm hits the coast, thousands without power");
        assertThat(title.rule()).isEqualTo("visible h1 agreeing with <title>");
    }

    @Test
    void aSectionHeadingThatAgreesWithNothingIsNotTheTitle() {
        Choice title = choose("""
                <title>Pollen counts reach a ten-year high - Daily Planet</title>
                <meta property="og:title" content="Pollen counts reach a ten-year high">
                <h1>Allergies Health Center</h1><p>Body.</p>""");
        assertThat(title.value()).isEqualTo("Pollen counts reach a ten-year high");
        assertThat(title.rule()).isEqualTo("og:title agreeing with <title>");
    }

    @Test
    void withNothingDeclaredTheOnlyH1IsTheTitle() {
        assertThat(choose("<h1>Council approves the budget</h1><p>Body.</p>"))
                .isEqualTo(new Choice("Council approves the budget", "only h1"));
        assertThat(choose("<h1>One</h1><h1>Two</h1><p>Body.</p>")).isNull();
    }

    @Test
    void titlesAgreeWhenTheShorterHoldsMostOfTheLonger() {
        assertThat(HeadlineChooser.agree("Storm hits coast", "Storm hits coast | Daily Planet")).isTrue();
        assertThat(HeadlineChooser.agree("Daily Planet", "Storm hits the coast tonight | Daily Planet")).isFalse();
        assertThat(HeadlineChooser.agree("Storm hits coast", "Budget passes")).isFalse();
    }

    @Test
    void theOpeningHeadingOfTheArticleWinsOverASiteWideDeclaredTitle() {
        HeadlineChooser titles = HeadlineChooser.read(Page.parse(
                "<title>Holiday homes in Florida</title><h2>Villa Galaxy</h2><p>Body.</p>", null), null);
        assertThat(titles.choose("Villa Galaxy")).isEqualTo(new Choice("Villa Galaxy", "heading opening the article"));
        assertThat(titles.choose(null)).isEqualTo(new Choice("Holiday homes in Florida", "<title>"));
    }

    @Test
    void theSiteNameIsStrippedFromADeclaredTitleAndADashInAHeadlineIsKept() {
        HeadlineChooser.SiteNames site = new HeadlineChooser.SiteNames(List.of("Daily Planet"), "dailyplanet.example");
        assertThat(HeadlineChooser.withoutSiteName("Daily Planet | Storm hits coast", site)).isEqualTo("Storm hits coast");
        assertThat(HeadlineChooser.withoutSiteName("Storm hits coast : DailyPlanet-Archiv", site)).isEqualTo("Storm hits coast");
        assertThat(HeadlineChooser.withoutSiteName("Storm hits coast – Weather desk | Planet", site)).isEqualTo("Storm hits coast – Weather desk");
        assertThat(HeadlineChooser.withoutSiteName("Barcamp 2015 – Call for action", site)).isEqualTo("Barcamp 2015 – Call for action");
        assertThat(HeadlineChooser.withoutSiteName("Storm hits coast", site)).isEqualTo("Storm hits coast");
    }

    @Test
    void aDeclaredTitleKeepsItsFirstPartOfTwoWordsOrMore() {
        assertThat(HeadlineChooser.firstPart("Rioja, Spain - Iberian wines in Berlin")).isEqualTo("Rioja, Spain");
        assertThat(HeadlineChooser.firstPart("Ischgl - Trails")).isEqualTo("Ischgl - Trails");
        assertThat(HeadlineChooser.firstPart("Storm hits coast")).isEqualTo("Storm hits coast");
    }

    @Test
    void theNameAPageShowsInItsLogoIsASiteName() {
        Page page = Page.parse("""
                <title>Uberspace and TLS certificates – At the Edge of Reality</title>
                <header><a rel="home" href="/">At the Edge of Reality</a></header>
                <h2>Uberspace and TLS certificates</h2><p>Body.</p>""", "https://blog.example/tls");
        assertThat(HeadlineChooser.read(page, null).choose(null))
                .isEqualTo(new Choice("Uberspace and TLS certificates", "visible h2 agreeing with <title>"));
    }
}
