package dev.storyline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in news pages: ISO dates ({@code 2026-04-14}, also with a time and zone), month
 * names in English, German and a few other European languages ({@code April 14, 2026}, {@code 14 April 2026},
 * {@code Sept. 30, 2015}, {@code 14. April 2026}, {@code 3 de mayo de 2019}), numeric dates ({@code 01/10/2015},
 * {@code 14.04.2026}, {@code 14.04.26}) and year-first dates ({@code 2026/04/14}).
 *
 * <p>A numeric date whose day and month could be swapped is read day first unless another date of the same page,
 * written unambiguously, is closer to the month-first reading.
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = monthNames();
    private static final String MONTH = "(" + monthAlternatives() + ")\\.?(?![\\p{L}])";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th|\\.)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:of\\s+|de\\s+)?" + MONTH
                    + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MONTH_DATE_REACH = 80;
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\s?([/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})\\b");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<![\\d./])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** {@code 28.09.19}: two digits each, dotted, read day first in the 1990s to 2080s. */
    private static final Pattern SHORT_YEAR =
            Pattern.compile("(?<![\\d.,])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s_]|\\d{4,6})");

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

    /**
     * Parses a whole value such as a meta tag's content ({@code 2026-04-14T08:00:00Z}, {@code 20260414},
     * {@code 2026/04/14}, {@code 14. April 2026}); null when it holds no date. A timestamp keeps the calendar day it
     * was written in, whatever its zone: that is the day the publisher printed.
     */
    public static LocalDate parse(String value) {
        if (value == null || !hasDigit(value, 0, value.length())) {
            return null;
        }
        LocalDate compact = compact(value.trim());
        return compact != null ? compact : first(value, List.of());
    }

    /** A value written as {@code yyyyMMdd}, alone or followed by a time, or null. */
    private static LocalDate compact(String value) {
        Matcher m = COMPACT.matcher(value);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
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

    /**
     * A date written in a text: where it starts and ends, its reading, and the month-first reading when the
     * numbers allow both (else null).
     */
    record Found(int position, int end, LocalDate date, LocalDate swapped) {
    }

    /** Every date written in {@code text}, in order of appearance, with where each one is. */
    static List<Found> scan(String text) {
        return scan(text, 0, text.length());
    }

    /**
     * Every date written within {@code text[from, to)}, in order of appearance, with where each one is in
     * {@code text}. The text around the stretch is seen by the patterns' look-arounds, so a date found here is one
     * that {@link #scan(String)} finds too, unless it runs past the stretch's end.
     */
    static List<Found> scan(String text, int from, int to) {
        if (!hasDigit(text, from, to)) {
            return new ArrayList<>();
        }
        List<Found> found = new ArrayList<>();
        Matcher m = within(ISO.matcher(text), from, to);
        while (m.find()) {
            add(found, m, date(m.group(1), m.group(2), m.group(3)), null);
        }
        List<int[]> nearYears = yearWindows(text, from, to);
        m = MONTH_DAY_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] window : nearYears) {
            m.region(window[0], window[1]);
            while (m.find()) {
                add(found, m, date(m.group(3), month(m.group(1)), m.group(2)), null);
            }
        }
        m = DAY_MONTH_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] window : nearYears) {
            m.region(window[0], window[1]);
            while (m.find()) {
                add(found, m, date(m.group(3), month(m.group(2)), m.group(1)), null);
            }
        }
        m = within(YEAR_FIRST.matcher(text), from, to);
        while (m.find()) {
            add(found, m, date(m.group(1), m.group(3), m.group(4)), null);
        }
        m = within(NUMERIC.matcher(text), from, to);
        while (m.find()) {
            addNumeric(found, m);
        }
        m = within(SHORT_YEAR.matcher(text), from, to);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            add(found, m, date(String.valueOf(year < 90 ? 2000 + year : 1900 + year), m.group(2), m.group(1)), null);
        }
        found.sort((x, y) -> Integer.compare(x.position, y.position));
        return withoutOverlaps(found);
    }

    /** The matcher limited to {@code [from, to)}, its look-arounds still seeing the text around. */
    private static Matcher within(Matcher m, int from, int to) {
        if (from == 0 && to == m.regionEnd()) {
            return m;
        }
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
    }

    /** Every date has digits: text without any holds none, and the patterns need not be tried. */
    private static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The stretches of {@code text} that can hold a date written with a month name: the 80 characters before each
     * four-digit number and the number itself, merged where they overlap. The month-name patterns are costly to try
     * at every position of a long page, and every match of theirs ends in such a number.
     */
    private static List<int[]> yearWindows(String text, int from, int to) {
        List<int[]> windows = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 4) {
                int windowStart = Math.max(from, start - MONTH_DATE_REACH);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && windowStart <= last[1]) {
                    last[1] = i;
                } else {
                    windows.add(new int[] {windowStart, i});
                }
            }
        }
        return windows;
    }

    private static void addNumeric(List<Found> found, Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String year = m.group(4);
        if (a > 12) {
            add(found, m, date(year, b, a), null);
        } else if (b > 12) {
            add(found, m, date(year, a, b), null);
        } else if (m.group(2).equals(".")) {
            // Dots are the day-first convention (German, Scandinavian, Slavic pages); no one writes month.day.year.
            add(found, m, date(year, b, a), null);
        } else {
            LocalDate dayFirst = date(year, b, a);
            LocalDate monthFirst = date(year, a, b);
            add(found, m, dayFirst, dayFirst != null && !dayFirst.equals(monthFirst) ? monthFirst : null);
        }
    }

    /** Keeps the first of two readings that share characters, such as "Mai 2019" inside "12. Mai 2019". */
    private static List<Found> withoutOverlaps(List<Found> sorted) {
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : sorted) {
            if (f.position >= end) {
                kept.add(f);
                end = f.end;
            }
        }
        return kept;
    }

    private static void add(List<Found> found, Matcher m, LocalDate date, LocalDate swapped) {
        if (date != null) {
            found.add(new Found(m.start(), m.end(), date, swapped));
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key);
        return month == null ? 0 : month;
    }

    private static Map<String, Integer> monthNames() {
        String[][] names = {
                // English
                {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
                {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
                {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
                // German
                {"januar", "jänner", "jän"}, {"februar", "feber"}, {"märz", "mär", "mrz", "maerz"}, {}, {"mai"},
                {"juni"}, {"juli"}, {}, {}, {"oktober", "okt"}, {}, {"dezember", "dez"},
                // French
                {"janvier", "janv"}, {"février", "fevrier", "févr", "fév"}, {"mars"}, {"avril", "avr"}, {},
                {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
                {"décembre", "decembre", "déc"},
                // Spanish, Italian, Portuguese
                {"enero", "gennaio", "janeiro"}, {"febrero", "febbraio", "fevereiro"}, {"marzo", "março"},
                {"abril", "aprile"}, {"mayo", "maggio", "maio"}, {"junio", "giugno", "junho"},
                {"julio", "luglio", "julho"}, {"agosto"}, {"septiembre", "settembre", "setembro"},
                {"octubre", "ottobre", "outubro"}, {"noviembre", "novembro"}, {"diciembre", "dicembre", "dezembro"},
                // Dutch
                {"januari"}, {"februari"}, {"maart"}, {}, {"mei"}, {}, {}, {"augustus"}, {}, {}, {}, {},
        };
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i % 12 + 1);
            }
        }
        return months;
    }

    /** The month names as a regular expression alternation, longest first so "June" wins over "Jun". */
    private static String monthAlternatives() {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort((x, y) -> y.length() != x.length() ? Integer.compare(y.length(), x.length()) : x.compareTo(y));
        return String.join("|", names);
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
