package dev.storyline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLocatorTest {

    private static final String PROSE = "The council approved the budget on Tuesday, after a long debate, with nine votes to four.";

    private static List<Element> locate(String bodyHtml) {
        Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
        return ContentLocator.locate(body, TextStats.of(body));
    }

    private static String paragraphs(int count) {
        return ("<p>" + PROSE + "</p>").repeat(count);
    }

    @Test
    void theElementHoldingTheProseWinsOverALinkList() {
        List<Element> found = locate("<div id='links'>" + "<p><a href='/a'>A headline that is only a link, long enough to count here</a></p>".repeat(8)
                + "</div><div id='story'>" + paragraphs(4) + "</div>");

        assertThat(found).extracting(Element::id).containsExactly("story");
    }

    @Test
    void aChainOfSingleChildWrappersDoesNotHideTheCommonContainer() {
        String wrapped = "<div class='mod'><div class='box'><div class='paragraph'><p>" + PROSE + "</p></div></div></div>";
        List<Element> found = locate("<div id='teaser'><p>" + PROSE + "</p></div><div id='story'>" + wrapped.repeat(5) + "</div>");

        assertThat(found).extracting(Element::id).containsExactly("story");
    }

    @Test
    void textSplitByLineBreaksCountsAsSeveralParagraphs() {
        String brokenText = (PROSE + "<br><br>").repeat(6);
        List<Element> found = locate("<div id='other'>" + paragraphs(2) + "</div><div id='story'><h2>Budget</h2>" + brokenText + "</div>");

        assertThat(found).extracting(Element::id).contains("story");
    }

    @Test
    void siblingParagraphsOfTheWinnerJoinIt() {
        List<Element> found = locate("<div id='wrapper'><div id='part1'>" + paragraphs(5) + "</div><div class='ad'>Ad</div>"
                + "<p id='lone'>" + PROSE + "</p></div>");

        assertThat(found).extracting(Element::id).contains("part1", "lone").doesNotContain("wrapper");
    }

    @Test
    void aPageWithoutProseFallsBackToTheBody() {
        List<Element> found = locate("<div>Menu</div><div>Login</div>");

        assertThat(found).extracting(Element::normalName).containsExactly("body");
    }
}
