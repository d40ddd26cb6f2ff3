package dev.storyline.server;

import dev.storyline.model.Event;
import dev.storyline.report.Coverage;
import dev.storyline.store.StoreViews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored story's {@link Coverage}, for the story page's chart ({@code /api/stories/ID/coverage.svg}, drawn by the
 * same {@link dev.storyline.report.CoverageChart} as report.html) and the numbers behind it
 * ({@code /api/stories/ID/coverage}).
 */
final class StoryCoverage {

    private StoryCoverage() {
    }

    static Coverage of(StoreViews.StoryPage page) {
        List<Coverage.Item> items = new ArrayList<>();
        for (StoreViews.DocumentListing document : page.documents()) {
            items.add(new Coverage.Item(document.published(), document.outlet()));
        }
        List<Coverage.Marker> events = new ArrayList<>();
        for (Event event : page.events()) {
            events.add(Coverage.Marker.of(event));
        }
        return Coverage.of(items, events);
    }

    /** The numbers as JSON: the unit, each period's label, the outlets, their counts per period, the events, the undated. */
    static Map<String, Object> numbers(Coverage coverage) {
        List<String> periods = new ArrayList<>();
        for (var start : coverage.periods()) {
            periods.add(coverage.unit().label(start));
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (Coverage.Marker event : coverage.events()) {
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("date", event.date().toString());
            marker.put("period", coverage.periodOf(event.date()));
            marker.put("title", event.title());
            events.add(marker);
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("unit", coverage.unit().name().toLowerCase(java.util.Locale.ROOT));
        numbers.put("periods", periods);
        numbers.put("outlets", coverage.outlets());
        numbers.put("counts", coverage.counts());
        numbers.put("events", events);
        numbers.put("undated", coverage.undated());
        return numbers;
    }
}
