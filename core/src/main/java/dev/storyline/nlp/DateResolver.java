package dev.storyline.nlp;

import dev.storyline.model.DateMention;
import dev.storyline.model.Sentence;
import dev.storyline.util.Deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates sentences mention and resolves each to the calendar day it means, against the publication date.
 *
 * <ul>
 * <li>ISO dates: "2026-04-14".</li>
 * <li>A month and a day, either way round, with or without a year: "April 14", "Sept. 14", "14 April",
 * "14th of April", "April 14, 2026". Without a year a day takes the year that puts it nearest the publication date:
 * "December 30" in an article of 5 January 2026 is 2025-12-30.</li>
 * <li>A month with a year, or alone: "March 2026", "in March", "in early March", "mid-May" mean the first day of
 * the month; a month alone is the latest such month not after the publication date.</li>
 * <li>Weekdays: "Wednesday", "on Wednesday morning" mean the latest such day on or before the publication date,
 * since news reports what has happened (the weekday of publication is publication day itself); "last Wednesday"
 * the latest strictly before it; "next Wednesday" and "this coming Wednesday" the first strictly after it. A weekday
 * followed by a date ("Friday, April 17") is that date.</li>
 * <li>Relative words: "today", "tonight", "this morning" (afternoon, evening) mean the publication date;
 * "yesterday" and "last night" the day before; "tomorrow" the day after; "this", "last" and "next" week, month or
 * year the first day of that span (a Monday for weeks); "three days ago", "two weeks ago", "a year ago".</li>
 * </ul>
 * Month names and weekdays count only when capitalized, so "the march was peaceful" holds no date. "May", being a
 * verb and a name too, counts only before a day or a year, or after "in", "on", "of", "early", "late", "mid", "by",
 * "since" or "until"; so does any month alone at the start of a sentence. Abbreviated months ("Jan") count only
 * with a day or a year. Names such as "Sunday Times" are read as dates: a known corner case. Mentions that need the
 * publication date are skipped when it is unknown.
 *
 * <p>The text of a mention is the sentence's own wording of the expression, with a directly preceding "on" or
 * "in" and a leading "the evening of" (or morning, afternoon, night): "on Wednesday morning", "last week", "in
 * early March", "on the evening of April 14", "April 14, 2026". Stateless and thread-safe.
 */
public final class DateResolver {

