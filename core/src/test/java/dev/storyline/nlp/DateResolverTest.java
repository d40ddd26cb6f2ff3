package dev.storyline.nlp;

import dev.storyline.TestArticles;
import dev.storyline.model.DateMention;
import dev.storyline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DateResolverTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 15);

    private final DateResolver resolver = new DateResolver();

    private List<DateMention> find(LocalDate published, String... paragraphs) {
        return resolver.find(TestArticles.analyzed("d", null, null, null, paragraphs).sentences(), published);
    }

    @Test
    void resolvesWeekdaysToTheLatestSuchDayUpToPublication() {
        List<DateMention> mentions = find(PUBLISHED, "The strikes began on Tuesday, resumed on Wednesday morning "
                + "and were condemned last Wednesday; talks open next Friday.");

        assertThat(mentions).extracting(DateMention::text, DateMention::date).containsExactly(
                tuple("on Tuesday", LocalDate.of(2026, 4, 14)),
                tuple("on Wednesday morning", PUBLISHED),
                tuple("last Wednesday", LocalDate.of(2026, 4, 8)),
                tuple("next Friday", LocalDate.of(2026, 4, 17)));
    }

    @Test
    void resolvesRelativeWords() {
        List<DateMention> mentions = find(PUBLISHED, "Today and last night, yesterday, tomorrow, last week, "
                + "last month, last year and two weeks ago.");

        assertThat(mentions).extracting(DateMention::date).containsExactly(
                PUBLISHED, LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 16),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 3, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 4, 1));
    }

    @Test
    void resolvesAbsoluteDates() {
        List<DateMention> mentions = find(PUBLISHED, "It happened on the evening of April 14, again on 3 March, "
                + "on April 14, 2025, in March 2024 and on 2026-04-01.");

        assertThat(mentions).extracting(DateMention::text, DateMention::date).containsExactly(
                tuple("on the evening of April 14", LocalDate.of(2026, 4, 14)),
                tuple("on 3 March", LocalDate.of(2026, 3, 3)),
                tuple("on April 14, 2025", LocalDate.of(2025, 4, 14)),
                tuple("in March 2024", LocalDate.of(2024, 3, 1)),
                tuple("on 2026-04-01", LocalDate.of(2026, 4, 1)));
    }

    @Test
    void givesADayWithoutYearTheYearNearestPublication() {
        List<DateMention> mentions = find(LocalDate.of(2026, 1, 5), "The ceasefire of December 30 held.");

        assertThat(mentions).extracting(DateMention::date).containsExactly(LocalDate.of(2025, 12, 30));
    }

    @Test
    void givesAMonthAloneItsLatestStartNotAfterPublication() {
        List<DateMention> mentions = find(PUBLISHED, "Talks began in March and failed in early May.");

        assertThat(mentions).extracting(DateMention::text, DateMention::date).containsExactly(
                tuple("in March", LocalDate.of(2026, 3, 1)), tuple("in early May", LocalDate.of(2025, 5, 1)));
    }

    @Test
    void aWeekdayFollowedByADateIsThatDate() {
        List<DateMention> mentions = find(PUBLISHED, "On Friday, April 10 the convoy left.");

        assertThat(mentions).extracting(DateMention::text, DateMention::date)
                .containsExactly(tuple("On Friday, April 10", LocalDate.of(2026, 4, 10)));
    }

    @Test
    void ignoresMonthsUsedAsOtherWords() {
        assertThat(find(PUBLISHED, "They may go. The march was peaceful. May I ask? Theresa May said so.")).isEmpty();
    }

    @Test
    void withoutAPublicationDateKeepsOnlyDatesWithAYear() {
        List<DateMention> mentions = find(null, "On Tuesday, yesterday, on April 14 and on April 14, 2026.");

        assertThat(mentions).extracting(DateMention::text, DateMention::date)
                .containsExactly(tuple("on April 14, 2026", LocalDate.of(2026, 4, 14)));
    }

    @Test
    void worksOnUntaggedWhitespaceTokens() {
        String text = "Fighting resumed on Monday and since mid-May";
        Sentence sentence = new Sentence(text, 0, Arrays.asList(text.split(" ")), List.of());

        assertThat(resolver.find(List.of(sentence), PUBLISHED)).extracting(DateMention::text, DateMention::date)
                .containsExactly(tuple("on Monday", LocalDate.of(2026, 4, 13)),
                        tuple("mid-May", LocalDate.of(2025, 5, 1)));
    }
}
