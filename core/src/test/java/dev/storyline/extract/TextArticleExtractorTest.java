package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.MetadataRules;
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
    void eachMetadataFieldRecordsTheRuleThatChoseIt() {
        Article article = extract("""
                Council approves the harbour budget
                By Ana Ruiz
                Published 3 May 2026
                The council approved the harbour budget on Tuesday, after a long debate, with nine votes to four.
                The vote ends a year of talks between the port authority and the town over who pays for the wall.
                © 2026 Riverside Echo""");

        assertThat(article.chosenBy()).isEqualTo(new MetadataRules("headline line", "copyright or appeal line",
                "byline line", "published line"));
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
                "share buttons", "newsletter box", "tag list", "donation appeal", "copyright");
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
    void aOneWordLineIsBodyTextOnlyAsASubheading() {
        Article article = extract("""
                Heavy rain closed the coast road on Friday morning, the council said in a statement.
                Advertisement
                Engineers expect the road to reopen within a week if the weather holds.
                Diversions
                Residents were told to use the inland route through Morley until further notice.
                weather
                Buses will keep to their usual timetable, the operator said.
                """);

        assertThat(article.paragraphs()).hasSize(5).contains("Diversions")
                .noneMatch(p -> p.equals("weather") || p.equals("Advertisement"));
    }

    @Test
    void aShortPunchyLeadBeforeTheBodyIsKept() {
        Article article = extract("""
                A senator remembers
                Joe Biden knew Lloyd Bentsen.
                The two men served together in the Senate for more than a decade, and Biden often said he learned the craft from him.
                Bentsen later became Treasury secretary under President Clinton.
                """);

        assertThat(article.title()).isEqualTo("A senator remembers");
        assertThat(article.paragraphs()).first().isEqualTo("Joe Biden knew Lloyd Bentsen.");
        assertThat(article.paragraphs()).hasSize(3);
    }

    @Test
    void aSentenceOpeningWithByIsBodyTextNotAByline() {
        Article article = extract("""
                The company said its chief financial officer would leave at the end of the month.
                By Monday, Ms. Lauten had resigned from the board, and the company named an interim successor.
                Shares fell 4 percent in early trading on the news.
                """);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.byline()).isNull();
    }

    @Test
    void newsAboutDonationsAndQuotesThatSpeakToListenersAreKept() {
        String donate = "The United States will purchase and donate 500 million doses of the vaccine to poorer countries.";
        String question = "Do you fully support the decision? Most voters in the survey said they did.";
        String quoteOpens = "“We need your support, and we ask every one of you to give what you can to keep the shelter open.";
        String quoteCloses = "“Without it, we close in March,” she said.";
        Article article = extract(String.join("\n", "Vaccine pledge", donate, question, quoteOpens, quoteCloses));

        assertThat(article.paragraphs()).containsExactly(donate, question, quoteOpens, quoteCloses);
    }

    @Test
    void aOneWordQuoteIsASentenceAndKept() {
        Article article = extract("""
                “You gotta give me a big win, please,” he told the crowd at the rally in Louisiana last week.
                “Please.”
                The crowd cheered, and the rally went on for another hour in the heat.
                """);

        assertThat(article.paragraphs()).contains("“Please.”").hasSize(3);
    }

    @Test
    void aShortArticleOfShortSentencesIsNotSkipped() {
        Article article = extract("""
                Storm closes coast road
                The coast road is closed.
                Schools stay open.
                Share on Facebook
                """);

        assertThat(article.title()).isEqualTo("Storm closes coast road");
        assertThat(article.paragraphs()).containsExactly("The coast road is closed.", "Schools stay open.");
    }

    @Test
    void theSignatureClosingTheBodyIsKeptAndReadAsTheByline() {
        String last = "Coalition air strikes in Syria have continued despite the Russian presence. – Jake Nelson";
        Article article = extract(String.join("\n",
                "Russian warships in the Caspian Sea have launched cruise missiles at targets in Syria.",
                "The defence minister told the president that 26 missiles had been launched against 11 targets.",
                last,
                "Top image of a cruise missile launch from the Ministry of Defence."));

        assertThat(article.paragraphs()).hasSize(3).last().isEqualTo(last);
        assertThat(article.byline()).isEqualTo("Jake Nelson");
    }

    @Test
    void aNamedAuthorInAParLineWinsOverABareAgency() {
        Article article = extract("""
                Par AFP
                Le gouvernement présente son budget
                Par Jean Dupont
                Le gouvernement a présenté mercredi un budget en baisse de deux milliards d'euros, a annoncé le ministre.
                Les syndicats ont appelé à une grève la semaine prochaine contre ces coupes.
                """);

        assertThat(article.byline()).isEqualTo("Jean Dupont");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void vonAndParLinesWithAnAgencyNameTheAuthor() {
        Article article = extract("""
                Streik legt den Hafen lahm
                Von Eva Roth, dpa
                Die Fährleute in Marlow haben am Dienstag die Arbeit niedergelegt, Hunderte Reisende sitzen fest.
                """);

        assertThat(article.byline()).isEqualTo("Eva Roth");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void aCreditLineUnderTheHeadlineIsABylineNotATitle() {
        Article article = extract("""
                Annabelle Liang, The Associated Press
                Singapore's central bank kept its policy unchanged on Friday, saying inflation was easing as expected.
                Economists had expected the decision after a run of weaker export data.
                """);

        assertThat(article.title()).isNull();
        assertThat(article.byline()).isEqualTo("Annabelle Liang");
        assertThat(article.paragraphs()).hasSize(2);
    }
}