    private static final List<String> MONTH_PREFIXES = List.of("mid-", "early-", "late-");
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Month> MONTH_ABBREVIATIONS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            MONTHS.put(full, month);
            MONTH_ABBREVIATIONS.put(full.substring(0, 3), month);
        }
        MONTH_ABBREVIATIONS.put("Sept", Month.SEPTEMBER);
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), day);
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");

    private static final Set<String> MONTH_CUES = Set.of("in", "on", "of", "early", "late", "mid", "by", "since",
            "until");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Map<String, Integer> AMOUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final Map<String, ChronoUnit> SPANS = Map.of("day", ChronoUnit.DAYS, "days", ChronoUnit.DAYS,
            "week", ChronoUnit.WEEKS, "weeks", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS,
            "months", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS, "years", ChronoUnit.YEARS);

    /** An expression that ends at token {@code last} and means {@code date}. */
    private record Match(int last, LocalDate date) {
    }

    /**
     * The dates mentioned in the sentences, in reading order.
     *
     * @param published the publication date, or null: then only dates written with their year are resolved
     */
    public List<DateMention> find(List<Sentence> sentences, LocalDate published) {
        return find(sentences, published, Deadline.NONE);
    }

    /** As {@link #find(List, LocalDate)}, checking {@code deadline} at every sentence. */
    public List<DateMention> find(List<Sentence> sentences, LocalDate published, Deadline deadline) {
        List<DateMention> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            deadline.check();
            Sentence sentence = sentences.get(s);
            int i = 0;
            while (i < sentence.tokens().size()) {
                Match match = expression(sentence, prefixEnd(sentence, i), published);
                if (match == null) {
                    i++;
                } else {
                    found.add(new DateMention(sentence.covered(i, match.last()), match.date(), s));
                    i = match.last() + 1;
                }
            }
        }
        return found;
    }

    /** Where the expression proper starts after an "on" or "in" and a "the evening of" at i. */
    private static int prefixEnd(Sentence sentence, int i) {
        int j = i;
        if (lower(sentence, j).equals("on") || lower(sentence, j).equals("in")) {
            j++;
        }
        if (lower(sentence, j).equals("the") && PARTS_OF_DAY.contains(lower(sentence, j + 1))
                && lower(sentence, j + 2).equals("of")) {
            j += 3;
        }
        String modifier = lower(sentence, j);
        if ((modifier.equals("early") || modifier.equals("late") || modifier.equals("mid"))
                && month(token(sentence, j + 1), false) != null) {
            j++;
        }
        return j;
    }

    private static Match expression(Sentence sentence, int c, LocalDate published) {
        Match match = iso(sentence, c);
        if (match == null) {
            match = absolute(sentence, c, published);
        }
        if (match == null) {
            match = weekday(sentence, c, published);
        }
        if (match == null && published != null) {
            match = relative(sentence, c, published);
        }
        return match;
    }

    /** "2026-04-14", which a tokenizer may have cut into several tokens. */
    private static Match iso(Sentence sentence, int c) {
        int size = sentence.tokens().size();
        if (c >= size) {
            return null;
        }
        Matcher matcher = ISO.matcher(sentence.text());
        matcher.region(sentence.tokenStart(c), sentence.text().length());
        if (!matcher.lookingAt()) {
            return null;
        }
        int last = c;
        while (last + 1 < size && sentence.tokenStart(last + 1) < matcher.end()) {
            last++;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return new Match(last, date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Month and day either way round, month and year, or a month alone. */
    private static Match absolute(Sentence sentence, int c, LocalDate published) {
        Month month = month(token(sentence, c), true);
        if (month != null) {
            Integer day = day(token(sentence, c + 1));
            if (day != null) {
                int yearAt = token(sentence, c + 2).equals(",") ? c + 3 : c + 2;
                Integer year = year(token(sentence, yearAt));
                return dated(year, month, day, year == null ? c + 1 : yearAt, published);
            }
            Integer year = year(token(sentence, c + 1));
            if (year != null) {
                return new Match(c + 1, LocalDate.of(year, month, 1));
            }
            if (published == null || month(token(sentence, c), false) == null || !standsAlone(sentence, c)) {
                return null;
            }
            int latest = month.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
            return new Match(c, LocalDate.of(latest, month, 1));
        }
        Integer day = day(token(sentence, c));
        if (day == null) {
            return null;
        }
        int monthAt = lower(sentence, c + 1).equals("of") ? c + 2 : c + 1;
        month = month(token(sentence, monthAt), true);
        if (month == null) {
            return null;
        }
        Integer year = year(token(sentence, monthAt + 1));
        return dated(year, month, day, year == null ? monthAt : monthAt + 1, published);
    }

    /** Whether a month written alone is meant as one: "in March", "mid-May", but not "Theresa May" or "May I". */
    private static boolean standsAlone(Sentence sentence, int c) {
        String token = token(sentence, c);
        if (token.contains("-")) {
            return true;
        }
        boolean cued = MONTH_CUES.contains(lower(sentence, c - 1));
        return cued || !token.equals("May") && c > 0;
    }

    /** A day of a month, in the given year or, without one, in the year nearest the publication date. */
    private static Match dated(Integer year, Month month, int day, int last, LocalDate published) {
        try {
            if (year != null) {
                return new Match(last, LocalDate.of(year, month, day));
            }
            if (published == null) {
                return null;
            }
            MonthDay monthDay = MonthDay.of(month, day);
            LocalDate nearest = null;
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                if (monthDay.isValidYear(y)) {
                    LocalDate candidate = monthDay.atYear(y);
                    if (nearest == null || distance(candidate, published) < distance(nearest, published)) {
                        nearest = candidate;
                    }
                }
            }
            return new Match(last, nearest);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A weekday, possibly followed by a part of the day or by the date it falls on. */
    private static Match weekday(Sentence sentence, int c, LocalDate published) {
        DayOfWeek day = dayOfWeek(token(sentence, c));
        if (day == null) {
            return null;
        }
        int dateAt = token(sentence, c + 1).equals(",") ? c + 2 : c + 1;
        Match date = absolute(sentence, dateAt, published);
        if (date != null) {
            return date;
        }
        if (published == null) {
            return null;
        }
        return new Match(withPartOfDay(sentence, c), published.with(TemporalAdjusters.previousOrSame(day)));
    }

    /** Expressions that only mean something against the publication date: "yesterday", "last week", "two days ago". */
    private static Match relative(Sentence sentence, int c, LocalDate published) {
        String word = lower(sentence, c);
        String next = lower(sentence, c + 1);
        switch (word) {
            case "today", "tonight":
                return new Match(c, published);
            case "yesterday":
                return new Match(c, published.minusDays(1));
            case "tomorrow":
                return new Match(c, published.plusDays(1));
            case "this":
                if (PARTS_OF_DAY.contains(next) && !next.equals("night")) {
                    return new Match(c + 1, published);
                }
                DayOfWeek coming = dayOfWeek(token(sentence, c + 2));
                if (next.equals("coming") && coming != null) {
                    return new Match(withPartOfDay(sentence, c + 2), published.with(TemporalAdjusters.next(coming)));
                }
                return shifted(sentence, c, published, 0);
            case "last":
                if (next.equals("night")) {
                    return new Match(c + 1, published.minusDays(1));
                }
                return shifted(sentence, c, published, -1);
            case "next":
                return shifted(sentence, c, published, 1);
            default:
                break;
        }
        Integer amount = AMOUNTS.get(word);
        if (amount == null && COUNT.matcher(word).matches()) {
            amount = Integer.parseInt(word);
        }
        ChronoUnit unit = SPANS.get(next);
        if (amount != null && unit != null && lower(sentence, c + 2).equals("ago")) {
            return new Match(c + 2, published.minus(amount, unit));
        }
        return null;
    }

    /**
     * "this", "last" or "next" (at c) week, month or year: the first day of that span; or weekday: the same day of
     * this week counted as a plain weekday, the one strictly before or the one strictly after the publication date.
     */
    private static Match shifted(Sentence sentence, int c, LocalDate published, int offset) {
        DayOfWeek day = dayOfWeek(token(sentence, c + 1));
        if (day != null) {
            LocalDate date = switch (offset) {
                case -1 -> published.with(TemporalAdjusters.previous(day));
                case 1 -> published.with(TemporalAdjusters.next(day));
                default -> published.with(TemporalAdjusters.previousOrSame(day));
            };
            return new Match(withPartOfDay(sentence, c + 1), date);
        }
        LocalDate start = switch (lower(sentence, c + 1)) {
            case "week" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
            case "month" -> published.withDayOfMonth(1).plusMonths(offset);
            case "year" -> published.withDayOfYear(1).plusYears(offset);
            default -> null;
        };
        return start == null ? null : new Match(c + 1, start);
    }

    private static int withPartOfDay(Sentence sentence, int last) {
        return PARTS_OF_DAY.contains(lower(sentence, last + 1)) ? last + 1 : last;
    }

    /** The month a token names: full names, and abbreviations when {@code abbreviated}; "mid-May" names May. */
    public static Month month(String token, boolean abbreviated) {
        String name = token;
        for (String prefix : MONTH_PREFIXES) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        Month month = MONTHS.get(name);
        if (month != null || !abbreviated) {
            return month;
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        month = MONTHS.get(name);
        return month != null ? month : MONTH_ABBREVIATIONS.get(name);
    }

    /** The weekday a capitalized token names, possessive or not ("Wednesday's"). */
    public static DayOfWeek dayOfWeek(String token) {
        String name = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
        return WEEKDAYS.get(name);
    }

    private static Integer day(String token) {
        Matcher matcher = DAY.matcher(token);
        if (!matcher.matches()) {
            return null;
        }
        int day = Integer.parseInt(matcher.group(1));
        return day >= 1 && day <= 31 ? day : null;
    }

    private static Integer year(String token) {
        if (!YEAR.matcher(token).matches()) {
            return null;
        }
        int year = Integer.parseInt(token);
        return year >= 1900 && year <= 2100 ? year : null;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String token(Sentence sentence, int i) {
        return i >= 0 && i < sentence.tokens().size() ? sentence.tokens().get(i) : "";
    }

    private static String lower(Sentence sentence, int i) {
        return token(sentence, i).toLowerCase(Locale.ROOT);
    }

}
