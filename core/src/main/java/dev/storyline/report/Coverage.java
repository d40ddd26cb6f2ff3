package dev.storyline.report;

import dev.storyline.model.Event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a story was covered over time: documents per period (a day, or a week or month for a long story), split by
 * outlet, with the story's events on the same time axis. The numbers behind the coverage chart, and its text
 * alternative.
 *
 * @param unit      the length of a period
 * @param periods   the first day of each period, from the first document's to the last's, with no gap
 * @param outlets   the outlets shown, most documents first; the rest are folded into {@link #OTHER_OUTLETS}
 * @param counts    for each outlet (same order), the documents of each period (same order as {@code periods})
 * @param events    the dated events, in time order
 * @param undated   documents of the story without a publication date, left out of the chart
 */
public record Coverage(Unit unit, List<LocalDate> periods, List<String> outlets, List<int[]> counts,
                       List<Marker> events, int undated) {

    /** The label of the outlets past the {@link #MAX_OUTLETS} with the most documents. */
    public static final String OTHER_OUTLETS = "other outlets";
    /** How many outlets get a colour of their own: the palette has eight, one is for the others. */
    public static final int MAX_OUTLETS = 7;
    /** The longest span, in days, shown a day at a time; then weeks, and past {@link #MAX_WEEKS} weeks, months. */
    static final int MAX_DAYS = 62;
    static final int MAX_WEEKS = 62;

    /** The length of a period of the chart. */
    public enum Unit {
        DAY, WEEK, MONTH;

        /** The first day of the period holding {@code date}. */
        LocalDate start(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
                case MONTH -> date.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        /** How the period starting on {@code start} is written in the table: "2026-04-14", "2026-W16", "2026-04". */
        public String label(LocalDate start) {
            return switch (this) {
                case DAY -> start.toString();
                case WEEK -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case MONTH -> start.toString().substring(0, 7);
            };
        }
    }

    /** An event on the time axis, linking to the page's part about it. */
    public record Marker(LocalDate date, String title, String anchor) {

        /** The mark of {@code event}, linking to {@code #event-ID}, the anchor the report and the UI give it. */
        public static Marker of(Event event) {
            return new Marker(event.date(), event.title(), "event-" + event.id());
        }
    }

    /** One document of the story: when it was published (or null) and by which outlet (or null). */
    public record Item(LocalDate published, String outlet) {
    }

    public Coverage {
        periods = List.copyOf(periods);
        outlets = List.copyOf(outlets);
        counts = List.copyOf(counts);
        events = List.copyOf(events);
    }

    /** The coverage of documents {@code items} and events {@code events}; empty periods when no document is dated. */
    public static Coverage of(List<Item> items, List<Marker> events) {
        List<LocalDate> dates = new ArrayList<>();
        int undated = 0;
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.published() == null) {
                undated++;
                continue;
            }
            dates.add(item.published());
            perOutlet.merge(outletOf(item), 1, Integer::sum);
        }
        if (dates.isEmpty()) {
            return new Coverage(Unit.DAY, List.of(), List.of(), List.of(), List.of(), undated);
        }
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        Unit unit = days <= MAX_DAYS ? Unit.DAY : days <= 7L * MAX_WEEKS ? Unit.WEEK : Unit.MONTH;
        List<LocalDate> periods = new ArrayList<>();
        Map<LocalDate, Integer> periodIndex = new TreeMap<>();
        for (LocalDate start = unit.start(first); !start.isAfter(last); start = unit.next(start)) {
            periodIndex.put(start, periods.size());
            periods.add(start);
        }
        List<String> outlets = new ArrayList<>(perOutlet.keySet());
        outlets.sort((a, b) -> perOutlet.get(b) - perOutlet.get(a) != 0 ? perOutlet.get(b) - perOutlet.get(a) : a.compareTo(b));
        if (outlets.size() > MAX_OUTLETS) {
            outlets = new ArrayList<>(outlets.subList(0, MAX_OUTLETS - 1));
            outlets.add(OTHER_OUTLETS);
        }
        List<int[]> counts = new ArrayList<>();
        for (int o = 0; o < outlets.size(); o++) {
            counts.add(new int[periods.size()]);
        }
        for (Item item : items) {
            if (item.published() != null) {
                int o = outlets.indexOf(outletOf(item));
                counts.get(o < 0 ? outlets.size() - 1 : o)[periodIndex.get(unit.start(item.published()))]++;
            }
        }
        List<Marker> dated = new ArrayList<>();
        for (Marker event : events) {
            if (event.date() != null && !event.date().isBefore(unit.start(first)) && !event.date().isAfter(last)) {
                dated.add(event);
            }
        }
        dated.sort(Comparator.comparing(Marker::date));
        return new Coverage(unit, periods, outlets, counts, dated, undated);
    }

    /** The documents of period {@code p}, all outlets together. */
    public int total(int p) {
        int total = 0;
        for (int[] outlet : counts) {
            total += outlet[p];
        }
        return total;
    }

    /** The index of the period holding {@code date}, or -1 outside the chart. */
    public int periodOf(LocalDate date) {
        int p = Collections.binarySearch(periods, unit.start(date));
        return p < 0 ? -1 : p;
    }

    private static String outletOf(Item item) {
        return item.outlet() == null || item.outlet().isBlank() ? "unknown outlet" : item.outlet();
    }
}
