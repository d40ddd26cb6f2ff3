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
    void readsMachineValuesAsTheDayTheyWereWritten() {
        assertThat(DateParser.parse("2019-05-12T23:30:00-04:00")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("2019-05-12 08:00")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("20190512")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("20190512T101500Z")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("2019/05/12")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("Sun, 12 May 2019 10:00:00 GMT")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("2019-5-12")).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void readsGermanAndOtherEuropeanDates() {
        assertThat(DateParser.parse("Samstag, 12. Mai 2019")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("3. März 2020, 14:00 Uhr")).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(DateParser.parse("5. Jänner 2018")).isEqualTo(LocalDate.of(2018, 1, 5));
        assertThat(DateParser.parse("12.05.2019")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateParser.parse("14. 01. 2020, 13:47")).isEqualTo(LocalDate.of(2020, 1, 14));
        assertThat(DateParser.parse("28.09.19 12:44")).isEqualTo(LocalDate.of(2019, 9, 28));
        assertThat(DateParser.parse("publié le 23 mai 2019")).isEqualTo(LocalDate.of(2019, 5, 23));
        assertThat(DateParser.parse("3 de mayo de 2019")).isEqualTo(LocalDate.of(2019, 5, 3));
        assertThat(DateParser.parse("Notizia del 14 Gennaio 2020")).isEqualTo(LocalDate.of(2020, 1, 14));
    }

    @Test
    void dottedNumericDatesAreAlwaysDayFirst() {
        List<LocalDate> page = List.of(LocalDate.of(2015, 1, 11));
        assertThat(DateParser.first("Stand: 01.10.2015", page)).isEqualTo(LocalDate.of(2015, 10, 1));
    }

    @Test
    void wordsThatMerelyStartLikeAMonthAreNotMonths() {
        assertThat(DateParser.parse("Mayor 12, 2019")).isNull();
        assertThat(DateParser.findAll("12. Mai 2019 und 14. Mai 2019"))
                .containsExactly(LocalDate.of(2019, 5, 12), LocalDate.of(2019, 5, 14));
    }

    @Test
    void ambiguousNumericDateFollowsTheOtherDatesOfThePage() {
        List<LocalDate> page = List.of(LocalDate.of(2015, 1, 11));
        assertThat(DateParser.first("Published on 01/10/2015", page)).isEqualTo(LocalDate.of(2015, 1, 10));
    }
}
