package dev.storyline.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    private static Coverage.Item item(String date, String outlet) {
        return new Coverage.Item(date == null ? null : LocalDate.parse(date), outlet);
    }

    @Test
    void countsDocumentsPerDayAndOutletWithEveryDayBetweenAndTheUndatedApart() {
        Coverage coverage = Coverage.of(List.of(item("2026-04-14", "Courier"), item("2026-04-14", "Wire"),
                        item("2026-04-16", "Courier"), item(null, "Wire")),
                List.of(new Coverage.Marker(LocalDate.parse("2026-04-16"), "Inquiry opens", "event-e2"),
                        new Coverage.Marker(null, "Undated", "event-e3")));

        assertThat(coverage.unit()).isEqualTo(Coverage.Unit.DAY);
        assertThat(coverage.periods()).extracting(LocalDate::toString).containsExactly("2026-04-14", "2026-04-15", "2026-04-16");
        assertThat(coverage.outlets()).containsExactly("Courier", "Wire");
        assertThat(coverage.counts().get(0)).containsExactly(1, 0, 1);
        assertThat(coverage.counts().get(1)).containsExactly(1, 0, 0);
        assertThat(coverage.total(0)).isEqualTo(2);
        assertThat(coverage.undated()).isEqualTo(1);
        assertThat(coverage.events()).extracting(Coverage.Marker::title).containsExactly("Inquiry opens");
        assertThat(coverage.periodOf(LocalDate.parse("2026-04-16"))).isEqualTo(2);
    }

    @Test
    void aLongStoryIsCountedByWeekOrMonthAndManyOutletsShareTheLastColour() {
        List<Coverage.Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(item(LocalDate.parse("2026-01-05").plusDays(11L * i).toString(), "Outlet " + i));
        }
        Coverage weekly = Coverage.of(items, List.of());
        assertThat(weekly.unit()).isEqualTo(Coverage.Unit.WEEK);
        assertThat(weekly.periods().get(0)).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(weekly.unit().label(weekly.periods().get(0))).isEqualTo("2026-W02");
        assertThat(weekly.outlets()).hasSize(Coverage.MAX_OUTLETS).endsWith(Coverage.OTHER_OUTLETS);
        int otherOutlets = 0;
        for (int count : weekly.counts().get(Coverage.MAX_OUTLETS - 1)) {
            otherOutlets += count;
        }
        assertThat(otherOutlets).isEqualTo(4);

        Coverage monthly = Coverage.of(List.of(item("2024-01-10", "A"), item("2026-03-02", "A")), List.of());
        assertThat(monthly.unit()).isEqualTo(Coverage.Unit.MONTH);
        assertThat(monthly.periods()).hasSize(27);
        assertThat(monthly.unit().label(monthly.periods().get(26))).isEqualTo("2026-03");
    }

    @Test
    void aStoryWithNoDatedDocumentHasNoChart() {
        Coverage undated = Coverage.of(List.of(item(null, "A")), List.of());
        assertThat(undated.periods()).isEmpty();
        assertThat(CoverageChart.sparkline(undated)).isEmpty();
    }

    @Test
    void aSparklineHasABarForEachPeriodWithDocumentsAndReadsTheNumbersOut() {
        Coverage coverage = Coverage.of(List.of(item("2026-04-14", "Courier"), item("2026-04-14", "Wire"),
                item("2026-04-16", "Courier")), List.of());
        String spark = CoverageChart.sparkline(coverage);
        assertThat(spark).startsWith("<svg class=\"spark\" role=\"img\"")
                .contains("aria-label=\"documents per day from 2026-04-14: 2, 0, 1\"").doesNotContain("<script");
        assertThat(spark.split("<rect", -1)).hasSize(3);
    }

    @Test
    void theChartIsSvgWithATitleForEveryBarAndEventAndTheOutletNamesStayText() {
        Coverage coverage = Coverage.of(List.of(item("2026-04-14", "<script>alert(1)</script>"), item("2026-04-15", "Wire")),
                List.of(new Coverage.Marker(LocalDate.parse("2026-04-15"), "Inquiry \"opens\"", "event-e2")));

        String svg = CoverageChart.svg(coverage, "coverage-s1");
        assertThat(svg).startsWith("<svg class=\"chart\" id=\"coverage-s1\" role=\"img\"")
                .contains("<title id=\"coverage-s1-title\">Documents per day by outlet")
                .contains("<title>Wire, 2026-04-15: 1 document</title>")
                .contains("<a href=\"#event-e2\">").contains("2026-04-15: Inquiry &quot;opens&quot;")
                .contains("fill=\"" + CoverageChart.PALETTE[0] + "\"")
                .doesNotContain("<script");
        assertThat(svg).contains(">&lt;script&gt;alert(1)&lt;/script&gt;</text>").contains(">Wire</text>");
        assertThat(CoverageChart.table(coverage)).contains("<tr><td>2026-04-15</td><td>0</td><td>1</td><td>1</td><td>Inquiry &quot;opens&quot;</td></tr>");
    }
}
