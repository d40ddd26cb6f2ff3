package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.RemovedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecurringLineFilterTest {

    private static final String APPEAL = "Independent journalism needs readers like you to keep going every single day.";

    private static Article article(String id, String outlet, String... paragraphs) {
        return new Article(id, id + ".txt", null, "Title " + id, outlet, null, null, List.of(paragraphs), List.of());
    }

    @Test
    void aLineInTwoDifferentArticlesOfOneOutletIsRemoved() {
        Article a = article("a", "The Herald", "The mayor opened the new library on Monday.", APPEAL);
        Article b = article("b", "The Herald", "Flood barriers were tested along the river.", APPEAL);
        RecurringLineFilter filter = RecurringLineFilter.learn(List.of(a, b));

        Article cleaned = filter.apply(a);

        assertThat(cleaned.paragraphs()).containsExactly("The mayor opened the new library on Monday.");
        assertThat(cleaned.removed()).containsExactly(new RemovedText(APPEAL, RecurringLineFilter.REASON));
    }

    @Test
    void aLineInTwoArticlesOfDifferentOutletsStays() {
        Article a = article("a", "The Herald", "The mayor opened the new library on Monday.", APPEAL);
        Article b = article("b", "The Courier", "Flood barriers were tested along the river.", APPEAL);

        assertThat(RecurringLineFilter.learn(List.of(a, b)).apply(a)).isSameAs(a);
    }

    @Test
    void aLineInThreeDifferentArticlesAnywhereIsRemoved() {
        Article a = article("a", null, "The mayor opened the new library on Monday.", "Read our coverage");
        Article b = article("b", "The Courier", "Flood barriers were tested along the river.", "Read our coverage");
        Article c = article("c", "The Post", "The school board met to discuss the budget.", "Read our coverage");

        assertThat(RecurringLineFilter.learn(List.of(a, b, c)).apply(c).paragraphs())
                .containsExactly("The school board met to discuss the budget.");
    }

    @Test
    void syndicatedCopiesKeepTheirSharedBody() {
        String first = "Four warships launched rockets at targets in Syria on Wednesday.";
        String second = "The defence minister said all targets had been hit.";
        Article a = article("a", "Wire One", first, second);
        Article b = article("b", "Wire One", first, second, "An extra closing line from the second copy.");
        Article c = article("c", "Wire Two", first, second);

        RecurringLineFilter filter = RecurringLineFilter.learn(List.of(a, b, c));

        assertThat(filter.apply(a)).isSameAs(a);
        assertThat(filter.apply(b)).isSameAs(b);
    }

    @Test
    void addingAnArticleNamesTheEarlierOnesWhoseLinesStartOrStopRecurring() {
        Article library = article("a", "The Herald", "The mayor opened the new library on Monday.", APPEAL);
        Article floods = article("b", "The Herald", "Flood barriers were tested along the river.", APPEAL);
        Article school = article("c", "The Courier", "The school board met to discuss the budget.");
        RecurringLineFilter filter = new RecurringLineFilter();
        filter.add(List.of(library));
        assertThat(filter.apply(library)).isSameAs(library);

        assertThat(filter.add(List.of(floods))).containsExactlyInAnyOrder("a", "b");
        assertThat(filter.apply(library).paragraphs()).containsExactly("The mayor opened the new library on Monday.");

        assertThat(filter.add(List.of(school))).containsExactly("c");

        Article floodsWithoutAppeal = article("b", "The Herald", "Flood barriers were tested along the river.");
        assertThat(filter.add(List.of(floodsWithoutAppeal))).containsExactlyInAnyOrder("a", "b");
        assertThat(filter.apply(library)).isSameAs(library);
    }

    @Test
    void aProseLineRepeatedByOneOutletStays() {
        String background = "The Federal Reserve raised rates three times last year, and analysts expect two more increases.";
        Article a = article("a", "The Blog", "Mortgage rates climbed again this week.", background);
        Article b = article("b", "The Blog", "Car loans are getting harder to find.", background);
        Article c = article("c", "The Blog", "Savers finally see better returns.", background);

        RecurringLineFilter filter = RecurringLineFilter.learn(List.of(a, b, c));

        assertThat(filter.apply(a)).isSameAs(a);
        assertThat(filter.apply(c)).isSameAs(c);
    }

    @Test
    void aProseLineRepeatedAcrossDifferentOutletsIsRemoved() {
        String disclaimer = "This article was produced with support from a foundation, which had no say in its content.";
        Article a = article("a", "The Herald", "The mayor opened the new library on Monday.", disclaimer);
        Article b = article("b", "The Courier", "Flood barriers were tested along the river.", disclaimer);
        Article c = article("c", "The Herald", "The school board met to discuss the budget.", disclaimer);

        assertThat(RecurringLineFilter.learn(List.of(a, b)).apply(a)).as("two articles are not enough").isSameAs(a);
        assertThat(RecurringLineFilter.learn(List.of(a, b, c)).apply(a).paragraphs())
                .containsExactly("The mayor opened the new library on Monday.");
    }

    @Test
    void anArticleWhoseEveryLineRecursKeepsItsBody() {
        Article a = article("a", "The Herald", "The mayor opened the new library on Monday.", APPEAL);
        Article b = article("b", "The Herald", "Flood barriers were tested along the river.", APPEAL);
        Article onlyAppeal = article("c", "The Herald", APPEAL);

        RecurringLineFilter filter = RecurringLineFilter.learn(List.of(a, b, onlyAppeal));

        assertThat(filter.apply(onlyAppeal)).isSameAs(onlyAppeal);
        assertThat(filter.apply(a).paragraphs()).containsExactly("The mayor opened the new library on Monday.");
    }
}
