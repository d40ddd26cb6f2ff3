package dev.storyline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in English news pages: ISO dates ({@code 2026-04-14}), month names
 * ({@code April 14, 2026}, {@code 14 April 2026}, {@code Sept. 30, 2015}) and numeric dates ({@code 01/10/2015}).
 *
 * <p>A numeric date whose day and month could be swapped is read day first unless another date of the same page,
 * written unambiguously, is closer to the month-first reading.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    private DateParser() {
    }

    /** Every date written in {@code text}, in order of appearance, numeric ones read day first. */
    public static List<LocalDate> findAll(String text) {
        List<Found> found = scan(text);
        List<LocalDate> dates = new ArrayList<>();
        for (Found f : found) {
            dates.add(f.date);
        }
        return dates;
    }

    /** The first date written in {@code text}, or null; {@code context} holds other dates of the page. */
    public static LocalDate first(String text, List<LocalDate> context) {
        for (Found f : scan(text)) {
            if (f.swapped == null) {
                return f.date;
            }
            return closerToContext(f.date, f.swapped, context);
        }
        return null;
    }

    /** Parses a whole value such as a meta tag's content ({@code 2026-04-14T08:00:00Z}); null when it holds no date. */
    public static LocalDate parse(String value) {
        return value == null ? null : first(value, List.of());
    }

    private static LocalDate closerToContext(LocalDate dayFirst, LocalDate monthFirst, List<LocalDate> context) {
        long bestDayFirst = Long.MAX_VALUE;
        long bestMonthFirst = Long.MAX_VALUE;
        for (LocalDate other : context) {
            bestDayFirst = Math.min(bestDayFirst, Math.abs(other.toEpochDay() - dayFirst.toEpochDay()));
            bestMonthFirst = Math.min(bestMonthFirst, Math.abs(other.toEpochDay() - monthFirst.toEpochDay()));
        }
        return bestMonthFirst < bestDayFirst ? monthFirst : dayFirst;
    }

    private record Found(int position, LocalDate date, LocalDate swapped) {
    }

    private static List<Found> scan(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, m.start(), date(m.group(1), m.group(2), m.group(3)), null);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.start(), date(m.group(3), month(m.group(1)), m.group(2)), null);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.start(), date(m.group(3), month(m.group(2)), m.group(1)), null);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            String year = m.group(3);
            if (a > 12) {
                add(found, m.start(), date(year, b, a), null);
            } else if (b > 12) {
                add(found, m.start(), date(year, a, b), null);
            } else {
                LocalDate dayFirst = date(year, b, a);
                LocalDate monthFirst = date(year, a, b);
                add(found, m.start(), dayFirst, dayFirst != null && !dayFirst.equals(monthFirst) ? monthFirst : null);
            }
        }
        found.sort((x, y) -> Integer.compare(x.position, y.position));
        return found;
    }

    private static void add(List<Found> found, int position, LocalDate date, LocalDate swapped) {
        if (date != null) {
            found.add(new Found(position, date, swapped));
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        return month == null ? MONTHS.get(key.substring(0, 3)) : month;
    }

    private static LocalDate date(String year, String month, String day) {
        return date(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(String year, int month, String day) {
        return date(year, month, Integer.parseInt(day));
    }

    private static LocalDate date(String year, int month, int day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
