package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HappeningDateTest {

    private static final LocalDate NEIGHBOUR = LocalDate.of(2015, 10, 1);

    @Test
    void aWeekdayAfterADayNamedInASinceClauseIsTheFirstSuchDayAfterIt() {
        assertThat(HappeningDate.of(List.of(
                "The navy fired 26 missiles on Wednesday morning.",
                "It was the first joint assault since the bombing began on September 30."), NEIGHBOUR))
                .hasValue(LocalDate.of(2015, 10, 7));
    }

    @Test
    void aWeekdayAfterAPlainNamedDayMayBeThatDay() {
        assertThat(HappeningDate.of(List.of("Talks opened on September 30 and ended on Wednesday."), NEIGHBOUR))
                .hasValue(LocalDate.of(2015, 9, 30));
    }

    @Test
    void aWeekdayAloneIsReadAgainstTheNeighboursLastDay() {
        assertThat(HappeningDate.of(List.of("The strikes hit Homs on Tuesday."), NEIGHBOUR))
                .hasValue(LocalDate.of(2015, 9, 29));
    }

    @Test
    void aNamedDayWithoutAWeekdayIsTheDayToldOfInTheYearNearestTheNeighbour() {
        assertThat(HappeningDate.of(List.of("Parliament approved the plan on 28 September."), NEIGHBOUR))
                .hasValue(LocalDate.of(2015, 9, 28));
        assertThat(HappeningDate.of(List.of("The ceasefire of Dec. 29, 2014 collapsed."), NEIGHBOUR))
                .hasValue(LocalDate.of(2014, 12, 29));
    }

    @Test
    void plansNamedByDateAndTextWithoutDatesGiveNothing() {
        assertThat(HappeningDate.of(List.of("A vote is planned for November 20."), NEIGHBOUR)).isEmpty();
        assertThat(HappeningDate.of(List.of("Officials said the talks would go on."), NEIGHBOUR)).isEmpty();
        assertThat(HappeningDate.of(List.of("Nothing has changed since May 2."), NEIGHBOUR)).isEmpty();
    }
}
