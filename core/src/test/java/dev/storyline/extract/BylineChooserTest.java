package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BylineChooserTest {

    private static Choice choose(String html, List<String> removed) {
        return BylineChooser.read(Page.parse(html, null), "Daily Planet").choose(removed);
    }

    @Test
    void structuredDataAuthorsAreResolvedThroughTheirId() {
        Choice byline = choose("""
                <script type="application/ld+json">{"@graph": [
                  {"@type": "NewsArticle", "headline": "Storm", "author": {"@id": "#ana"}},
                  {"@type": "Person", "@id": "#ana", "name": "Ana Ruiz"}]}</script><p>x</p>""", List.of());
        assertThat(byline).isEqualTo(new Choice("Ana Ruiz", "JSON-LD author"));
    }

    @Test
    void aBylineElementInTheArticleIsReadAndASidebarAuthorIsNot() {
        Choice byline = choose("""
                <aside class="sidebar"><span class="author">Someone Else</span></aside>
                <article><h1>Storm</h1><p class="byline">By Ana Ruiz, 3 May 2026</p><p>Body.</p></article>""", List.of());
        assertThat(byline).isEqualTo(new Choice("Ana Ruiz", "byline element"));
    }

    @Test
    void anAgencyGivesWayToANamedPerson() {
        Choice byline = choose("""
                <meta name="author" content="AFP">
                <article><p class="auteur">x</p><p>Body.</p></article>""", List.of("Par Jeanne Martin"));
        assertThat(byline.value()).isEqualTo("Jeanne Martin");
    }

    @Test
    void theNameFieldOfACommentFormIsNotAByline() {
        assertThat(choose("""
                <article><p>Body.</p><form><p class="comment-form-author"><label>Name *</label></p></form></article>""",
                List.of())).isNull();
    }

    @Test
    void aPlaceholderIsNoByline() {
        assertThat(choose("<meta name=\"author\" content=\"No Author\"><p>x</p>", List.of())).isNull();
    }

    @Test
    void anAgencyAloneIsStillTheByline() {
        assertThat(choose("<meta name=\"author\" content=\"AFP\"><p>x</p>", List.of())).isEqualTo(new Choice("AFP", "meta author"));
    }

    @Test
    void severalAuthorsAreWrittenAsThePageWritesThem() {
        Choice byline = choose("""
                <script type="application/ld+json">{"@type": "NewsArticle",
                  "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Ben Ode"}]}</script>
                <div class="byline">Von Ana Ruiz und Ben Ode</div><p>x</p>""", List.of());
        assertThat(byline.value()).isEqualTo("Ana Ruiz und Ben Ode");
    }

    @Test
    void namesAreCleanedOfLabelsAndDates() {
        assertThat(BylineChooser.cleanName("By Ana Ruiz | 3 May 2026")).isEqualTo("Ana Ruiz");
        assertThat(BylineChooser.cleanName("Von Ben Ode, 12.05.2026")).isEqualTo("Ben Ode");
        assertThat(BylineChooser.cleanName("Posted by admin on 3 May 2026")).isEqualTo("admin");
        assertThat(BylineChooser.cleanName("12 May 2026")).isNull();
        assertThat(BylineChooser.cleanName("View all posts by Ana Ruiz")).isEqualTo("Ana Ruiz");
        assertThat(BylineChooser.cleanName("Ana Ruiz 8 January 2026")).isEqualTo("Ana Ruiz");
        assertThat(BylineChooser.cleanName("Autor: Ben Ode")).isEqualTo("Ben Ode");
        assertThat(BylineChooser.cleanName("ben.ode am Samstag")).isEqualTo("ben.ode");
    }

    @Test
    void aSentenceOpeningWithByIsNotABylineLine() {
        assertThat(choose("<p>x</p>", List.of("By Monday, Ms. Lauten had resigned from the board."))).isNull();
        assertThat(choose("<p>x</p>", List.of("Par Jeanne Martin et Paul Roy")))
                .isEqualTo(new Choice("Jeanne Martin et Paul Roy", "byline line"));
        assertThat(choose("<p>x</p>", List.of("Von Ben Ode"))).isEqualTo(new Choice("Ben Ode", "byline line"));
    }
}
