package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    @Test
    void readsTheCommonEnglishForms() {
        assertThat(DateParser.parse("2015-09-30T12:00:00Z")).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(DateParser.parse("UNITED NATIONS, September 30, 2015")).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(DateParser.parse("Sept. 30, 2015")).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(DateParser.parse("Tuesday 19 March 2024")).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(DateParser.parse("no date here")).isNull();
        assertThat(DateParser.parse("31/02/2026")).isNull();
    }

    @Test
    void numericDatesAreDayFirstUnlessOnlyMonthFirstIsValid() {
        assertThat(DateParser.parse("Published on 01/10/2015")).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(DateParser.parse("Published on 10/25/2015")).isEqualTo(LocalDate.of(2015, 10, 25));
        assertThat(DateParser.parse("Published on 25/10/2015")).isEqualTo(LocalDate.of(2015, 10, 25));
    }

    @Test
    void ambiguousNumericDateFollowsTheOtherDatesOfThePage() {
        List<LocalDate> page = List.of(LocalDate.of(2015, 1, 11));
        assertThat(DateParser.first("Published on 01/10/2015", page)).isEqualTo(LocalDate.of(2015, 1, 10));
    }
}
