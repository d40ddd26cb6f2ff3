package dev.storyline.report;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Draws a story's {@link Coverage} as inline SVG: documents per period as bars stacked by outlet, the events as
 * marks on the time axis linking to their part of the page, the colour key under it; and beside it the numbers as an
 * HTML table, the chart's text alternative. Nothing runs in the page and nothing is loaded: the chart is drawn in Java when the report is
 * written. The colours are the Okabe-Ito palette, told apart by readers with the common forms of colour blindness.
 */
public final class CoverageChart {

    /** Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple; grey for the other outlets. */
    static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"};

    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int LEFT = 36;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 44;
    /** The colour key under the axis: outlets a row, and each row's height. */
    private static final int LEGEND_COLUMNS = 3;
    private static final int LEGEND_ROW = 16;
    private static final int SPARK_WIDTH = 120;
    private static final int SPARK_HEIGHT = 20;

    private CoverageChart() {
    }

    /** The colour of outlet {@code o} of a coverage: its palette colour, grey for the other outlets. */
    static String colour(Coverage coverage, int o) {
        return Coverage.OTHER_OUTLETS.equals(coverage.outlets().get(o)) ? PALETTE[PALETTE.length - 1] : PALETTE[o];
    }

    /** The chart as an {@code <svg>} element; {@code id} names it for the table that describes it. */
    public static String svg(Coverage coverage, String id) {
        int periods = coverage.periods().size();
        int legendRows = (coverage.outlets().size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int chartHeight = HEIGHT + legendRows * LEGEND_ROW;
        int max = 1;
        for (int p = 0; p < periods; p++) {
            max = Math.max(max, coverage.total(p));
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = plotWidth / Math.max(1, periods);
        double barWidth = Math.max(1, step * 0.8);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(chartHeight).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(chartHeight).append("\" font-family=\"system-ui,sans-serif\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"").append(id).append("-title\">Documents per ").append(unitName(coverage))
                .append(" by outlet, with the events marked; the numbers are in the table below</title>\n");
        double baseline = TOP + plotHeight;
        svg.append(line(LEFT, baseline, WIDTH - RIGHT, baseline)).append(line(LEFT, TOP, LEFT, baseline));
        svg.append(text(LEFT - 4, baseline + 4, "end", "0")).append(text(LEFT - 4, TOP + 8, "end", String.valueOf(max)));
        for (int p = 0; p < periods; p++) {
            double x = LEFT + p * step + (step - barWidth) / 2;
            double y = baseline;
            String period = coverage.unit().label(coverage.periods().get(p));
            for (int o = 0; o < coverage.outlets().size(); o++) {
                int count = coverage.counts().get(o)[p];
                if (count == 0) {
                    continue;
                }
                double height = plotHeight * count / max;
                y -= height;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                                x, y, barWidth, height, colour(coverage, o)))
                        .append("<title>").append(HtmlReportWriter.escape(coverage.outlets().get(o))).append(", ").append(period)
                        .append(": ").append(count).append(count == 1 ? " document" : " documents").append("</title></rect>\n");
            }
        }
        if (periods > 0) {
            svg.append(text(LEFT, baseline + 16, "start", coverage.unit().label(coverage.periods().get(0))));
            if (periods > 1) {
                svg.append(text(WIDTH - RIGHT, baseline + 16, "end", coverage.unit().label(coverage.periods().get(periods - 1))));
            }
        }
        for (Coverage.Marker event : coverage.events()) {
            int p = coverage.periodOf(event.date());
            if (p < 0) {
                continue;
            }
            double x = LEFT + p * step + step / 2;
            double y = baseline + 22;
            svg.append("<a href=\"#").append(HtmlReportWriter.escape(event.anchor())).append("\">")
                    .append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l-5 9 h10 z\" fill=\"#222\">", x, y))
                    .append("<title>").append(event.date()).append(": ").append(HtmlReportWriter.escape(event.title()))
                    .append("</title></path></a>\n");
        }
        for (int o = 0; o < coverage.outlets().size(); o++) {
            double x = LEFT + (o % LEGEND_COLUMNS) * (plotWidth / LEGEND_COLUMNS);
            double y = HEIGHT + (o / LEGEND_COLUMNS) * LEGEND_ROW;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\" stroke=\"#666\"/>",
                    x, y - 9, colour(coverage, o))).append(text(x + 14, y, "start", coverage.outlets().get(o)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** The numbers behind the chart: a row per period with documents, a column per outlet, then the events. */
    public static String table(Coverage coverage) {
        StringBuilder html = new StringBuilder("<table class=\"numbers\"><tr><th>").append(unitName(coverage)).append("</th>");
        for (String outlet : coverage.outlets()) {
            html.append("<th>").append(HtmlReportWriter.escape(outlet)).append("</th>");
        }
        html.append("<th>all</th><th>events</th></tr>\n");
        for (int p = 0; p < coverage.periods().size(); p++) {
            LocalDate start = coverage.periods().get(p);
            StringBuilder events = new StringBuilder();
            for (Coverage.Marker event : coverage.events()) {
                if (coverage.periodOf(event.date()) == p) {
                    events.append(events.isEmpty() ? "" : "; ").append(HtmlReportWriter.escape(event.title()));
                }
            }
            if (coverage.total(p) == 0 && events.isEmpty()) {
                continue;
            }
            html.append("<tr><td>").append(coverage.unit().label(start)).append("</td>");
            for (int[] counts : coverage.counts()) {
                html.append("<td>").append(counts[p]).append("</td>");
            }
            html.append("<td>").append(coverage.total(p)).append("</td><td>").append(events).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /**
     * A sparkline of the coverage for a list of stories: documents per period, all outlets together, as bars on a
     * baseline, {@value #SPARK_WIDTH} by {@value #SPARK_HEIGHT} pixels; its label reads the numbers out. Empty when no
     * document is dated.
     */
    public static String sparkline(Coverage coverage) {
        int periods = coverage.periods().size();
        if (periods == 0) {
            return "";
        }
        int max = 1;
        StringBuilder counts = new StringBuilder();
        for (int p = 0; p < periods; p++) {
            max = Math.max(max, coverage.total(p));
            counts.append(p == 0 ? "" : ", ").append(coverage.total(p));
        }
        double step = (double) SPARK_WIDTH / periods;
        double barWidth = Math.min(8, Math.max(1, step * 0.75));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"spark\" role=\"img\" aria-label=\"documents per ").append(unitName(coverage)).append(" from ")
                .append(coverage.periods().get(0)).append(": ").append(counts).append("\" viewBox=\"0 0 ").append(SPARK_WIDTH)
                .append(' ').append(SPARK_HEIGHT).append("\" width=\"").append(SPARK_WIDTH).append("\" height=\"").append(SPARK_HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>",
                SPARK_HEIGHT - 0.5, SPARK_WIDTH, SPARK_HEIGHT - 0.5));
        for (int p = 0; p < periods; p++) {
            int total = coverage.total(p);
            if (total > 0) {
                double height = Math.max(2, (SPARK_HEIGHT - 2.0) * total / max);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>",
                        p * step, SPARK_HEIGHT - 1 - height, barWidth, height, PALETTE[4]));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String unitName(Coverage coverage) {
        return coverage.unit().name().toLowerCase(Locale.ROOT);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#666\"/>\n", x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>\n",
                x, y, anchor, HtmlReportWriter.escape(text));
    }
}
