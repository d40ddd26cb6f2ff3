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

class TextArticleExtractorTest {

    private static final String PAGE = """
            Support The Lantern Times!

            Thursday 19 November 2026

            Home / World / Harbours

            Ferry strike closes the port of Marlow for a second day

            Published on 03/05/2026

            By Ines Okoro

            Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.

            The union said the strike would go on until the operator agreed to talks about night shifts.

            Ferry strike closes the port of Marlow for a second day

            Share

            Port officials said freight traffic was being diverted to Castlebay, forty kilometres to the north.

            Sign up for our morning newsletter

            Tags: Marlow | ferries | strike |

            We need your support. Our reporters rely on readers like you, and we ask you to give what you can to keep us going.

            © 2026 The Lantern Times
            """;

    private static Article extract(String text) {
        RawDocument raw = new RawDocument("doc", "doc.txt", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
        return new TextArticleExtractor().extract(raw);
    }

    @Test
    void keepsTheBodyAndNothingElse() {
        Article article = extract(PAGE);

        assertThat(article.paragraphs()).containsExactly(
                "Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.",
                "The union said the strike would go on until the operator agreed to talks about night shifts.",
                "Port officials said freight traffic was being diverted to Castlebay, forty kilometres to the north.");
    }

    @Test
    void readsHeadlineOutletBylineAndDayFirstDateButNotTheBannerDate() {
        Article article = extract(PAGE);

        assertThat(article.title()).isEqualTo("Ferry strike closes the port of Marlow for a second day");
        assertThat(article.outlet()).isEqualTo("The Lantern Times");
        assertThat(article.byline()).isEqualTo("Ines Okoro");
        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 5, 3));
    }

    @Test
    void everyRemovedLineKeepsTheRuleThatRemovedIt() {
        Article article = extract(PAGE);

        assertThat(article.removed()).extracting(RemovedText::reason).containsExactly(
                "donation appeal", "date line", "breadcrumb", "headline", "date line", "byline", "repeated headline",
                "navigation", "newsletter box", "tag list", "appeal to readers", "copyright");
    }

    @Test
    void datelineDatesAnArticleWithoutAPublishedLine() {
        Article article = extract("""
                Floods cut the coast road near Harwick
                HARWICK, October 2, 2026 — Heavy rain closed the coast road on Friday morning, the council said.
                Engineers expect the road to reopen within a week if the weather holds.
                """);

        assertThat(article.published()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(article.title()).isEqualTo("Floods cut the coast road near Harwick");
    }

    @Test
    void pageWithoutHeadlineOrDateHasNullTitleAndDate() {
        Article article = extract("""
                The council voted on Monday to close the old library, citing the cost of repairs to its roof.
                A petition against the closure had gathered more than four thousand signatures by the evening.
                """);

        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void captionsAndCreditLinesAfterTheBodyAreRemoved() {
        Article article = extract("""
                Floods cut the coast road near Harwick
                Heavy rain closed the coast road on Friday morning, the council said in a statement.
                Engineers expect the road to reopen within a week if the weather holds.
                Top image of the flooded road from the Harwick council.
                Photo: Harwick Council
                """);

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.removed()).extracting(RemovedText::reason).contains("caption", "credit line");
    }

    @Test
    void aOneWordLineBetweenBodyParagraphsIsNotBodyText() {
        Article article = extract("""
                Heavy rain closed the coast road on Friday morning, the council said in a statement.
                Advertisement
                Engineers expect the road to reopen within a week if the weather holds.
                Weather
                Residents were told to use the inland route through Morley until further notice.
                """);

        assertThat(article.paragraphs()).hasSize(3).noneMatch(p -> p.equals("Weather") || p.equals("Advertisement"));
    }
}
