package dev.storyline.report;

import dev.storyline.model.Event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a story's events on a time axis as inline SVG: one row per dated event in date order, its date, shortened
 * title and number of sources on the left, a dot at its date on the axis shared by all rows on the right, and the
 * whole row a link to the event's part of the page. Undated events have no place on the axis and are left out; the
 * caller says how many. Drawn in Java like {@link CoverageChart}, with its conventions: no script, nothing loaded,
 * every text escaped, the colours of its colour-blind safe palette.
 */
public final class TimelineChart {

    private static final int WIDTH = 640;
    private static final int ROW = 22;
    private static final int TOP = 6;
    private static final int AXIS_HEIGHT = 30;
    /** The label column, then the time axis; dots keep {@link #INSET} from the axis ends. */
    private static final int LABEL_X = 8;
    private static final int PLOT_LEFT = 360;
    private static final int PLOT_RIGHT = 604;
    private static final int INSET = 10;
    /** The longest title shown in full; the full title is in the row's tooltip. */
    static final int MAX_TITLE = 34;
    /** At most this many dated ticks, so their labels never overlap on the axis. */
    private static final int MAX_TICKS = 4;
    private static final String DOT = CoverageChart.PALETTE[4];

    private TimelineChart() {
    }

    /**
     * The chart of {@code events} as an {@code <svg>} element named {@code id}, or the empty string when no event is
     * dated (there is nothing to place on the axis).
     *
     * @param outletOfDocument each document id mapped to its outlet (value may be null: the document then counts as a
     *                         source of its own)
     */
    public static String svg(List<Event> events, Map<String, String> outletOfDocument, String id) {
        List<Event> dated = new ArrayList<>(events.stream().filter(event -> event.date() != null).toList());
        if (dated.isEmpty()) {
            return "";
        }
        dated.sort(Comparator.comparing(Event::date));
        LocalDate first = dated.get(0).date();
        LocalDate last = dated.get(dated.size() - 1).date();
        LocalDate from = first.equals(last) ? first.minusDays(1) : first;
        LocalDate to = first.equals(last) ? last.plusDays(1) : last;
        int height = TOP + dated.size() * ROW + AXIS_HEIGHT;
        double axisY = TOP + dated.size() * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart timeline\" id=\"").append(HtmlReportWriter.escape(id)).append("\" role=\"img\" aria-labelledby=\"")
                .append(HtmlReportWriter.escape(id)).append("-title\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"system-ui,sans-serif\" font-size=\"11\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"").append(HtmlReportWriter.escape(id)).append("-title\">").append(dated.size())
                .append(dated.size() == 1 ? " event on " + first : " events from " + first + " to " + last)
                .append(", each placed at its date and linking to its part of the page</title>\n");
        for (LocalDate tick : first.equals(last) ? List.of(first) : ticks(from, to)) {
            double x = x(tick, from, to);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", x, TOP, x, axisY + 4))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\" fill=\"#444\">%s</text>\n",
                            x, axisY + 17, tickLabel(tick, from, to)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#666\"/>\n",
                PLOT_LEFT, axisY, PLOT_RIGHT, axisY));
        for (int r = 0; r < dated.size(); r++) {
            Event event = dated.get(r);
            int sources = sources(event, outletOfDocument);
            String sourceText = sources + (sources == 1 ? " source" : " sources");
            String title = event.title() == null ? "(untitled)" : event.title();
            int top = TOP + r * ROW;
            double middle = top + ROW / 2.0;
            svg.append("<a href=\"#").append(HtmlReportWriter.escape(Coverage.Marker.of(event).anchor())).append("\">")
                    .append("<title>").append(event.date()).append(": ").append(HtmlReportWriter.escape(title)).append(", ")
                    .append(sourceText).append("</title>")
                    .append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                            top, WIDTH, ROW, r % 2 == 0 ? "#f4f4f4" : "#fff"))
                    .append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\" stroke-dasharray=\"2 3\"/>",
                            PLOT_LEFT, middle, PLOT_RIGHT, middle))
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#fff\"/>",
                            x(event.date(), from, to), middle, DOT))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">", LABEL_X, middle + 4))
                    .append("<tspan font-weight=\"600\">").append(event.date()).append("</tspan> ")
                    .append(HtmlReportWriter.escape(shorten(title))).append(" <tspan fill=\"#666\">· ").append(sourceText)
                    .append("</tspan></text></a>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** {@code title} cut at a word to at most {@link #MAX_TITLE} characters, with an ellipsis when cut. */
    static String shorten(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int end = MAX_TITLE - 1;
        int space = title.lastIndexOf(' ', end);
        end = space > MAX_TITLE / 2 ? space : Character.isHighSurrogate(title.charAt(end - 1)) ? end - 1 : end;
        return title.substring(0, end).replaceAll("[\\s,;:.–—-]+$", "") + "…";
    }

    /** The distinct sources among the event's documents, counted as the claims matrix counts them. */
    static int sources(Event event, Map<String, String> outletOfDocument) {
        Set<String> sources = new HashSet<>();
        for (String document : event.documents()) {
            sources.add(ClaimMatrix.sourceOf(document, outletOfDocument));
        }
        return sources.size();
    }

    /** Where {@code date} lies on the axis from {@code from} to {@code to}. */
    static double x(LocalDate date, LocalDate from, LocalDate to) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return PLOT_LEFT + INSET + (PLOT_RIGHT - PLOT_LEFT - 2 * INSET) * ChronoUnit.DAYS.between(from, date) / span;
    }

    /**
     * The dates marked on the axis: days for up to two weeks, Mondays for up to three months, first days of months
     * for up to two years, then first days of years; every second, third... of them when there are too many.
     */
    static List<LocalDate> ticks(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        LocalDate start = days <= 14 ? from
                : days <= 92 ? from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                : days <= 2 * 366 ? (from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth()))
                : from.getDayOfYear() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextYear());
        ChronoUnit unit = days <= 14 ? ChronoUnit.DAYS : days <= 92 ? ChronoUnit.WEEKS : days <= 2 * 366 ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate tick = start; !tick.isAfter(to); tick = tick.plus(1, unit)) {
            all.add(tick);
        }
        int stride = (all.size() + MAX_TICKS - 1) / MAX_TICKS;
        List<LocalDate> ticks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, stride)) {
            ticks.add(all.get(i));
        }
        return ticks;
    }

    /** A tick's date as precise as its spacing needs: "2026-04-14", "2026-04" or "2026". */
    private static String tickLabel(LocalDate tick, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        String iso = tick.toString();
        return days <= 92 ? iso : days <= 2 * 366 ? iso.substring(0, 7) : iso.substring(0, 4);
    }
}
