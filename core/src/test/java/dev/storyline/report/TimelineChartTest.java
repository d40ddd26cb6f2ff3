package dev.storyline.report;

import dev.storyline.model.Event;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class TimelineChartTest {

    private static Event event(String id, String date, String title, String... documents) {
        return new Event(id, title, date == null ? null : LocalDate.parse(date), List.of(documents), List.of());
    }

    private static Map<String, String> outlets() {
        Map<String, String> outlets = new HashMap<>();
        outlets.put("c1", "Courier");
        outlets.put("c2", "Courier");
        outlets.put("w1", "Wire");
        outlets.put("x1", null);
        return outlets;
    }

    private static org.jsoup.nodes.Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    @Test
    void eachDatedEventIsARowInDateOrderWithItsDotFurtherRightTheLaterItIs() {
        List<Event> events = List.of(event("e2", "2026-04-22", "Inquiry opens", "c2"),
                event("e1", "2026-04-14", "Bridge collapses", "c1", "c2", "w1", "x1"),
                event("e3", "2026-05-19", "Engineer resigns", "w1"));

        var svg = parse(TimelineChart.svg(events, outlets(), "timeline-s1"));

        List<Element> rows = svg.select("a");
        assertThat(rows).extracting(a -> a.attr("href")).containsExactly("#event-e1", "#event-e2", "#event-e3");
        List<Double> xs = svg.select("circle").stream().map(circle -> Double.parseDouble(circle.attr("cx"))).toList();
        assertThat(xs).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat((xs.get(1) - xs.get(0)) / (xs.get(2) - xs.get(0))).as("8 of the 35 days").isCloseTo(8 / 35.0, offset(0.01));
        assertThat(rows.get(0).selectFirst("text").text()).isEqualTo("2026-04-14 Bridge collapses · 3 sources");
        assertThat(rows.get(1).selectFirst("text").text()).endsWith("· 1 source");
        Element root = svg.selectFirst("svg");
        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("aria-labelledby")).isEqualTo("timeline-s1-title");
        assertThat(svg.getElementById("timeline-s1-title").text()).contains("3 events from 2026-04-14 to 2026-05-19");
        assertThat(svg.select("text[text-anchor=middle]")).as("date ticks").isNotEmpty().hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void titlesAreEscapedAndLongOnesShortenedWithTheFullTitleInTheTooltip() {
        String title = "<script>alert(1)</script> and a headline much longer than the label column can take";
        String svg = TimelineChart.svg(List.of(event("e<1>", "2026-04-14", title, "c1")), outlets(), "t");

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("href=\"#event-e&lt;1&gt;\"");
        Element row = parse(svg).selectFirst("a");
        assertThat(row.attr("href")).isEqualTo("#event-e<1>");
        assertThat(row.selectFirst("title").text()).isEqualTo("2026-04-14: " + title + ", 1 source");
        String label = row.selectFirst("text").text();
        assertThat(label).startsWith("2026-04-14 <script>alert(1)</script>").contains("…");
        assertThat(TimelineChart.shorten(title)).hasSizeLessThanOrEqualTo(TimelineChart.MAX_TITLE).endsWith("…");
        assertThat(TimelineChart.shorten("Short title")).isEqualTo("Short title");
    }

    @Test
    void undatedEventsAreLeftOutAndWithNoDatedEventThereIsNoChart() {
        List<Event> events = List.of(event("e1", null, "Undated", "c1"), event("e2", "2026-04-14", "Dated", "c1"));

        assertThat(parse(TimelineChart.svg(events, outlets(), "t")).select("a")).extracting(a -> a.attr("href"))
                .containsExactly("#event-e2");
        assertThat(TimelineChart.svg(List.of(event("e1", null, "Undated", "c1")), outlets(), "t")).isEmpty();
        assertThat(TimelineChart.svg(List.of(), outlets(), "t")).isEmpty();
    }

    @Test
    void ticksAreDaysWeeksMonthsOrYearsAfterTheSpanAndNeverTooMany() {
        LocalDate start = LocalDate.parse("2026-04-14");
        assertThat(TimelineChart.ticks(start, start.plusDays(3))).containsExactly(start, start.plusDays(1), start.plusDays(2), start.plusDays(3));
        assertThat(TimelineChart.ticks(start, start.plusDays(40))).allSatisfy(tick -> assertThat(tick.getDayOfWeek().getValue()).isEqualTo(1));
        assertThat(TimelineChart.ticks(start, start.plusMonths(8))).allSatisfy(tick -> assertThat(tick.getDayOfMonth()).isEqualTo(1));
        assertThat(TimelineChart.ticks(start, start.plusYears(30))).allSatisfy(tick -> assertThat(tick.getDayOfYear()).isEqualTo(1))
                .hasSizeLessThanOrEqualTo(4);
        assertThat(TimelineChart.x(start, start, start.plusDays(10))).isLessThan(TimelineChart.x(start.plusDays(1), start, start.plusDays(10)));
    }
}
